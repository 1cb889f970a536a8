package org.newsmark.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.Span;
import org.newsmark.service.port.AnnotationRepository;
import org.newsmark.service.port.ProjectStore;

/**
 * Every annotation edit the UI and the CLI make. Each call commits before it returns and only
 * then is the edit put on the undo stack and announced, so what listeners show is on disk.
 * Adjudication decisions are recorded here too, in the step that writes their consensus tags,
 * so there is one undo path: undoing the step removes the tags and the decision record.
 */
public final class AnnotationService {

    private final ProjectStore project;
    private final AnnotationRepository store;
    private final EditHistory history = new EditHistory();
    private final List<Runnable> codesListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Consumer<AnnotationChange>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<DecisionChange>> decisionListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<LinkChange>> linkListeners = new CopyOnWriteArrayList<>();
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

    /** Told of every adjudication decision recorded, replaced or taken back (undo, redo), after it is committed. */
    public void addDecisionListener(Consumer<DecisionChange> listener) {
        decisionListeners.add(listener);
    }

    public void removeDecisionListener(Consumer<DecisionChange> listener) {
        decisionListeners.remove(listener);
    }

    public List<Annotation> annotations(long documentId, long analystId) {
        return store.forDocument(documentId, analystId);
    }

    public Annotation tag(Document document, Analyst analyst, Label label, Span span) {
        requireWritable(); // before any other check: a read-only project says so, not "already tagged"
        if (span.end() > document.length()) {
            throw new AnnotationConflictException("The span " + span + " lies outside the article (" + document.length() + " characters).");
        }
        requireInUse(label);
        Instant now = now();
        Annotation fresh = new Annotation(0, document.id(), analyst.id(), label.id(), span, "", null, now, now);
        requireNoTwin(fresh, label);
        Annotation saved = write(null, fresh);
        record(new AnnotationEdit(null, saved, "Tag as " + label.name()));
        announce(null, saved);
        return saved;
    }

    /**
     * Gives the tag another label. Its attribute values stay stored with it (they name their
     * attributes by id): hidden while the label does not declare them, back if it is relabelled.
     */
    public Annotation relabel(Annotation a, Label label) {
        requireInUse(label);
        Annotation changed = a.withLabel(label.id(), now());
        requireNoTwin(changed, label);
        requireLinksAllow(a, label);
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

    /** Sets the tag's attribute values (already checked against the codebook), as one undoable step. */
    public Annotation setAttributes(Annotation a, AttributeValues values) {
        return update(a, a.withAttributes(values, now()), "Edit attributes");
    }

    private static void requireInUse(Label label) {
        if (label.retired()) {
            throw new AnnotationConflictException("The label \"" + label.name() + "\" is retired: its tags stay, but it takes no new ones."
                    + " Restore it in the codebook to use it again.");
        }
    }

    public Annotation setNote(Annotation a, String note) {
        return update(a, a.withNote(note == null ? "" : note, now()), "Edit note");
    }

    /** Deletes the tag and the links that start or end at it, as one step: undo brings them all back, ids kept. */
    public void delete(Annotation a) {
        List<Link> touching = project.links().touching(a.id());
        if (touching.isEmpty()) {
            write(a, null);
            record(new AnnotationEdit(a, null, "Delete tag"));
            announce(a, null);
            return;
        }
        EditStep step = new EditStep(List.of(new AnnotationEdit(a, null, "Delete tag")), List.of(), List.of(),
                touching.stream().map(l -> new EditStep.LinkEdit(l, null)).toList());
        apply(step);
        history.done(a.documentId(), a.analystId(), step);
        announce(step);
    }

    /** The links of one analyst in one article, by id. */
    public List<Link> links(long documentId, long analystId) {
        return project.links().forDocument(documentId, analystId);
    }

    /** The codebook's link types. */
    public List<LinkType> linkTypes() {
        return project.links().types();
    }

    /** Told of every link made or removed (an edit, an undo, a redo, a tag deleted with its links), after it is committed. */
    public void addLinkListener(Consumer<LinkChange> listener) {
        linkListeners.add(listener);
    }

    public void removeLinkListener(Consumer<LinkChange> listener) {
        linkListeners.remove(listener);
    }

    /**
     * Links {@code from} to {@code to} with {@code type}, as one undoable step of their analyst in
     * their article. Refused (nothing written) when the two are in different articles or analysts'
     * layers, are the same tag, have labels the type does not allow at those ends, or are already
     * linked so; the tags and the type are read as stored now.
     */
    public Link link(Annotation from, Annotation to, LinkType type) {
        requireWritable();
        Annotation f = store.find(from.id()).orElseThrow(() -> new AnnotationConflictException("The tag to link from no longer exists."));
        Annotation t = store.find(to.id()).orElseThrow(() -> new AnnotationConflictException("The tag to link to no longer exists."));
        LinkType stored = project.links().types().stream().filter(x -> x.id() == type.id()).findFirst()
                .orElseThrow(() -> new AnnotationConflictException("The codebook has no link type \"" + type.name() + "\"."));
        if (f.id() == t.id()) {
            throw new AnnotationConflictException("A tag cannot be linked to itself.");
        }
        if (f.documentId() != t.documentId()) {
            throw new AnnotationConflictException("Only tags of the same article can be linked; these two are in different articles.");
        }
        if (f.analystId() != t.analystId()) {
            throw new AnnotationConflictException("Only tags of the same analyst can be linked; these two are in different analysts' layers.");
        }
        if (!stored.allows(f.labelId(), t.labelId())) {
            throw new AnnotationConflictException("A \"" + stored.name() + "\" link goes from " + labelNames(stored.fromLabels())
                    + " to " + labelNames(stored.toLabels()) + ", not from " + labelName(f.labelId()) + " to " + labelName(t.labelId()) + ".");
        }
        Link fresh = new Link(0, f.documentId(), f.analystId(), stored.id(), f.id(), t.id(), now());
        if (project.links().hasTwin(fresh)) {
            throw new AnnotationConflictException("These two tags are already linked as \"" + stored.name() + "\".");
        }
        Link saved = project.inTransaction(() -> project.links().insert(fresh));
        EditStep step = new EditStep(List.of(), List.of(), List.of(), List.of(new EditStep.LinkEdit(null, saved)));
        history.done(saved.documentId(), saved.analystId(), step);
        announce(step);
        return saved;
    }

    /** Removes the link, as one undoable step of its analyst in its article. */
    public void unlink(Link link) {
        requireWritable();
        EditStep step = new EditStep(List.of(), List.of(), List.of(), List.of(new EditStep.LinkEdit(link, null)));
        apply(step);
        history.done(link.documentId(), link.analystId(), step);
        announce(step);
    }

    /** A relabelled tag must still fit the ends of its links: refused naming the first link that would not. */
    private void requireLinksAllow(Annotation a, Label label) {
        for (Link l : project.links().touching(a.id())) {
            LinkType type = project.links().types().stream().filter(x -> x.id() == l.typeId()).findFirst().orElse(null);
            if (type == null) {
                continue;
            }
            boolean fits = l.fromTagId() == a.id() ? type.fromLabels().contains(label.id()) : type.toLabels().contains(label.id());
            if (!fits) {
                throw new AnnotationConflictException("The tag has a \"" + type.name() + "\" link, which a " + label.name()
                        + " tag cannot have at that end; remove the link first.");
            }
        }
    }

    private String labelName(long id) {
        return project.labels().all().stream().filter(l -> l.id() == id).map(Label::name).findFirst().orElse("label " + id);
    }

    private String labelNames(List<Long> ids) {
        return ids.isEmpty() ? "no label" : String.join(" or ", ids.stream().map(this::labelName).toList());
    }

    /** One tag of a compound edit, with the attribute values it starts with (none by default). */
    public record NewTag(Label label, Span span, AttributeValues values) {
        public NewTag {
            values = values == null ? AttributeValues.EMPTY : values;
        }

        public NewTag(Label label, Span span) {
            this(label, span, AttributeValues.EMPTY);
        }
    }

    /**
     * Adds several tags as ONE undoable step, written in one transaction (all or none). Tags the
     * analyst already has (same label and span) are skipped; returns the ones added.
     */
    public List<Annotation> tagAll(Document document, Analyst analyst, List<NewTag> tags, String description) {
        return tagAndDecide(document, analyst, tags, List.of(), description);
    }

    /**
     * Adds tags and records adjudication decisions as ONE undoable step of {@code analyst} (the
     * consensus layer) in that document, in one transaction: undo takes the tags and the
     * decisions back together, and an earlier decision on the same pair is restored. A step with
     * no new tag still records its decisions (a rejection). Returns the tags added.
     */
    public List<Annotation> tagAndDecide(Document document, Analyst analyst, List<NewTag> tags, List<PairDecision> decisions,
                                         String description) {
        return tagDecideAndLink(document, analyst, tags, decisions, null, null, description);
    }

    /**
     * As {@link #tagAndDecide}, with {@code check} given each decision and the one recorded on its
     * pair, read inside the transaction with the pair held: it throws to write nothing (another
     * adjudicator decided the pair meanwhile).
     */
    List<Annotation> tagAndDecide(Document document, Analyst analyst, List<NewTag> tags, List<PairDecision> decisions,
                                  BiConsumer<PairDecision, Optional<PairDecision>> check, String description) {
        return tagDecideAndLink(document, analyst, tags, decisions, null, check, description);
    }

    /**
     * As {@link #tagAndDecide}, and in the same transaction and step the links {@code links}
     * makes of the tags added (null: none): accepting a link with its end tags into consensus.
     */
    List<Annotation> tagDecideAndLink(Document document, Analyst analyst, List<NewTag> tags, List<PairDecision> decisions,
                                      java.util.function.Function<List<Annotation>, List<Link>> links,
                                      BiConsumer<PairDecision, Optional<PairDecision>> check, String description) {
        requireWritable();
        List<Annotation> fresh = fresh(document, analyst, tags);
        if (fresh.isEmpty() && decisions.isEmpty() && links == null) {
            return List.of();
        }
        EditStep[] done = new EditStep[1];
        List<Annotation> saved = project.inTransaction(() -> {
            List<PairDecision> earlier = new ArrayList<>();
            for (PairDecision d : decisions) {
                project.adjudications().lockPair(d.pair());
                Optional<PairDecision> recorded = project.adjudications().find(d.pair());
                if (check != null) {
                    check.accept(d, recorded);
                }
                earlier.add(recorded.orElse(null));
            }
            List<Annotation> added = fresh.isEmpty() ? List.of() : store.applyBatch(List.of(), fresh);
            List<EditStep.DecisionEdit> recorded = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                project.adjudications().put(decisions.get(i));
                recorded.add(new EditStep.DecisionEdit(earlier.get(i), decisions.get(i).canonical()));
            }
            List<EditStep.LinkEdit> linked = links == null ? List.of()
                    : links.apply(added).stream().map(l -> new EditStep.LinkEdit(null, project.links().insert(l))).toList();
            done[0] = new EditStep(added.stream().map(a -> new AnnotationEdit(null, a, description)).toList(), recorded, List.of(), linked);
            return added;
        });
        history.done(document.id(), analyst.id(), done[0]);
        announce(done[0]);
        return saved;
    }

    /**
     * Adds tags in several documents in ONE transaction (all or none), one undoable step per
     * document, so that undo in a document never changes another. Returns the tags added per
     * document id, only for documents that gained a tag.
     */
    public Map<Long, List<Annotation>> tagAllIn(Analyst analyst, Map<Document, List<NewTag>> tagsByDocument, String description) {
        requireWritable();
        Map<Long, List<Annotation>> fresh = new LinkedHashMap<>();
        tagsByDocument.forEach((d, tags) -> {
            List<Annotation> f = fresh(d, analyst, tags);
            if (!f.isEmpty()) {
                fresh.put(d.id(), f);
            }
        });
        if (fresh.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Annotation>> saved = project.inTransaction(() -> {
            Map<Long, List<Annotation>> out = new LinkedHashMap<>();
            fresh.forEach((documentId, tags) -> out.put(documentId, store.applyBatch(List.of(), tags)));
            return out;
        });
        saved.forEach((documentId, tags) -> {
            EditStep step = new EditStep(tags.stream().map(a -> new AnnotationEdit(null, a, description)).toList(), List.of());
            history.done(documentId, analyst.id(), step);
            announce(step);
        });
        return saved;
    }

    /** The tags not yet there (no twin in the store, none twice in {@code tags}), checked against the article. */
    private List<Annotation> fresh(Document document, Analyst analyst, List<NewTag> tags) {
        Instant now = now();
        List<Annotation> fresh = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NewTag t : tags) {
            if (t.span().end() > document.length()) {
                throw new AnnotationConflictException("The span " + t.span() + " lies outside the article (" + document.length() + " characters).");
            }
            Annotation a = new Annotation(0, document.id(), analyst.id(), t.label().id(), t.span(), "", null, now, now, t.values());
            if (seen.add(t.label().id() + "/" + t.span()) && !store.hasTwin(a)) {
                fresh.add(a);
            }
        }
        return fresh;
    }

    /**
     * Records an analyst's article codes for one article, already written as {@code after}, as
     * one undoable step of that analyst in that article (Ctrl+Z in the article takes it back).
     */
    void recordArticleCodes(long documentId, long analystId, AttributeValues before, AttributeValues after) {
        history.done(documentId, analystId, new EditStep(List.of(), List.of(),
                List.of(new EditStep.CodesEdit(documentId, analystId, before, after))));
        codesListeners.forEach(Runnable::run);
    }

    /** Told after article codes change through an edit, an undo or a redo. */
    public void addArticleCodesListener(Runnable listener) {
        codesListeners.add(listener);
    }

    /** Drops every undo and redo step: a label merge rewrote tags these steps would write back wrongly. */
    void forgetHistory() {
        history.clear();
    }

    public boolean canUndo(long documentId, long analystId) {
        return history.peekUndo(documentId, analystId).isPresent();
    }

    public boolean canRedo(long documentId, long analystId) {
        return history.peekRedo(documentId, analystId).isPresent();
    }

    /**
     * Reverts the analyst's last step in that document; the change is committed before this
     * returns. For a compound step every change is announced and the first tag change is
     * returned; a step that changed no tag (a rejection: only its decision is taken back) and
     * an empty history return empty.
     */
    public Optional<AnnotationChange> undo(long documentId, long analystId) {
        Optional<EditStep> step = history.peekUndo(documentId, analystId);
        step.ifPresent(s -> {
            EditStep inverse = withTouchingLinks(s.inverse());
            if (inverse.links().size() != s.links().size()) {
                history.replaceUndoTop(documentId, analystId, inverse.inverse());
            }
            apply(inverse);
            history.undone(documentId, analystId);
            announce(inverse);
        });
        return step.filter(s -> !s.tags().isEmpty())
                .map(s -> new AnnotationChange(s.tags().get(0).after(), s.tags().get(0).before()));
    }

    /**
     * Reverts the analyst's last step in each of {@code documentIds} that has one, in ONE
     * transaction (all or none): the compare window's undo of "Accept all matches" over several
     * articles. Returns how many steps were undone.
     */
    public int undoEach(Collection<Long> documentIds, long analystId) {
        Map<Long, EditStep> steps = new LinkedHashMap<>();
        for (long id : documentIds) {
            history.peekUndo(id, analystId).ifPresent(s -> steps.put(id, s));
        }
        if (steps.isEmpty()) {
            return 0;
        }
        requireWritable();
        project.inTransaction(() -> {
            steps.values().forEach(s -> apply(s.inverse()));
            return null;
        });
        steps.forEach((id, s) -> {
            history.undone(id, analystId);
            announce(s.inverse());
        });
        return steps.size();
    }

    /** As {@link #undo}, forwards. */
    public Optional<AnnotationChange> redo(long documentId, long analystId) {
        Optional<EditStep> step = history.peekRedo(documentId, analystId);
        step.ifPresent(s -> {
            EditStep forward = withTouchingLinks(s);
            if (forward.links().size() != s.links().size()) {
                history.replaceRedoTop(documentId, analystId, forward);
            }
            apply(forward);
            history.redone(documentId, analystId);
            announce(s);
        });
        return step.filter(s -> !s.tags().isEmpty()).map(s -> {
            AnnotationEdit last = s.tags().get(s.tags().size() - 1);
            return new AnnotationChange(last.before(), last.after());
        });
    }

    /**
     * {@code forward} with the links it does not list yet of the tags it deletes: links made
     * outside the undo history (an import) to a tag whose creation is undone, so that they are
     * taken back with it and restored by redo rather than dropped by storage unrecorded.
     */
    private EditStep withTouchingLinks(EditStep forward) {
        Set<Long> listed = new HashSet<>();
        forward.links().stream().filter(l -> l.before() != null).forEach(l -> listed.add(l.before().id()));
        List<EditStep.LinkEdit> extra = new ArrayList<>();
        for (AnnotationEdit e : forward.tags()) {
            if (e.after() == null && e.before() != null) {
                for (Link l : project.links().touching(e.before().id())) {
                    if (listed.add(l.id())) {
                        extra.add(new EditStep.LinkEdit(l, null));
                    }
                }
            }
        }
        if (extra.isEmpty()) {
            return forward;
        }
        extra.addAll(forward.links());
        return new EditStep(forward.tags(), forward.decisions(), forward.codes(), extra);
    }

    /**
     * One tag edit goes through {@link #write}; a compound step (tag additions and removals, and
     * decisions) is one transaction. The caller announces the changes once the undo history is up
     * to date.
     */
    private void apply(EditStep step) {
        List<AnnotationEdit> edits = step.tags();
        if (edits.size() == 1 && step.decisions().isEmpty() && step.codes().isEmpty() && step.links().isEmpty()) {
            write(edits.get(0).before(), edits.get(0).after());
            return;
        }
        requireWritable();
        List<Long> deletes = edits.stream().filter(e -> e.after() == null).map(e -> e.before().id()).toList();
        List<Annotation> inserts = edits.stream().filter(e -> e.before() == null).map(AnnotationEdit::after).toList();
        if (deletes.size() + inserts.size() != edits.size()) {
            throw new IllegalStateException("compound steps hold only additions and removals");
        }
        project.inTransaction(() -> {
            // links go before the tags they touch, and come back after them
            for (EditStep.LinkEdit l : step.links()) {
                if (l.after() == null) {
                    project.links().delete(l.before().id());
                }
            }
            if (!edits.isEmpty()) {
                store.applyBatch(deletes, inserts);
            }
            for (EditStep.LinkEdit l : step.links()) {
                if (l.before() == null) {
                    project.links().insert(l.after());
                }
            }
            for (EditStep.DecisionEdit d : step.decisions()) {
                project.adjudications().lockPair((d.after() == null ? d.before() : d.after()).pair());
                if (d.after() == null) {
                    project.adjudications().remove(d.before().pair());
                } else {
                    project.adjudications().put(d.after());
                }
            }
            for (EditStep.CodesEdit c : step.codes()) {
                project.attributes().setArticleCodes(c.documentId(), c.analystId(), c.after());
            }
            return null;
        });
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

    /** Every change of a step, tags then decisions. */
    private void announce(EditStep step) {
        step.tags().forEach(e -> announce(e.before(), e.after()));
        if (!step.codes().isEmpty()) {
            codesListeners.forEach(Runnable::run);
        }
        for (EditStep.LinkEdit l : step.links()) {
            LinkChange change = new LinkChange(l.before(), l.after());
            linkListeners.forEach(x -> x.accept(change));
        }
        for (EditStep.DecisionEdit d : step.decisions()) {
            DecisionChange change = new DecisionChange(d.before(), d.after());
            decisionListeners.forEach(l -> l.accept(change));
        }
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
