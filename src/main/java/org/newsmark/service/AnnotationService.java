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
import org.newsmark.storage.AnnotationStore;
import org.newsmark.storage.Project;

/**
 * Every annotation edit the UI and the CLI make. Each call commits before it returns and only
 * then is the edit put on the undo stack and announced, so what listeners show is on disk.
 */
public final class AnnotationService {

    private final Project project;
    private final AnnotationStore store;
    private final EditHistory history = new EditHistory();
    private final List<Consumer<AnnotationChange>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public AnnotationService(Project project) {
        this(project, Clock.systemUTC());
    }

    public AnnotationService(Project project, Clock clock) {
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

    public boolean canUndo(long documentId, long analystId) {
        return history.peekUndo(documentId, analystId).isPresent();
    }

    public boolean canRedo(long documentId, long analystId) {
        return history.peekRedo(documentId, analystId).isPresent();
    }

    /** Reverts the analyst's last edit in that document; the change is committed before this returns. */
    public Optional<AnnotationChange> undo(long documentId, long analystId) {
        Optional<AnnotationEdit> edit = history.peekUndo(documentId, analystId);
        edit.ifPresent(e -> {
            Annotation now = write(e.after(), e.before());
            history.undone(documentId, analystId);
            announce(e.after(), now);
        });
        return edit.map(e -> new AnnotationChange(e.after(), e.before()));
    }

    public Optional<AnnotationChange> redo(long documentId, long analystId) {
        Optional<AnnotationEdit> edit = history.peekRedo(documentId, analystId);
        edit.ifPresent(e -> {
            Annotation now = write(e.before(), e.after());
            history.redone(documentId, analystId);
            announce(e.before(), now);
        });
        return edit.map(e -> new AnnotationChange(e.before(), e.after()));
    }

    private Annotation update(Annotation before, Annotation after, String description) {
        write(before, after);
        record(new AnnotationEdit(before, after, description));
        announce(before, after);
        return after;
    }

    /** Takes the store from {@code from} to {@code to} (either may be null); committed when it returns. */
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
            throw new AnnotationConflictException(project.file().getFileName()
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
