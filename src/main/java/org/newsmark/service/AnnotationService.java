package org.newsmark.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.port.AnnotationRepository;
import org.newsmark.service.port.ProjectStore;

/**
 * Every annotation edit the UI and the CLI make. Each call commits before it returns and only
 * then is the edit put on the undo stack and announced, so what listeners show is on disk.
 */
public final class AnnotationService {

    private final ProjectStore project;
    private final AnnotationRepository store;
    private final EditHistory history = new EditHistory();
    private final List<Consumer<AnnotationChange>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    AnnotationService(ProjectStore project) {
        this(project, Clock.systemUTC());
    }

    public AnnotationService(ProjectStore project, Clock clock) {
        this.project = project;
        this.store = project.annotations();
        this.clock = clock;
    }

    public void addListener(Consumer<AnnotationChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AnnotationChange> listener) {
        listeners.remove(listener);
    }

    public List<Annotation> annotations(long documentId, long analystId) {
        return store.forDocument(documentId, analystId);
    }

    public Annotation tag(Document document, Analyst analyst, Label label, Span span) {
        requireWritable(); // before any other check: a read-only project says so, not "already tagged"
        if (span.end() > document.length()) {
            throw new AnnotationConflictException("The span " + span + " lies outside the article (" + document.length() + " characters).");
        }
        Instant now = now();
        Annotation fresh = new Annotation(0, document.id(), analyst.id(), label.id(), span, "", null, now, now);
        requireNoTwin(fresh, label);
        Annotation saved = write(null, fresh);
        record(new AnnotationEdit(null, saved, "Tag as " + label.name()));
        announce(null, saved);
        return saved;
    }

    public Annotation relabel(Annotation a, Label label) {
        Annotation changed = a.withLabel(label.id(), now());
        requireNoTwin(changed, label);
        return update(a, changed, "Change label to " + label.name());
    }

    public Annotation resize(Annotation a, Span span, String documentText) {
        if (span.end() > documentText.length()) {
            throw new AnnotationConflictException("The span " + span + " lies outside the article.");
        }
        Annotation changed = a.withSpan(span, now());
        requireNoTwin(changed, null);
        return update(a, changed, "Resize tag");
    }

    public Annotation setNote(Annotation a, String note) {
        return update(a, a.withNote(note == null ? "" : note, now()), "Edit note");
    }

    public void delete(Annotation a) {
        write(a, null);
        record(new AnnotationEdit(a, null, "Delete tag"));
        announce(a, null);
    }

    /** One tag of a compound edit. */
    public record NewTag(Label label, Span span) {
    }

    /**
     * Adds several tags as ONE undoable step, written in one transaction (all or none). Tags the
     * analyst already has (same label and span) are skipped; returns the ones added.
     */
    public List<Annotation> tagAll(Document document, Analyst analyst, List<NewTag> tags, String description) {
        requireWritable();
        Instant now = now();
        List<Annotation> fresh = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NewTag t : tags) {
            if (t.span().end() > document.length()) {
                throw new AnnotationConflictException("The span " + t.span() + " lies outside the article (" + document.length() + " characters).");
            }
            Annotation a = new Annotation(0, document.id(), analyst.id(), t.label().id(), t.span(), "", null, now, now);
            if (seen.add(t.label().id() + "/" + t.span()) && !store.hasTwin(a)) {
                fresh.add(a);
            }
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Annotation> saved = store.applyBatch(List.of(), fresh);
        history.done(document.id(), analyst.id(), saved.stream().map(a -> new AnnotationEdit(null, a, description)).toList());
        saved.forEach(a -> announce(null, a));
        return saved;
    }

    public boolean canUndo(long documentId, long analystId) {
        return history.peekUndo(documentId, analystId).isPresent();
    }

    public boolean canRedo(long documentId, long analystId) {
        return history.peekRedo(documentId, analystId).isPresent();
    }

    /**
     * Reverts the analyst's last step in that document; the change is committed before this
     * returns. For a compound step every change is announced and the last one is returned.
     */
    public Optional<AnnotationChange> undo(long documentId, long analystId) {
        Optional<List<AnnotationEdit>> step = history.peekUndo(documentId, analystId);
        step.ifPresent(edits -> {
            List<AnnotationEdit> inverse = new java.util.ArrayList<>(edits.stream().map(AnnotationEdit::inverse).toList());
            java.util.Collections.reverse(inverse);
            apply(inverse);
            history.undone(documentId, analystId);
            inverse.forEach(e -> announce(e.before(), e.after()));
        });
        return step.map(edits -> new AnnotationChange(edits.get(0).after(), edits.get(0).before()));
    }

    public Optional<AnnotationChange> redo(long documentId, long analystId) {
        Optional<List<AnnotationEdit>> step = history.peekRedo(documentId, analystId);
        step.ifPresent(edits -> {
            apply(edits);
            history.redone(documentId, analystId);
            edits.forEach(e -> announce(e.before(), e.after()));
        });
        return step.map(edits -> new AnnotationChange(edits.get(edits.size() - 1).before(), edits.get(edits.size() - 1).after()));
    }

    /**
     * One edit goes through {@link #write}; a compound step (adds and removes only) is one
     * transaction. The caller announces the changes once the undo history is up to date.
     */
    private void apply(List<AnnotationEdit> edits) {
        if (edits.size() == 1) {
            write(edits.get(0).before(), edits.get(0).after());
            return;
        }
        requireWritable();
        List<Long> deletes = edits.stream().filter(e -> e.after() == null).map(e -> e.before().id()).toList();
        List<Annotation> inserts = edits.stream().filter(e -> e.before() == null).map(AnnotationEdit::after).toList();
        if (deletes.size() + inserts.size() != edits.size()) {
            throw new IllegalStateException("compound steps hold only additions and removals");
        }
        store.applyBatch(deletes, inserts);
    }

    private Annotation update(Annotation before, Annotation after, String description) {
        write(before, after);
        record(new AnnotationEdit(before, after, description));
        announce(before, after);
        return after;
    }

    /** Takes the store from {@code from} to {@code to} (either may be null); commits before it returns. */
    private Annotation write(Annotation from, Annotation to) {
        requireWritable();
        Annotation result = to;
        if (from == null) {
            result = store.insert(to);
        } else if (to == null) {
            store.delete(from.id());
        } else {
            store.update(to);
        }
        return result;
    }

    /** Tells the listeners, after the change is committed and the undo history is up to date. */
    private void announce(Annotation from, Annotation to) {
        AnnotationChange change = new AnnotationChange(from, to);
        listeners.forEach(l -> l.accept(change));
    }

    private void record(AnnotationEdit edit) {
        Annotation any = edit.after() != null ? edit.after() : edit.before();
        history.done(any.documentId(), any.analystId(), edit);
    }

    private void requireWritable() {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name()
                    + " is open read-only (another Newsmark window or program is writing it).");
        }
    }

    private void requireNoTwin(Annotation a, Label label) {
        if (store.hasTwin(a)) {
            throw new AnnotationConflictException("That text is already tagged"
                    + (label == null ? " with that label." : " as " + label.name() + "."));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
