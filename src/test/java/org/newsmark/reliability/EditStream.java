package org.newsmark.reliability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.AnnotationChange;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.ProjectSession;

/**
 * A seeded stream of annotation edits, applied through AnnotationService (the layer the UI
 * uses) and to an {@link AnnotationModel}; every service answer is checked against the model.
 */
final class EditStream {

    enum Kind { TAG, RELABEL, RESIZE, NOTE, DELETE, UNDO, REDO }

    /**
     * One planned edit and what the model says it does. {@code after.id} is 0 for a new tag (the
     * database picks it); before/after are null for "absent"; both null when undo/redo has nothing to do.
     */
    record Step(Kind kind, long documentId, long analystId, Row before, Row after, boolean refused) {
    }

    static final List<String> NOTES = List.of("", "check source", "it's \"quoted\"; twice", "'); DROP TABLE annotations;--",
            "line one\nline two\r\nthree", "=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "tab\there",
            "ctrl \u0001\u0007\u001b end", "👩‍💻 عربى עברית", "x".repeat(10_000));

    private final AnnotationService service;
    private final AnnotationModel model;
    private final Random random;
    private final List<Document> documents;
    private final List<Analyst> analysts;
    private final List<Label> labels;
    private final Map<Long, Label> labelsById;

    EditStream(ProjectSession session, AnnotationModel model, Random random) {
        this.service = session.annotations();
        this.model = model;
        this.random = random;
        this.documents = ProjectFixture.documents(session);
        this.analysts = ProjectFixture.analysts(session);
        this.labels = session.labels();
        this.labelsById = labels.stream().collect(Collectors.toMap(Label::id, Function.identity()));
    }

    Step plan() {
        Document d = documents.get(random.nextInt(documents.size()));
        long analyst = analysts.get(random.nextInt(analysts.size())).id();
        int r = random.nextInt(100);
        Kind kind = r < 30 ? Kind.TAG : r < 42 ? Kind.RELABEL : r < 54 ? Kind.RESIZE : r < 64 ? Kind.NOTE
                : r < 76 ? Kind.DELETE : r < 90 ? Kind.UNDO : Kind.REDO;
        if (kind == Kind.UNDO || kind == Kind.REDO) {
            Optional<AnnotationModel.Edit> e = kind == Kind.UNDO ? model.peekUndo(d.id(), analyst) : model.peekRedo(d.id(), analyst);
            Row before = e.map(x -> kind == Kind.UNDO ? x.after() : x.before()).orElse(null);
            Row after = e.map(x -> kind == Kind.UNDO ? x.before() : x.after()).orElse(null);
            return new Step(kind, d.id(), analyst, before, after, false);
        }
        List<Row> mine = model.rows().values().stream()
                .filter(x -> x.documentId() == d.id() && x.analystId() == analyst).sorted((x, y) -> Long.compare(x.id(), y.id())).toList();
        if (mine.isEmpty() || kind == Kind.TAG) {
            Span s = randomSpan(d);
            Row fresh = new Row(0, d.id(), analyst, randomLabel(), s.begin(), s.end(), "");
            return new Step(Kind.TAG, d.id(), analyst, null, fresh, model.hasTwin(fresh));
        }
        Row before = mine.get(random.nextInt(mine.size()));
        Row after = switch (kind) {
            case RELABEL -> before.withLabel(randomLabel());
            case RESIZE -> {
                Span s = randomSpan(d);
                yield before.withSpan(s.begin(), s.end());
            }
            case NOTE -> before.withNote(NOTES.get(random.nextInt(NOTES.size())) + (random.nextBoolean() ? "" : " #" + random.nextInt(1000)));
            default -> null;
        };
        boolean refused = after != null && (kind == Kind.RELABEL || kind == Kind.RESIZE) && model.hasTwin(after);
        return new Step(kind, d.id(), analyst, before, after, refused);
    }

    /** Applies {@code step} through the service, checks the answer against the model, and returns the step as done. */
    Step perform(Step step) {
        if (step.refused()) {
            try {
                call(step);
            } catch (AnnotationConflictException expected) {
                return step;
            }
            throw new AssertionError("the service accepted a twin tag: " + step);
        }
        Row after = call(step);
        if (step.kind() == Kind.TAG) {
            check(after.id() > 0 && !model.rows().containsKey(after.id()), "a new tag gets a new id: " + after);
            check(after.equals(new Row(after.id(), step.after().documentId(), step.after().analystId(), step.after().labelId(),
                    step.after().begin(), step.after().end(), step.after().note())), "tag stored as asked: " + after);
        } else {
            check(java.util.Objects.equals(after, step.after()), step.kind() + " gave " + after + ", model expects " + step.after());
        }
        switch (step.kind()) {
            case UNDO -> {
                if (step.before() != null || step.after() != null) {
                    model.undo(step.documentId(), step.analystId());
                }
            }
            case REDO -> {
                if (step.before() != null || step.after() != null) {
                    model.redo(step.documentId(), step.analystId());
                }
            }
            default -> model.done(step.before(), after);
        }
        return new Step(step.kind(), step.documentId(), step.analystId(), step.before(), after, false);
    }

    private Row call(Step s) {
        Document d = documents.stream().filter(x -> x.id() == s.documentId()).findFirst().orElseThrow();
        Analyst a = analysts.stream().filter(x -> x.id() == s.analystId()).findFirst().orElseThrow();
        return switch (s.kind()) {
            case TAG -> Row.of(service.tag(d, a, labelsById.get(s.after().labelId()), new Span(s.after().begin(), s.after().end())));
            case RELABEL -> Row.of(service.relabel(stored(s.before()), labelsById.get(s.after().labelId())));
            case RESIZE -> Row.of(service.resize(stored(s.before()), new Span(s.after().begin(), s.after().end()), d.text()));
            case NOTE -> Row.of(service.setNote(stored(s.before()), s.after().note()));
            case DELETE -> {
                service.delete(stored(s.before()));
                yield null;
            }
            case UNDO, REDO -> {
                Optional<AnnotationChange> c = s.kind() == Kind.UNDO ? service.undo(d.id(), a.id()) : service.redo(d.id(), a.id());
                check(c.isPresent() == (s.before() != null || s.after() != null), s.kind() + " presence differs from the model: " + c);
                check(c.map(x -> rowOrNull(x.before())).orElse(null) == null ? s.before() == null
                        : rowOrNull(c.get().before()).equals(s.before()), s.kind() + " reverted the wrong state: " + c);
                yield c.map(x -> rowOrNull(x.after())).orElse(null);
            }
        };
    }

    private Annotation stored(Row r) {
        return service.annotations(r.documentId(), r.analystId()).stream().filter(x -> x.id() == r.id()).findFirst()
                .orElseThrow(() -> new AssertionError("model row missing from the database: " + r));
    }

    private static Row rowOrNull(Annotation a) {
        return a == null ? null : Row.of(a);
    }

    private long randomLabel() {
        return labels.get(random.nextInt(labels.size())).id();
    }

    private Span randomSpan(Document d) {
        // few distinct spans, so that twins (refusals) and overlaps happen often
        int begin = random.nextInt(12) * (d.length() / 16);
        int end = Math.min(d.length(), begin + 1 + random.nextInt(3) * (d.length() / 16));
        return new Span(begin, end);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
