package org.newsmark.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/** The selected tag's attributes without a screen: commit, refusal, undo, another analyst's layer, required flags, suggestions. */
class AttributesViewModelTest {

    static final String TEXT = "The mayor said 40% of roads are broken; repairs cost 12 million euros.";

    @TempDir
    Path dir;
    Path file;
    ProjectSession session;
    WorkbenchViewModel vm;
    AttributesViewModel attributes;
    Document doc;
    Analyst ana;
    Label claim;
    Label statistic;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("attrs.newsmark");
        session = TestProjects.create(file);
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        ana = session.analyst("Ana");
        claim = session.labels().get(0);
        statistic = session.labels().get(1);
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), new ScriptedDialogs());
        vm.openDocument(doc.id());
        attributes = vm.attributes();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Annotation tag(Label label, String phrase) {
        int at = TEXT.indexOf(phrase);
        return vm.tag(label, at, at + phrase.length()).orElseThrow();
    }

    private Attribute field(String name) {
        return attributes.fields().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** The tag as a second, read-only session reads it from the file. */
    private Annotation onDisk(Annotation a) throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            return reader.annotations().annotations(doc.id(), a.analystId()).stream().filter(t -> t.id() == a.id())
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void noTagSelectedSaysSoAndShowsNoField() {
        assertEquals(AttributesViewModel.NO_TAG, attributes.headingProperty().get());
        assertEquals(List.of(), attributes.fields());
        assertFalse(attributes.canEnter(), "Ctrl+Shift+A with no tag selected");
        assertTrue(vm.messageProperty().get().startsWith("Select a tag first"), vm.messageProperty().get());
    }

    @Test
    void theFieldsAreThoseTheSelectedTagsLabelDeclares() {
        tag(statistic, "40%");
        assertEquals("statistic: “40%”", attributes.headingProperty().get());
        assertEquals(List.of("value", "unit", "source"), attributes.fields().stream().map(Attribute::name).toList());
        assertEquals(AttributeType.NUMBER, field("value").type());
        tag(claim, "The mayor said");
        assertEquals(List.of("check-worthy"), attributes.fields().stream().map(Attribute::name).toList());
        assertTrue(attributes.canEnter());
    }

    @Test
    void aCommitIsStoredWithTheTagAndShown() throws Exception {
        Annotation t = tag(statistic, "12 million euros");
        assertTrue(attributes.commit(field("value"), List.of(" +12 ")));
        assertEquals(List.of("12"), attributes.valuesProperty().get().get(field("value").id()), "normalised as stored");
        assertEquals(List.of("12"), vm.selectedProperty().get().attributes().get(field("value").id()));
        assertEquals(List.of("12"), onDisk(t).attributes().get(field("value").id()), "committed to the file");
        assertEquals(List.of("12"), vm.annotations().get(0).attributes().get(field("value").id()), "the table's row too");
        assertEquals("value set to 12", vm.messageProperty().get());
        assertEquals("", attributes.problemProperty().get());
    }

    @Test
    void aBadNumberIsRefusedWithTheServicesMessageAndNothingStored() throws Exception {
        Annotation t = tag(statistic, "40%");
        assertFalse(attributes.commit(field("value"), List.of("forty")));
        String expected = "\"value\": value \"forty\" is not a number.";
        assertEquals(expected, attributes.problemProperty().get());
        assertEquals(expected, vm.messageProperty().get());
        assertTrue(onDisk(t).attributes().isEmpty());
        assertFalse(vm.canUndoProperty().get() && vm.selectedProperty().get().attributes().has(field("value").id()));
        assertTrue(attributes.commit(field("value"), List.of("40")));
        assertEquals("", attributes.problemProperty().get(), "a good value clears the problem");
    }

    @Test
    void undoBringsTheOldValueBackIntoTheFields() throws Exception {
        Annotation t = tag(statistic, "40%");
        long unit = field("unit").id();
        attributes.commit(field("unit"), List.of("percent"));
        attributes.commit(field("unit"), List.of("per cent"));
        assertEquals(List.of("per cent"), attributes.valuesProperty().get().get(unit));
        vm.undo();
        assertEquals(List.of("percent"), attributes.valuesProperty().get().get(unit), "one commit, one undo step");
        assertEquals(List.of("percent"), onDisk(t).attributes().get(unit));
        vm.undo();
        assertEquals(List.of(), attributes.valuesProperty().get().get(unit));
        vm.redo();
        assertEquals(List.of("percent"), attributes.valuesProperty().get().get(unit));
    }

    @Test
    void theSameValueAgainIsNoEdit() {
        tag(statistic, "40%");
        attributes.commit(field("unit"), List.of("percent"));
        assertTrue(attributes.commit(field("unit"), List.of("percent ")));
        vm.undo();
        assertEquals(List.of(), attributes.valuesProperty().get().get(field("unit").id()), "the second commit made no step");
    }

    @Test
    void anotherAnalystsLayerIsReadOnly() throws Exception {
        Analyst bo = session.analyst("Bo");
        Annotation theirs = session.annotations().tag(doc, bo, statistic, new Span(15, 18));
        vm.showLayerOf(bo);
        vm.selectedProperty().set(vm.annotations().get(0));
        assertTrue(attributes.readOnly().get());
        assertEquals(List.of("value", "unit", "source"), attributes.fields().stream().map(Attribute::name).toList(),
                "their values are shown");
        assertFalse(attributes.commit(field("unit"), List.of("percent")));
        assertTrue(onDisk(theirs).attributes().isEmpty());
        vm.showMyLayer();
        assertFalse(attributes.readOnly().get());
    }

    @Test
    void aFieldOfAnotherLabelStoresNothingInTheSelectedTag() {
        tag(statistic, "40%");
        Attribute unit = field("unit");
        tag(claim, "The mayor said");
        assertFalse(attributes.commit(unit, List.of("percent")));
        assertTrue(vm.selectedProperty().get().attributes().isEmpty());
    }

    @Test
    void requiredAttributesMissingAreFlaggedAndCounted() {
        Annotation first = tag(claim, "The mayor said");
        Annotation second = tag(claim, "roads are broken");
        assertEquals("", attributes.missingSummaryProperty().get(), "nothing is required by default");
        session.codebook().declare(new Attribute(0, claim.id(), "verdict", AttributeType.YES_NO, List.of(), true, ""));
        assertEquals(List.of("verdict"), attributes.missing(first).stream().map(Attribute::name).toList());
        assertEquals("Missing required attribute: verdict", attributes.missingText(first));
        assertEquals("2 tags miss a required attribute", attributes.missingSummaryProperty().get());
        assertEquals(List.of("check-worthy", "verdict"), attributes.fields().stream().map(Attribute::name).toList(),
                "the selected tag's form has the new field");

        assertTrue(attributes.commit(field("verdict"), List.of("yes")));
        assertEquals("1 tag misses a required attribute", attributes.missingSummaryProperty().get());
        assertEquals("", attributes.missingText(vm.selectedProperty().get()));
        vm.selectedProperty().set(vm.annotations().stream().filter(a -> a.id() == first.id()).findFirst().orElseThrow());
        attributes.commit(field("verdict"), List.of("no"));
        assertEquals("", attributes.missingSummaryProperty().get(), "none missing: the status bar says nothing");
        vm.undo();
        assertEquals("1 tag misses a required attribute", attributes.missingSummaryProperty().get(), "undo flags it again");
        assertEquals(second.id(), vm.annotations().stream().filter(a -> attributes.missing(a).isEmpty()).findFirst().orElseThrow().id());
    }

    @Test
    void textFieldsSuggestTheValuesAlreadyUsedMostUsedFirst() {
        for (String phrase : List.of("40%", "12 million", "million euros")) {
            tag(statistic, phrase);
        }
        Attribute source = field("source");
        vm.selectedProperty().set(vm.annotations().get(0));
        attributes.commit(source, List.of("city hall"));
        vm.selectedProperty().set(vm.annotations().get(1));
        attributes.commit(source, List.of("the mayor"));
        vm.selectedProperty().set(vm.annotations().get(2));
        attributes.commit(source, List.of("the mayor"));
        assertEquals(List.of("the mayor", "city hall"), attributes.suggestions(source));
    }
}
