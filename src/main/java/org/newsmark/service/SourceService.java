package org.newsmark.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.SourceMatcher;
import org.newsmark.service.port.ProjectStore;

/**
 * The project's sources: list, suggest for a typed name, create, edit and merge. Pointing a tag
 * at a source is an attribute edit ({@link AnnotationService#setAttributes}), undone like any.
 * Source edits and merges are not steps of the per-article undo (they span every article); a
 * merge drops the undo history, whose steps may name the merged source. See
 * docs/decisions/0020-sources.md.
 */
public final class SourceService {

    private final ProjectStore project;
    private final Runnable forgetHistory;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    SourceService(ProjectStore project, Runnable forgetHistory) {
        this.project = project;
        this.forgetHistory = forgetHistory;
    }

    /** Told after a source is created, edited or merged. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Every source, by name. */
    public List<Source> all() {
        return project.sources().all();
    }

    public Optional<Source> find(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /** Sources to offer for a typed name, best first (accents and case aside, close spellings too). */
    public List<Source> suggest(String typed, int limit) {
        return SourceMatcher.suggest(typed, all(), limit);
    }

    /** The source with that name (accents, case and punctuation aside), if there is one. */
    public Optional<Source> named(String name) {
        return SourceMatcher.exact(name, all());
    }

    /** A new source; refused when the name is not a name or a source of that name and kind exists. */
    public Source create(String name, SourceKind kind, String role, String affiliation) {
        Source s = new Source(0, checkedName(name), kind, role, affiliation, Instant.now());
        refuseTwin(s);
        Source saved = project.inTransaction(() -> project.sources().insert(s));
        changed();
        return saved;
    }

    /** The source named so, or a new named person of that name: what typing a name in a source field does. */
    public Source namedOrNew(String name) {
        return named(name).orElseGet(() -> create(name, SourceKind.NAMED_PERSON, "", ""));
    }

    /** Writes a source's name, kind, role and affiliation. */
    public Source edit(Source edited) {
        Source s = new Source(edited.id(), checkedName(edited.name()), edited.kind(), edited.role(), edited.affiliation(),
                edited.created());
        if (find(s.id()).isEmpty()) {
            throw new SourceRefusedException("The source \"" + s.name() + "\" no longer exists.");
        }
        refuseTwin(s);
        project.inTransaction(() -> {
            project.sources().update(s);
            return null;
        });
        changed();
        return s;
    }

    /**
     * Merges {@code from} into {@code into} in one transaction: every tag pointing to {@code from}
     * points to {@code into}, and {@code from} is removed. Returns how many tags were moved.
     */
    public int merge(Source into, Source from) {
        if (into.id() == from.id()) {
            throw new SourceRefusedException("A source cannot be merged into itself.");
        }
        if (find(into.id()).isEmpty() || find(from.id()).isEmpty()) {
            throw new SourceRefusedException("One of the two sources no longer exists.");
        }
        int moved = project.inTransaction(() -> {
            int n = project.sources().repoint(from.id(), into.id());
            project.sources().delete(from.id());
            return n;
        });
        forgetHistory.run();
        changed();
        return moved;
    }

    /** The sources CSV. */
    public SourceTable table() {
        return new SourceTable(project);
    }

    /** Sets or clears the outlet of one article. */
    public void setOutlet(long documentId, String outlet) {
        project.inTransaction(() -> {
            project.sources().setOutlet(documentId, outlet);
            return null;
        });
    }

    /** The counts and quotes of every source, read on one snapshot. */
    public SourceLedger ledger() {
        return project.inSnapshot(() -> SourceLedger.read(project));
    }

    private static String checkedName(String name) {
        Optional<String> p = Names.problem(name);
        if (p.isPresent()) {
            throw new SourceRefusedException("The source name " + Names.shown(name) + " " + p.get() + ".");
        }
        return Names.strip(name);
    }

    private void refuseTwin(Source s) {
        String key = SourceMatcher.key(s.name());
        for (Source other : all()) {
            if (other.id() != s.id() && other.kind() == s.kind() && SourceMatcher.key(other.name()).equals(key)) {
                throw new SourceRefusedException("There is already a source \"" + other.name() + "\" (" + s.kind().label()
                        + "); merge the two instead.");
            }
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
