package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.newsmark.domain.Attribute;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Names;

/**
 * What importing a codebook file into a project would do, worked out before anything is stored
 * (docs/decisions/0016-codebook-file.md). Labels match by name, attributes by label name and
 * attribute name, article codes by name. The file adds labels (after the project's, in file
 * order), attributes and choices, and changes what it says differently of a label (colour, key,
 * definition, rules, examples, retired) or an attribute (definition, required, the order of its
 * choices, its type while it has no values). It never removes: labels, attributes and choices
 * the file does not mention are kept, and so is every tag and value. Link types match by name: the
 * file adds missing ones and new labels at either end, and changes a definition; ends and link
 * types it does not mention are kept ({@link LinkTypeMatch}).
 *
 * <p>It refuses a key that a label the file does not mention keeps, and a type change of an
 * attribute that has values. <b>One refusal refuses the whole import</b>: a service applies a plan
 * only when {@link #isRefused()} is false, all of it in one transaction. The operations are still
 * listed for a refused plan, so the user sees what the rest of the file would do.
 *
 * <p>Pure logic: the caller supplies the project's codebook and how many tags each label has and
 * how many values each attribute has (by id; a missing id counts as none).
 */
public final class CodebookImportPlan {

    /** An existing label as the file describes it; {@code after} keeps the label's id. */
    public record LabelUpdate(Label before, Label after, List<String> changes) {
        public LabelUpdate {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A new attribute of the label named {@code labelName}, or a new article code when that is
     * null. The attribute's id is 0; its label id is the existing label's, or 0 when the label is
     * one of {@link #labelsToAdd()}, which the service sets with {@link #forLabel} once it has one.
     */
    public record AttributeToAdd(String labelName, Attribute attribute) {
        public Attribute forLabel(long labelId) {
            return attribute.withLabel(labelName == null ? null : labelId);
        }
    }

    /**
     * An existing attribute of the label named {@code labelName} (null for an article code) as the
     * file describes it; {@code after} keeps its id and label, and
     * holds the file's choices with the project's others kept. When {@code reordersValues}, the
     * attribute is multiple-choice, has values and its choices change order: the service should
     * put each stored value list in the new order, since values are kept in declaration order.
     */
    public record AttributeUpdate(String labelName, Attribute before, Attribute after, List<String> addedChoices,
                                  List<String> changes, boolean reordersValues) {
        public AttributeUpdate {
            addedChoices = List.copyOf(addedChoices);
            changes = List.copyOf(changes);
        }
    }

    /** A link type the project lacks, its ends by label name (labels of the project or added by the plan). */
    public record LinkTypeToAdd(String name, List<String> fromLabels, List<String> toLabels, String definition) {
        public LinkTypeToAdd {
            fromLabels = List.copyOf(fromLabels);
            toLabels = List.copyOf(toLabels);
        }
    }

    /**
     * A link type of the project (matched by name) that the file gives more ends (by label name,
     * kept ends stay) or another definition.
     */
    public record LinkTypeUpdate(LinkType before, List<String> addedFrom, List<String> addedTo, String definition,
                                 List<String> changes) {
        public LinkTypeUpdate {
            addedFrom = List.copyOf(addedFrom);
            addedTo = List.copyOf(addedTo);
            changes = List.copyOf(changes);
        }
    }

    private final List<LinkTypeToAdd> linkTypesToAdd = new ArrayList<>();
    private final List<LinkTypeUpdate> linkTypeUpdates = new ArrayList<>();
    private final List<Label> labelsToAdd = new ArrayList<>();
    private final List<LabelUpdate> labelUpdates = new ArrayList<>();
    private final List<AttributeToAdd> attributesToAdd = new ArrayList<>();
    private final List<AttributeUpdate> attributeUpdates = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final int[] keptCounts = new int[5]; // labels, attributes, article codes, choices, link types

    private final Map<Long, Long> tagsByLabel;
    private final Map<Long, Long> valuesByAttribute;

    private CodebookImportPlan(Map<Long, Long> tagsByLabel, Map<Long, Long> valuesByAttribute) {
        this.tagsByLabel = Map.copyOf(tagsByLabel);
        this.valuesByAttribute = Map.copyOf(valuesByAttribute);
    }

    /**
     * The plan for importing {@code file} into a project whose codebook is {@code project}.
     *
     * @throws IllegalArgumentException when {@code file} names a label twice (CodebookJson.read never gives such a codebook)
     */
    public static CodebookImportPlan of(Codebook project, Codebook file, Map<Long, Long> tagsByLabel,
                                        Map<Long, Long> valuesByAttribute) {
        Set<String> names = new HashSet<>();
        for (Label l : file.labels()) {
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("the file names label " + Names.shown(l.name()) + " twice");
            }
        }
        CodebookImportPlan plan = new CodebookImportPlan(tagsByLabel, valuesByAttribute);
        plan.work(project, file);
        return plan;
    }

    private void work(Codebook project, Codebook file) {
        for (Label incoming : file.labels()) {
            Optional<Label> existing = project.label(incoming.name());
            List<Attribute> attributes = file.attributesOf(incoming.id());
            if (existing.isEmpty()) {
                labelsToAdd.add(new Label(0, incoming.name(), incoming.color(), incoming.key(), incoming.definition(),
                        incoming.rules(), incoming.examples(), incoming.retired()));
                attributes.forEach(a -> attributesToAdd.add(new AttributeToAdd(incoming.name(),
                        a.withId(0).withLabel(0L))));
            } else {
                compareLabel(existing.get(), incoming);
                AttributeMatch.of(this, project.attributesOf(existing.get().id()), attributes,
                        incoming.name(), existing.get().id());
            }
        }
        for (Label l : project.labels()) {
            if (file.label(l.name()).isEmpty()) {
                keep(0, "label " + Names.shown(l.name()) + " (" + count(tagsByLabel, l.id(), "tag") + ")");
            }
        }
        AttributeMatch.of(this, project.articleCodes(), file.articleCodes(), null, null);
        KeyCheck.of(project, file).forEach(refusals::add);
        LinkTypeMatch.of(this, project, file);
    }

    private void compareLabel(Label before, Label incoming) {
        Label after = new Label(before.id(), before.name(), incoming.color(), incoming.key(), incoming.definition(),
                incoming.rules(), incoming.examples(), incoming.retired());
        List<String> changes = new ArrayList<>();
        if (!before.color().equals(after.color())) {
            changes.add("colour " + before.color() + " → " + after.color());
        }
        if (!Objects.equals(before.key(), after.key())) {
            changes.add("key " + keyShown(before.key()) + " → " + keyShown(after.key()));
        }
        if (!before.definition().equals(after.definition())) {
            changes.add("new definition");
        }
        if (!before.rules().equals(after.rules())) {
            changes.add("new rules");
        }
        if (!before.examples().equals(after.examples())) {
            changes.add("new examples");
        }
        if (before.retired() != after.retired()) {
            changes.add(after.retired() ? "retired (its " + count(tagsByLabel, before.id(), "tag") + " stay; it takes no"
                    + " new ones)" : "no longer retired");
        }
        if (!changes.isEmpty()) {
            labelUpdates.add(new LabelUpdate(before, after, changes));
        }
    }

    static String keyShown(String key) {
        return key == null ? "none" : key;
    }

    static String count(Map<Long, Long> counts, long id, String noun) {
        return plural(counts.getOrDefault(id, 0L), noun);
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    long values(long attributeId) {
        return valuesByAttribute.getOrDefault(attributeId, 0L);
    }

    void add(AttributeToAdd a) {
        attributesToAdd.add(a);
    }

    void update(AttributeUpdate u) {
        attributeUpdates.add(u);
    }

    void refuse(String sentence) {
        refusals.add(sentence);
    }

    void add(LinkTypeToAdd t) {
        linkTypesToAdd.add(t);
    }

    void update(LinkTypeUpdate u) {
        linkTypeUpdates.add(u);
    }

    /** New link types, in file order; they go after the project's. */
    public List<LinkTypeToAdd> linkTypesToAdd() {
        return List.copyOf(linkTypesToAdd);
    }

    public List<LinkTypeUpdate> linkTypeUpdates() {
        return List.copyOf(linkTypeUpdates);
    }

    /** Something kept that the summary does not count (a link type's end). */
    void keepDetail(String what) {
        kept.add(what);
    }

    /** {@code kind}: 0 label, 1 attribute, 2 article code, 3 choice, 4 link type. */
    void keep(int kind, String what) {
        keptCounts[kind]++;
        kept.add(what);
    }

    /** New labels, in file order, id 0; they go after the project's labels. */
    public List<Label> labelsToAdd() {
        return List.copyOf(labelsToAdd);
    }

    public List<LabelUpdate> labelUpdates() {
        return List.copyOf(labelUpdates);
    }

    /** New attributes and article codes, each label's in file order, then the article codes. */
    public List<AttributeToAdd> attributesToAdd() {
        return List.copyOf(attributesToAdd);
    }

    public List<AttributeUpdate> attributeUpdates() {
        return List.copyOf(attributeUpdates);
    }

    /** Why the import is refused, one sentence each; empty when it may go ahead. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** What the project has and the file does not mention, kept as it is: {@code label "rumour" (12 tags)}. */
    public List<String> kept() {
        return List.copyOf(kept);
    }

    /** Whether the import must not happen at all. */
    public boolean isRefused() {
        return !refusals.isEmpty();
    }

    /** Whether applying the plan would change nothing. */
    public boolean changesNothing() {
        return labelsToAdd.isEmpty() && labelUpdates.isEmpty() && attributesToAdd.isEmpty() && attributeUpdates.isEmpty()
                && linkTypesToAdd.isEmpty() && linkTypeUpdates.isEmpty();
    }

    /** One line for the command line and the window; see {@link PlanText}. */
    public String summary() {
        return PlanText.summary(this, keptCounts);
    }

    /** One line per label or attribute the plan touches, refuses or keeps, for a dialog or {@code --verbose}. */
    public List<String> details() {
        return PlanText.details(this);
    }
}
