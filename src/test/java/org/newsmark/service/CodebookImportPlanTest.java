package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Label;
import org.newsmark.service.CodebookImportPlan.AttributeToAdd;
import org.newsmark.service.CodebookImportPlan.AttributeUpdate;
import org.newsmark.service.CodebookImportPlan.LabelUpdate;

class CodebookImportPlanTest {

    /** The default codebook as a file reads it: label ids 1..4, attribute ids 1..9. */
    static Codebook defaultFile() {
        List<Label> labels = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        long id = 0;
        for (Label l : DefaultCodebook.labels()) {
            labels.add(new Label(++id, l.name(), l.color(), l.key(), l.definition()));
            for (Attribute a : DefaultCodebook.attributesFor(l.name())) {
                attributes.add(a.withId(attributes.size() + 1).withLabel(id));
            }
        }
        for (Attribute a : DefaultCodebook.articleCodes()) {
            attributes.add(a.withId(attributes.size() + 1));
        }
        return new Codebook(labels, attributes);
    }

    /** A project made before codebooks had attributes: the default labels at ids 11..14, no attributes. */
    static List<Label> oldProjectLabels() {
        List<Label> out = new ArrayList<>();
        long id = 10;
        for (Label l : DefaultCodebook.labels()) {
            out.add(new Label(++id, l.name(), l.color(), l.key(), l.definition()));
        }
        return out;
    }

    /** A project that has the default codebook at ids of its own: labels 21..24, attributes 101.. in order. */
    static Codebook projectWithDefaults() {
        Codebook file = defaultFile();
        List<Label> labels = file.labels().stream().map(l -> new Label(l.id() + 20, l.name(), l.color(), l.key(),
                l.definition(), l.rules(), l.examples(), l.retired())).toList();
        List<Attribute> attributes = file.attributes().stream().map(a -> a.withId(a.id() + 100)
                .withLabel(a.labelId() == null ? null : a.labelId() + 20)).toList();
        return new Codebook(labels, attributes);
    }

    static Attribute attributeOf(Codebook c, String label, String name) {
        Stream<Attribute> in = label == null ? c.articleCodes().stream()
                : c.attributesOf(c.label(label).orElseThrow().id()).stream();
        return in.filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    static Codebook replacing(Codebook c, Attribute old, Attribute now) {
        return new Codebook(c.labels(), c.attributes().stream().map(a -> a.equals(old) ? now : a).toList());
    }

    @Test
    void theDefaultCodebookIntoAnOldProjectWithAnotherColourAndALabelOfItsOwn() {
        List<Label> labels = new ArrayList<>(oldProjectLabels());
        labels.set(0, labels.get(0).withColor("#D55E00"));
        labels.add(new Label(15, "rumour", "#0072B2", "5", "Unverified talk."));
        Codebook project = new Codebook(labels, List.of());

        CodebookImportPlan plan = CodebookImportPlan.of(project, defaultFile(), Map.of(11L, 40L, 15L, 12L), Map.of());

        assertFalse(plan.isRefused());
        assertEquals(List.of(), plan.labelsToAdd());
        assertEquals(List.of(new LabelUpdate(labels.get(0), labels.get(0).withColor("#E69F00"),
                List.of("colour #D55E00 → #E69F00"))), plan.labelUpdates());
        List<AttributeToAdd> added = plan.attributesToAdd();
        assertEquals(9, added.size());
        assertEquals(new AttributeToAdd("claim", new Attribute(0, 11L, "check-worthy", AttributeType.YES_NO, List.of(),
                false, "Would a fact-checker want to check it?")), added.get(0));
        assertEquals(List.of(11L, 12L, 12L, 12L, 13L, 13L, 14L),
                added.subList(0, 7).stream().map(a -> a.attribute().labelId()).toList(), "the project's label ids");
        assertEquals(new AttributeToAdd(null, DefaultCodebook.articleCodes().get(1)), added.get(8));
        assertEquals(List.of("label \"rumour\" (12 tags)"), plan.kept());
        assertEquals("adds 7 attributes, 2 article codes; changes 1 label; keeps 1 label not in the file", plan.summary());
    }

    @Test
    void aKeyThatALabelTheFileDoesNotMentionKeepsRefusesTheImport() {
        List<Label> labels = new ArrayList<>(oldProjectLabels());
        labels.set(0, labels.get(0).withName("claims")); // renamed in the project; keeps key 1
        Codebook project = new Codebook(labels, List.of());

        CodebookImportPlan plan = CodebookImportPlan.of(project, defaultFile(), Map.of(11L, 40L), Map.of());

        assertTrue(plan.isRefused());
        String refusal = "label \"claim\" would take key 1, which label \"claims\" keeps (the file does not mention"
                + " \"claims\"); give \"claim\" another key or none in the file, or give \"claims\" another key first";
        assertEquals(List.of(refusal), plan.refusals());
        assertEquals("refuses 1: " + refusal + "; nothing is imported (the rest of the file adds 1 label, 7 attributes,"
                + " 2 article codes; keeps 1 label not in the file)", plan.summary());
        assertEquals("refused: " + refusal, plan.details().get(0));
    }

    @Test
    void keysMayMoveBetweenLabelsTheFileNames() {
        Codebook project = new Codebook(oldProjectLabels(), List.of());
        Codebook file = defaultFile();
        List<Label> swapped = new ArrayList<>(file.labels());
        swapped.set(0, swapped.get(0).withKey("2"));
        swapped.set(1, swapped.get(1).withKey("1"));
        swapped.add(new Label(5, "quote", "#0072B2", "4", ""));
        swapped.set(3, swapped.get(3).withKey(null)); // framing gives up 4 to the new label
        CodebookImportPlan plan = CodebookImportPlan.of(project, new Codebook(swapped, file.attributes()), Map.of(), Map.of());

        assertFalse(plan.isRefused(), plan.summary());
        assertEquals(List.of(List.of("key 1 → 2"), List.of("key 2 → 1"), List.of("key 4 → none")),
                plan.labelUpdates().stream().map(LabelUpdate::changes).toList());
        assertEquals(List.of(new Label(0, "quote", "#0072B2", "4", "")), plan.labelsToAdd());
    }

    @Test
    void aNewLabelTakingAKeyTheProjectKeepsIsRefusedToo() {
        Codebook project = new Codebook(oldProjectLabels(), List.of());
        Codebook file = new Codebook(List.of(new Label(1, "quote", "#0072B2", "2", "")), List.of());
        CodebookImportPlan plan = CodebookImportPlan.of(project, file, Map.of(), Map.of());
        assertEquals(List.of("label \"quote\" would take key 2, which label \"statistic\" keeps (the file does not"
                + " mention \"statistic\"); give \"quote\" another key or none in the file, or give \"statistic\""
                + " another key first"), plan.refusals());
    }

    @Test
    void aFileThatGivesOneKeyToTwoLabelsIsRefused() {
        // CodebookJson.read refuses such a file; a codebook built another way is checked here as well
        Codebook file = new Codebook(List.of(new Label(1, "a", "#000000", "7", ""), new Label(2, "b", "#000000", "7", "")),
                List.of());
        CodebookImportPlan plan = CodebookImportPlan.of(new Codebook(List.of(), List.of()), file, Map.of(), Map.of());
        assertEquals(List.of("the file gives key 7 to \"a\" and \"b\""), plan.refusals());
    }

    @Test
    void aTypeChangeIsRefusedWhileTheAttributeHasValues() {
        Codebook project = projectWithDefaults();
        Attribute value = attributeOf(project, "statistic", "value");
        project = replacing(project, value, new Attribute(value.id(), value.labelId(), "value", AttributeType.TEXT,
                List.of(), false, value.definition()));

        CodebookImportPlan plan = CodebookImportPlan.of(project, defaultFile(), Map.of(), Map.of(value.id(), 30L));

        assertEquals(List.of("attribute \"value\" of label \"statistic\" is text in the project and number in the file,"
                + " and it has 30 values: a type cannot change while values exist; keep it text in the file"),
                plan.refusals());
        assertEquals(List.of(), plan.attributeUpdates());
        assertTrue(plan.summary().startsWith("refuses 1: attribute \"value\" of label \"statistic\" is text"), plan.summary());
        assertTrue(plan.summary().endsWith("; nothing is imported"), plan.summary());
    }

    @Test
    void aTypeChangeOfAnAttributeWithoutValuesIsAChange() {
        Codebook project = projectWithDefaults();
        Attribute value = attributeOf(project, "statistic", "value");
        Attribute asText = new Attribute(value.id(), value.labelId(), "value", AttributeType.TEXT, List.of(), false,
                value.definition());
        project = replacing(project, value, asText);

        CodebookImportPlan plan = CodebookImportPlan.of(project, defaultFile(), Map.of(), Map.of(value.id(), 0L));

        assertFalse(plan.isRefused());
        assertEquals(List.of(new AttributeUpdate("statistic", asText, value, List.of(),
                List.of("type text → number (it has no values)"), false)), plan.attributeUpdates());
        assertEquals("changes 1 attribute", plan.summary());
        assertEquals(List.of("attribute \"value\" of label \"statistic\": type text → number (it has no values)"),
                plan.details());
    }

    @Test
    void aChoiceTheFileLeavesOutIsKeptWhereItWasEvenWhenInUse() {
        Codebook project = projectWithDefaults();
        Attribute speakerType = attributeOf(project, "attributed opinion", "speaker type");
        List<String> ours = new ArrayList<>(DefaultCodebook.SPEAKER_TYPES);
        ours.add(2, "spokesperson"); // the team added it; 25 tags use it
        project = replacing(project, speakerType, new Attribute(speakerType.id(), speakerType.labelId(), "speaker type",
                AttributeType.CHOICE, ours, false, speakerType.definition()));

        CodebookImportPlan plan = CodebookImportPlan.of(project, defaultFile(), Map.of(), Map.of(speakerType.id(), 25L));

        assertFalse(plan.isRefused());
        assertEquals(List.of(), plan.attributeUpdates(), "nothing changes: the choice stays, in its place");
        assertEquals(List.of("choice \"spokesperson\" of attribute \"speaker type\" of label \"attributed opinion\""),
                plan.kept());
        assertEquals("changes nothing; keeps 1 choice not in the file", plan.summary());
    }

    @Test
    void newChoicesAreAddedAndANewOrderIsAChange() {
        Codebook project = projectWithDefaults();
        Attribute tone = attributeOf(project, null, "tone");
        Codebook file = defaultFile();
        Attribute fileTone = attributeOf(file, null, "tone");
        file = replacing(file, fileTone, new Attribute(fileTone.id(), null, "tone", AttributeType.CHOICE,
                List.of("positive", "mixed", "negative"), true, "Towards the main subject."));

        CodebookImportPlan plan = CodebookImportPlan.of(project, file, Map.of(), Map.of(tone.id(), 8L));

        AttributeUpdate u = plan.attributeUpdates().get(0);
        assertEquals(List.of("positive", "mixed", "negative", "neutral"), u.after().choices(),
                "the file's order; the left-out \"neutral\" goes back after \"negative\", its neighbour in the project");
        assertEquals(List.of("mixed"), u.addedChoices());
        assertEquals(List.of("choices in a new order", "now required (a tag without it is flagged)", "new definition"),
                u.changes());
        assertFalse(u.reordersValues(), "a single choice has no order to keep");
        assertEquals(tone.id(), u.after().id());
        assertEquals(List.of("choice \"neutral\" of article code \"tone\""), plan.kept());
        assertEquals("adds 1 choice; changes 1 article code; keeps 1 choice not in the file", plan.summary());
        assertEquals(List.of("article code \"tone\": adds choice \"mixed\", choices in a new order, now required (a tag"
                + " without it is flagged), new definition", "keeps choice \"neutral\" of article code \"tone\", which the"
                + " file does not mention"), plan.details());
    }

    @Test
    void reorderingAMultipleChoiceWithValuesAsksForTheValuesToBeReordered() {
        Attribute ours = new Attribute(7, 1L, "topics", AttributeType.MULTIPLE_CHOICE, List.of("a", "b", "c"), false, "");
        Codebook project = new Codebook(List.of(new Label(1, "claim", "#E69F00", null, "")), List.of(ours));
        Codebook file = new Codebook(List.of(new Label(1, "claim", "#E69F00", null, "")),
                List.of(new Attribute(1, 1L, "topics", AttributeType.MULTIPLE_CHOICE, List.of("c", "b", "a"), false, "")));
        assertTrue(CodebookImportPlan.of(project, file, Map.of(), Map.of(7L, 3L)).attributeUpdates().get(0).reordersValues());
        assertFalse(CodebookImportPlan.of(project, file, Map.of(), Map.of()).attributeUpdates().get(0).reordersValues());
    }

    @Test
    void aChoiceTypeChangeWithoutValuesKeepsTheChoicesAndToTextDropsThem() {
        Attribute ours = new Attribute(7, 1L, "topics", AttributeType.CHOICE, List.of("a", "b"), false, "");
        Codebook project = new Codebook(List.of(new Label(1, "claim", "#E69F00", null, "")), List.of(ours));
        Codebook toMultiple = new Codebook(project.labels(),
                List.of(new Attribute(1, 1L, "topics", AttributeType.MULTIPLE_CHOICE, List.of("b", "c"), false, "")));
        AttributeUpdate u = CodebookImportPlan.of(project, toMultiple, Map.of(), Map.of()).attributeUpdates().get(0);
        assertEquals(List.of("a", "b", "c"), u.after().choices());
        assertEquals(List.of("c"), u.addedChoices());
        assertEquals(List.of("type choice → multiple-choice (it has no values)"), u.changes());

        Codebook toText = new Codebook(project.labels(),
                List.of(new Attribute(1, 1L, "topics", AttributeType.TEXT, List.of(), false, "")));
        CodebookImportPlan plan = CodebookImportPlan.of(project, toText, Map.of(), Map.of());
        assertEquals(List.of(), plan.attributeUpdates().get(0).after().choices());
        assertEquals(List.of(), plan.kept(), "a text attribute has no choices to keep");
    }

    @Test
    void aNewLabelComesWithItsAttributesWhichGetItsIdLater() {
        Codebook file = new Codebook(List.of(new Label(1, "quote", "#0072B2", "6", "Direct speech.", "Only verbatim.",
                "\"We will win.\"", false)),
                List.of(new Attribute(1, 1L, "speaker", AttributeType.TEXT, List.of(), true, ""),
                        new Attribute(2, null, "genre", AttributeType.CHOICE, List.of("news", "opinion"), false, "")));
        CodebookImportPlan plan = CodebookImportPlan.of(projectWithDefaults(), file, Map.of(), Map.of());

        assertEquals(List.of(new Label(0, "quote", "#0072B2", "6", "Direct speech.", "Only verbatim.", "\"We will win.\"",
                false)), plan.labelsToAdd());
        AttributeToAdd speaker = plan.attributesToAdd().get(0);
        assertEquals("quote", speaker.labelName());
        assertEquals(0L, speaker.attribute().labelId());
        assertEquals(Long.valueOf(31), speaker.forLabel(31).labelId());
        assertEquals(null, plan.attributesToAdd().get(1).forLabel(31).labelId(), "an article code has no label");
        assertEquals("adds 1 label, 1 attribute, 1 article code; keeps 4 labels, 2 article codes not in the file",
                plan.summary());
        assertEquals(List.of("adds label \"quote\" (key 6)", "adds attribute \"speaker\" (text) to label \"quote\"",
                "adds article code \"genre\" (choice)"), plan.details().subList(0, 3));
    }

    @Test
    void retiringALabelKeepsItsTagsAndGivesUpItsKey() {
        Codebook project = projectWithDefaults();
        Label framing = project.label("framing").orElseThrow();
        Codebook file = defaultFile();
        Label fileFraming = file.label("framing").orElseThrow();
        file = new Codebook(file.labels().stream().map(l -> l.equals(fileFraming)
                ? l.withRetired(true).withTexts(l.definition(), "Use the frame attribute of claim instead.", "") : l)
                .toList(), file.attributes());

        CodebookImportPlan plan = CodebookImportPlan.of(project, file, Map.of(framing.id(), 5L), Map.of());

        assertEquals(List.of(new LabelUpdate(framing, new Label(framing.id(), "framing", framing.color(), null,
                framing.definition(), "Use the frame attribute of claim instead.", "", true),
                List.of("key 4 → none", "new rules", "retired (its 5 tags stay; it takes no new ones)"))),
                plan.labelUpdates());
        assertEquals("changes 1 label", plan.summary());
    }

    @Test
    void attributesAndArticleCodesTheFileDoesNotMentionAreKept() {
        Codebook project = projectWithDefaults();
        Codebook file = new Codebook(List.of(new Label(1, "statistic", "#56B4E9", "2",
                DefaultCodebook.labels().get(1).definition())), List.of());
        Attribute unit = attributeOf(project, "statistic", "unit");
        CodebookImportPlan plan = CodebookImportPlan.of(project, file, Map.of(22L, 9L), Map.of(unit.id(), 9L));
        assertTrue(plan.changesNothing());
        assertEquals(List.of("label \"claim\" (0 tags)", "label \"attributed opinion\" (0 tags)",
                "label \"framing\" (0 tags)", "attribute \"value\" of label \"statistic\" (0 values)",
                "attribute \"unit\" of label \"statistic\" (9 values)", "attribute \"source\" of label \"statistic\""
                + " (0 values)", "article code \"primary frame\" (0 values)", "article code \"tone\" (0 values)"),
                plan.kept().stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals("changes nothing; keeps 3 labels, 3 attributes, 2 article codes not in the file", plan.summary());
    }

    private static int order(String kept) {
        return kept.startsWith("label") ? 0 : kept.startsWith("attribute") ? 1 : 2;
    }

    @Test
    void theProjectsOwnCodebookChangesNothing() {
        CodebookImportPlan plan = CodebookImportPlan.of(projectWithDefaults(), defaultFile(), Map.of(21L, 3L),
                Map.of(101L, 3L));
        assertTrue(plan.changesNothing());
        assertFalse(plan.isRefused());
        assertEquals(List.of(), plan.kept());
        assertEquals("changes nothing", plan.summary());
        assertEquals(List.of(), plan.details());
    }

    @Test
    void twoRefusalsAreNumbered() {
        Codebook project = projectWithDefaults();
        Attribute value = attributeOf(project, "statistic", "value");
        List<Label> labels = new ArrayList<>(project.labels());
        labels.set(0, labels.get(0).withName("claims"));
        project = replacing(new Codebook(labels, project.attributes()), value, new Attribute(value.id(), value.labelId(),
                "value", AttributeType.TEXT, List.of(), false, value.definition()));
        CodebookImportPlan plan = CodebookImportPlan.of(project, defaultFile(), Map.of(), Map.of(value.id(), 1L));
        assertEquals(2, plan.refusals().size());
        assertTrue(plan.summary().startsWith("refuses 2: (1) attribute \"value\" of label \"statistic\" is text in the"
                + " project and number in the file, and it has 1 value: "), plan.summary());
        assertTrue(plan.summary().contains("; (2) label \"claim\" would take key 1"), plan.summary());
    }

    @Test
    void aFileThatNamesALabelTwiceIsAProgrammingError() {
        Codebook file = new Codebook(List.of(new Label(1, "a", "#000000", null, ""), new Label(2, "a", "#000000", null, "")),
                List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodebookImportPlan.of(new Codebook(List.of(), List.of()), file, Map.of(), Map.of()));
        assertEquals("the file names label \"a\" twice", e.getMessage());
    }
}
