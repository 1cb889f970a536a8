package org.newsmark.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.service.port.ProjectStore;

/**
 * The study's codebook: labels with their texts, colours, keys and order, retirement and
 * merging; attribute declarations; article codes. Every change is checked first (a name or key
 * clash is refused with a message, nothing written) and committed before it returns. Changes
 * to labels can be taken back, newest first, while the project is open ({@link #undo}).
 */
public final class CodebookService {

    private final ProjectStore project;
    private final Runnable changed;
    private final AnnotationService annotations;
    private final Runnable tagsRewritten;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final LinkTypeEdits linkTypes;

    /**
     * @param changed       told after every committed change (the window reloads its labels)
     * @param tagsRewritten told when a merge or its undo rewrote tags behind the tag undo history
     */
    CodebookService(ProjectStore project, Runnable changed, Runnable tagsRewritten) {
        this(project, changed, tagsRewritten, null);
    }

    /** @param annotations where article-code edits become undo steps of the analyst in the article (null: not recorded) */
    CodebookService(ProjectStore project, Runnable changed, Runnable tagsRewritten, AnnotationService annotations) {
        this.project = project;
        this.changed = changed;
        this.tagsRewritten = tagsRewritten;
        this.annotations = annotations;
        this.linkTypes = new LinkTypeEdits(project, this::codebook, (what, inverse) -> {
            undo.push(new Step(what, inverse));
            changed.run();
        }, this::requireWritable);
    }

    /** Link types: add, rename, definition, ends; steps of this codebook's {@link #undo}. */
    public LinkTypeEdits linkTypes() {
        return linkTypes;
    }

    /** One change to labels and how to take it back. */
    private record Step(String description, Runnable inverse) {
    }

    public Codebook codebook() {
        return new Codebook(project.labels().all(), project.attributes().all(), project.links().types());
    }

    // --- labels ----------------------------------------------------------------

    /** A new label at the end; the key may be null. */
    public Label addLabel(String name, String color, String key, String definition) {
        requireWritable();
        String n = name("Label name", name);
        Codebook book = codebook();
        requireFreeName(book, n, null);
        requireFreeKey(book, key, null);
        requireColor(color);
        Label added = project.labels().insert(n, color, blankToNull(key), definition);
        undo.push(new Step("Add " + n, () -> removeUnused(added)));
        changed.run();
        return added;
    }

    /** Undoing an add: only a label nothing uses yet can go. */
    /** Takes an added attribute back while nothing has a value for it; with values it stays (the undo is refused). */
    private void removeUnused(Attribute added) {
        if (project.attributes().valueCounts().getOrDefault(added.id(), 0L) > 0) {
            throw new CodebookRefusedException("\"" + added.name() + "\" has values now; it stays.");
        }
        project.attributes().delete(added.id());
    }

    /** An attribute as it was, unless a choice added since is in use (taking it away would orphan values). */
    private void restoreChoices(Attribute before, Attribute after) {
        List<String> used = project.attributes().usedValues(after.id(), Integer.MAX_VALUE);
        List<String> lost = after.choices().stream().filter(c -> !before.choices().contains(c) && used.contains(c)).toList();
        if (!lost.isEmpty()) {
            throw new CodebookRefusedException("The choice " + Names.shown(lost.get(0)) + " of \"" + after.name()
                    + "\" is in use now; the edit stays.");
        }
        project.attributes().update(before);
    }

    private void removeUnused(Label added) {
        if (project.labels().tagCounts().getOrDefault(added.id(), 0L) > 0 || !codebook().attributesOf(added.id()).isEmpty()) {
            throw new CodebookRefusedException("\"" + added.name() + "\" has tags or attributes now; retire it instead.");
        }
        project.labels().delete(added.id());
    }

    /**
     * Merges label {@code from} into {@code into}, in one transaction: its tags take {@code into}
     * (one that would repeat a tag of the same analyst on the same span is folded into that tag:
     * notes joined, values it lacked added), its attributes move to {@code into} (one of a name
     * {@code into} has gives its values to that one; a type clash refuses the merge), decisions
     * naming it name {@code into}, and it leaves the codebook. One {@link #undo} step takes it all back.
     */
    public LabelMergeReport merge(long from, long into) {
        requireWritable();
        LabelMerge merge = LabelMerge.plan(project, codebook(), from, into);
        LabelMergeReport report = project.inTransaction(merge::apply);
        undo.push(new Step("Merge " + report.from() + " into " + report.into(), () -> {
            merge.undo();
            tagsRewritten.run();
        }));
        tagsRewritten.run();
        changed.run();
        return report;
    }

    /** label id → number of tags, over the whole project (what a merge would move). */
    public Map<Long, Long> tagCounts() {
        return project.labels().tagCounts();
    }

    /**
     * Writes a label's name, colour, key, definition, rules, examples and retirement (a retired
     * label gives its key up). Renaming changes the one row every tag points at: no tag is lost or copied.
     */
    public Label update(Label wanted) {
        requireWritable();
        Codebook book = codebook();
        Label before = book.label(wanted.id()).orElseThrow(() -> new CodebookRefusedException("The label is no longer in the codebook."));
        String n = name("Label name", wanted.name());
        requireFreeName(book, n, wanted.id());
        String key = wanted.retired() ? null : blankToNull(wanted.key());
        requireFreeKey(book, key, wanted.id());
        requireColor(wanted.color());
        Label after = new Label(wanted.id(), n, wanted.color(), key, wanted.definition(), wanted.rules(), wanted.examples(),
                wanted.retired());
        project.labels().update(after);
        undo.push(new Step(describe(before, after), () -> project.labels().update(before)));
        changed.run();
        return after;
    }

    /** Retires a label (its tags stay; it takes no new ones) or puts it back in use. */
    public Label setRetired(long labelId, boolean retired) {
        Label l = codebook().label(labelId).orElseThrow(() -> new CodebookRefusedException("The label is no longer in the codebook."));
        return update(l.withRetired(retired));
    }

    /** Puts the labels in this order: every label of the codebook, each once. */
    public void reorder(List<Long> ids) {
        requireWritable();
        List<Long> before = codebook().labels().stream().map(Label::id).toList();
        if (ids.size() != before.size() || !ids.containsAll(before)) {
            throw new CodebookRefusedException("The new order must name every label once.");
        }
        project.inTransaction(() -> {
            project.labels().reorder(ids);
            return null;
        });
        undo.push(new Step("Reorder labels", () -> project.labels().reorder(before)));
        changed.run();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    /** Takes back the newest change to the labels; returns what it was. */
    public Optional<String> undo() {
        requireWritable();
        Step s = undo.peek();
        if (s == null) {
            return Optional.empty();
        }
        // a refused undo (a merge whose label's name was taken since) stays on the stack
        project.inTransaction(() -> {
            s.inverse().run();
            return null;
        });
        undo.pop();
        changed.run();
        return Optional.of(s.description());
    }

    // --- attributes ------------------------------------------------------------

    /** Declares an attribute for a label's tags ({@code labelId}) or an article code (null). */
    public Attribute declare(Attribute wanted) {
        requireWritable();
        Attribute a = checked(wanted, codebook(), null);
        Attribute added = project.attributes().insert(a);
        undo.push(new Step("Add attribute " + added.name(), () -> removeUnused(added)));
        changed.run();
        return added;
    }

    /** Name, required, definition and choices; a choice in use cannot go, the type cannot change. */
    public Attribute update(Attribute wanted) {
        requireWritable();
        Codebook book = codebook();
        Attribute before = book.attribute(wanted.id())
                .orElseThrow(() -> new CodebookRefusedException("The attribute is no longer in the codebook."));
        if (before.type() != wanted.type() || !Objects.equals(before.labelId(), wanted.labelId())) {
            throw new CodebookRefusedException("The type and the label of \"" + before.name() + "\" cannot change; declare a new attribute.");
        }
        Attribute a = checked(wanted, book, wanted.id());
        List<String> used = project.attributes().usedValues(a.id(), Integer.MAX_VALUE);
        List<String> dropped = before.choices().stream().filter(c -> !a.choices().contains(c) && used.contains(c)).toList();
        if (!dropped.isEmpty()) {
            throw new CodebookRefusedException("The choice" + (dropped.size() == 1 ? " " : "s ") + String.join(", ", dropped.stream()
                    .map(Names::shown).toList()) + " of \"" + a.name() + "\" " + (dropped.size() == 1 ? "is" : "are")
                    + " in use and cannot be removed.");
        }
        project.attributes().update(a);
        undo.push(new Step("Edit attribute " + a.name(), () -> restoreChoices(before, a)));
        changed.run();
        return a;
    }

    /** Values already given to a text attribute, most used first: what the editor suggests. */
    public List<String> suggestions(long attributeId) {
        return project.attributes().usedValues(attributeId, 200);
    }

    /**
     * Checks values for one attribute: returns them as stored (normalised), or refuses with the
     * attribute named and what is wrong.
     */
    public List<String> valuesFor(Attribute a, List<String> raw) {
        Attribute.Valued v = a.normalise(raw);
        if (!v.isOk()) {
            throw new CodebookRefusedException("\"" + a.name() + "\": " + v.problem() + ".");
        }
        if (a.type() == org.newsmark.domain.AttributeType.SOURCE && !v.values().isEmpty()
                && project.sources().all().stream().noneMatch(s -> s.valueId().equals(v.values().get(0)))) {
            throw new CodebookRefusedException("\"" + a.name() + "\": source " + v.values().get(0) + " does not exist.");
        }
        return v.values();
    }

    // --- article codes ---------------------------------------------------------

    public AttributeValues articleCodes(long documentId, long analystId) {
        return project.attributes().articleCodes(documentId, analystId);
    }

    /** Sets one article code of one analyst (an empty list clears it); committed before it returns. */
    public AttributeValues setArticleCode(long documentId, long analystId, Attribute code, List<String> raw) {
        requireWritable();
        if (!code.isArticleCode()) {
            throw new CodebookRefusedException("\"" + code.name() + "\" belongs to a label's tags, not to articles.");
        }
        List<String> values = valuesFor(code, raw);
        AttributeValues[] before = new AttributeValues[1];
        AttributeValues after = project.inTransaction(() -> {
            before[0] = project.attributes().articleCodes(documentId, analystId);
            AttributeValues now = before[0].with(code.id(), values);
            project.attributes().setArticleCodes(documentId, analystId, now);
            return now;
        });
        if (annotations != null && !after.equals(before[0])) {
            annotations.recordArticleCodes(documentId, analystId, before[0], after);
        }
        return after;
    }

    /** The required attributes {@code tag} lacks under its label: flagged in the table and the status bar, never refused. */
    public static List<Attribute> missing(Codebook book, Annotation tag) {
        return tag.attributes().missing(book.attributesOf(tag.labelId()));
    }

    // --- checks ----------------------------------------------------------------

    private Attribute checked(Attribute a, Codebook book, Long self) {
        String n = name("Attribute name", a.name());
        if (a.labelId() != null && book.label(a.labelId()).isEmpty()) {
            throw new CodebookRefusedException("The label of \"" + n + "\" is no longer in the codebook.");
        }
        List<Attribute> siblings = a.isArticleCode() ? book.articleCodes() : book.attributesOf(a.labelId());
        if (siblings.stream().anyMatch(s -> s.name().equals(n) && (self == null || s.id() != self))) {
            throw new CodebookRefusedException((a.isArticleCode() ? "An article code" : "This label already has an attribute")
                    + " named \"" + n + "\"" + (a.isArticleCode() ? " exists already." : "."));
        }
        List<String> choices = new ArrayList<>();
        for (String c : a.choices()) {
            String v = name("Choice", c);
            if (v.contains("|")) {
                throw new CodebookRefusedException("The choice \"" + v + "\" holds |, which separates choices in tag files.");
            }
            if (choices.contains(v)) {
                throw new CodebookRefusedException("The choice \"" + v + "\" is listed twice.");
            }
            choices.add(v);
        }
        if (a.type().hasChoices() && choices.isEmpty()) {
            throw new CodebookRefusedException("\"" + n + "\" is a " + a.type().id() + " attribute and needs at least one choice.");
        }
        if (!a.type().hasChoices() && !choices.isEmpty()) {
            throw new CodebookRefusedException("\"" + n + "\" is a " + a.type().id() + " attribute and takes no choices.");
        }
        return new Attribute(a.id(), a.labelId(), n, a.type(), choices, a.required(), a.definition());
    }

    /** The name rule ({@link Names}), refused as a codebook change. */
    private static String name(String what, String raw) {
        try {
            return Names.check(what, raw);
        } catch (Names.InvalidNameException e) {
            throw new CodebookRefusedException(e.getMessage());
        }
    }

    private static void requireFreeName(Codebook book, String name, Long self) {
        book.labels().stream().filter(l -> l.name().equals(name) && (self == null || l.id() != self)).findFirst().ifPresent(l -> {
            throw new CodebookRefusedException("The codebook already has a label named \"" + name + "\".");
        });
    }

    private static void requireFreeKey(Codebook book, String key, Long self) {
        String k = blankToNull(key);
        if (k == null) {
            return;
        }
        if (!k.matches("[1-9]")) {
            throw new CodebookRefusedException("A label's key is one of 1 to 9 (or none); \"" + k + "\" is not.");
        }
        book.labels().stream().filter(l -> k.equals(l.key()) && (self == null || l.id() != self)).findFirst().ifPresent(l -> {
            throw new CodebookRefusedException("The key " + k + " is taken by \"" + l.name() + "\"; give that label another key first.");
        });
    }

    private static void requireColor(String color) {
        if (color == null || !color.matches("#[0-9A-Fa-f]{6}")) {
            throw new CodebookRefusedException("A colour is written #RRGGBB, e.g. #E69F00; \"" + color + "\" is not.");
        }
    }

    private void requireWritable() {
        project.readOnlyReason().ifPresent(why -> {
            throw new CodebookRefusedException(project.name() + " is open read-only (" + why + "); the codebook cannot be changed.");
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(Label before, Label after) {
        if (!before.name().equals(after.name())) {
            return "Rename " + before.name() + " to " + after.name();
        }
        if (before.retired() != after.retired()) {
            return (after.retired() ? "Retire " : "Restore ") + after.name();
        }
        return "Edit " + after.name();
    }
}
