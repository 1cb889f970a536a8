package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/** The codebook as a study edits it: clashes refused with a message and nothing written, renames keep every tag, retired labels take no new tags. */
class CodebookServiceTest {

    @TempDir
    Path dir;
    ProjectSession session;
    CodebookService codebook;
    Document doc;
    Analyst ana;
    AtomicInteger told = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("codebook.newsmark"));
        session.addCodebookListener(told::incrementAndGet);
        codebook = session.codebook();
        doc = session.documents().add("A", "a.txt", "The minister said exports rose 12% last year.").document();
        ana = session.analyst("Ana");
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void renamingALabelKeepsEveryTagWithoutCopyingOne() {
        Label claim = label("claim");
        session.annotations().tag(doc, ana, claim, new Span(4, 12));
        session.annotations().tag(doc, ana, claim, new Span(18, 30));
        Label renamed = codebook.update(claim.withName("factual claim"));
        assertEquals("factual claim", renamed.name());
        assertEquals(2, session.annotations().annotations(doc.id(), ana.id()).size());
        assertTrue(session.annotations().annotations(doc.id(), ana.id()).stream().allMatch(a -> a.labelId() == claim.id()));
        assertEquals(4, codebook.codebook().labels().size(), "no label added");
        assertEquals(1, told.get());
        assertEquals(Optional("Rename claim to factual claim"), codebook.undo());
        assertEquals("claim", label("claim").name());
    }

    @Test
    void aNameOrKeyClashIsRefusedWithAMessageAndNothingIsWritten() {
        Codebook before = codebook.codebook();
        CodebookRefusedException name = assertThrows(CodebookRefusedException.class,
                () -> codebook.update(label("framing").withName("claim")));
        assertEquals("The codebook already has a label named \"claim\".", name.getMessage());
        CodebookRefusedException key = assertThrows(CodebookRefusedException.class,
                () -> codebook.update(label("framing").withKey("1")));
        assertEquals("The key 1 is taken by \"claim\"; give that label another key first.", key.getMessage());
        assertThrows(CodebookRefusedException.class, () -> codebook.addLabel("statistic", "#000000", null, ""));
        assertThrows(CodebookRefusedException.class, () -> codebook.addLabel("source", "#000000", "2", ""));
        assertThrows(CodebookRefusedException.class, () -> codebook.addLabel("source", "red", null, ""));
        CodebookRefusedException control = assertThrows(CodebookRefusedException.class,
                () -> codebook.addLabel("so\u0007urce", "#000000", null, ""));
        assertTrue(control.getMessage().startsWith("Label name"), control.getMessage());
        assertEquals(before, codebook.codebook(), "nothing written");
        assertEquals(0, told.get());
    }

    @Test
    void aRetiredLabelKeepsItsTagsAndTakesNoNewOnesUntilRestored() {
        Label framing = label("framing");
        session.annotations().tag(doc, ana, framing, new Span(0, 3));
        Label retired = codebook.setRetired(framing.id(), true);
        assertTrue(retired.retired());
        assertEquals(null, retired.key(), "a retired label gives its key up");
        assertEquals(1, session.annotations().annotations(doc.id(), ana.id()).size(), "its tag stays");
        AnnotationConflictException refused = assertThrows(AnnotationConflictException.class,
                () -> session.annotations().tag(doc, ana, retired, new Span(4, 12)));
        assertTrue(refused.getMessage().contains("retired"), refused.getMessage());
        assertFalse(codebook.codebook().usableLabels().contains(retired));
        codebook.undo();
        assertFalse(label("framing").retired());
        assertEquals("4", label("framing").key(), "undo gives the key back");
        session.annotations().tag(doc, ana, label("framing"), new Span(4, 12));
    }

    @Test
    void reorderNamesEveryLabelOnceAndCanBeUndone() {
        List<Long> ids = codebook.codebook().labels().stream().map(Label::id).toList();
        List<Long> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        codebook.reorder(reversed);
        assertEquals(reversed, codebook.codebook().labels().stream().map(Label::id).toList());
        assertThrows(CodebookRefusedException.class, () -> codebook.reorder(ids.subList(0, 2)));
        codebook.undo();
        assertEquals(ids, codebook.codebook().labels().stream().map(Label::id).toList());
    }

    @Test
    void attributesAreCheckedWhenDeclaredAndAChoiceInUseCannotGo() {
        Label claim = label("claim");
        Attribute verdict = codebook.declare(new Attribute(0, claim.id(), "verdict", AttributeType.CHOICE,
                List.of("true", "false", "unproven"), false, ""));
        assertThrows(CodebookRefusedException.class, () -> codebook.declare(new Attribute(0, claim.id(), "verdict",
                AttributeType.TEXT, List.of(), false, "")), "one name per label");
        assertThrows(CodebookRefusedException.class, () -> codebook.declare(new Attribute(0, claim.id(), "rating",
                AttributeType.CHOICE, List.of(), false, "")), "a choice attribute needs choices");
        assertThrows(CodebookRefusedException.class, () -> codebook.declare(new Attribute(0, claim.id(), "note2",
                AttributeType.NUMBER, List.of("1"), false, "")), "a number takes no choices");
        assertThrows(CodebookRefusedException.class, () -> codebook.declare(new Attribute(0, claim.id(), "rating",
                AttributeType.CHOICE, List.of("a", "a"), false, "")), "a choice listed twice");
        assertThrows(CodebookRefusedException.class, () -> codebook.declare(new Attribute(0, claim.id(), "rating",
                AttributeType.MULTIPLE_CHOICE, List.of("true | false"), false, "")), "| separates choices in files");

        Annotation tag = session.annotations().tag(doc, ana, claim, new Span(4, 12));
        session.annotations().setAttributes(tag, AttributeValues.of(Map.of(verdict.id(), codebook.valuesFor(verdict, List.of("false")))));
        CodebookRefusedException inUse = assertThrows(CodebookRefusedException.class, () -> codebook.update(
                new Attribute(verdict.id(), claim.id(), "verdict", AttributeType.CHOICE, List.of("true", "unproven"), false, "")));
        assertEquals("The choice \"false\" of \"verdict\" is in use and cannot be removed.", inUse.getMessage());
        Attribute grown = codebook.update(new Attribute(verdict.id(), claim.id(), "verdict", AttributeType.CHOICE,
                List.of("unproven", "true", "false", "misleading"), true, "The fact-checkers' verdict"));
        assertEquals(List.of("unproven", "true", "false", "misleading"), grown.choices());
        assertThrows(CodebookRefusedException.class, () -> codebook.update(new Attribute(verdict.id(), claim.id(), "verdict",
                AttributeType.TEXT, List.of(), false, "")), "the type cannot change");
    }

    @Test
    void addingAndEditingAnAttributeCanBeUndoneWhileNoValueNeedsIt() {
        Label claim = label("claim");
        Attribute verdict = codebook.declare(new Attribute(0, claim.id(), "verdict", AttributeType.CHOICE,
                List.of("true", "false"), false, ""));
        codebook.update(new Attribute(verdict.id(), claim.id(), "ruling", AttributeType.CHOICE, List.of("true", "false", "mixed"),
                true, "The fact-check's ruling"));
        assertEquals(java.util.Optional.of("Edit attribute ruling"), codebook.undo());
        Attribute back = codebook.codebook().attribute(verdict.id()).orElseThrow();
        assertEquals("verdict", back.name());
        assertEquals(List.of("true", "false"), back.choices());
        assertEquals(java.util.Optional.of("Add attribute verdict"), codebook.undo());
        assertTrue(codebook.codebook().attribute(verdict.id()).isEmpty(), "the added attribute is gone");

        Attribute kept = codebook.declare(new Attribute(0, claim.id(), "verdict", AttributeType.YES_NO, List.of(), false, ""));
        Annotation tag = session.annotations().tag(doc, ana, claim, new Span(4, 12));
        session.annotations().setAttributes(tag, AttributeValues.of(Map.of(kept.id(), List.of("yes"))));
        assertThrows(CodebookRefusedException.class, () -> codebook.undo(), "an attribute with values stays");
        assertTrue(codebook.codebook().attribute(kept.id()).isPresent());
    }

    @Test
    void valuesAreNormalisedOrRefusedNamingTheAttribute() {
        Attribute value = attribute("value");
        assertEquals(List.of("12.5"), codebook.valuesFor(value, List.of(" +12.5 ")));
        assertEquals(List.of("1200"), codebook.valuesFor(value, List.of("1 200")));
        CodebookRefusedException nan = assertThrows(CodebookRefusedException.class, () -> codebook.valuesFor(value, List.of("12%")));
        assertEquals("\"value\": value \"12%\" is not a number.", nan.getMessage());
        Attribute checkWorthy = attribute("check-worthy");
        assertEquals(List.of("yes"), codebook.valuesFor(checkWorthy, List.of("True")));
        Attribute speakerType = attribute("speaker type");
        CodebookRefusedException notAChoice = assertThrows(CodebookRefusedException.class,
                () -> codebook.valuesFor(speakerType, List.of("spokesperson")));
        assertTrue(notAChoice.getMessage().startsWith("\"speaker type\": value \"spokesperson\" is not one of its choices"),
                notAChoice.getMessage());
        assertThrows(CodebookRefusedException.class, () -> codebook.valuesFor(speakerType, List.of("anonymous", "document")),
                "a single choice takes one value");
        assertEquals(List.of(), codebook.valuesFor(value, List.of("  ")), "blank means not set");
    }

    @Test
    void tagAttributesAreOneUndoableStepAndTravelWithADeletedTag() {
        Label statistic = label("statistic");
        Attribute value = attribute("value");
        Attribute source = attribute("source");
        Annotation tag = session.annotations().tag(doc, ana, statistic, new Span(31, 34));
        AttributeValues v = AttributeValues.of(Map.of(value.id(), List.of("12"), source.id(), List.of("the minister")));
        Annotation set = session.annotations().setAttributes(tag, v);
        assertEquals(v, reread(set).attributes());
        session.annotations().undo(doc.id(), ana.id());
        assertEquals(AttributeValues.EMPTY, reread(set).attributes(), "undo takes the values back");
        session.annotations().redo(doc.id(), ana.id());
        assertEquals(v, reread(set).attributes(), "redo sets them again");
        session.annotations().delete(reread(set));
        session.annotations().undo(doc.id(), ana.id());
        assertEquals(v, reread(set).attributes(), "undoing a delete brings the tag back with its values");
        assertEquals(List.of("the minister"), codebook.suggestions(source.id()));
        assertEquals(List.of(), CodebookService.missing(codebook.codebook(), reread(set)));
    }

    @Test
    void aRequiredAttributeMissingIsFlaggedNotRefused() {
        Label claim = label("claim");
        Attribute verdict = codebook.declare(new Attribute(0, claim.id(), "verdict", AttributeType.YES_NO, List.of(), true, ""));
        Annotation tag = session.annotations().tag(doc, ana, claim, new Span(4, 12));
        assertEquals(List.of(verdict), CodebookService.missing(codebook.codebook(), tag));
    }

    @Test
    void articleCodesArePerAnalystAndChecked() {
        Attribute tone = attribute("tone");
        Analyst ben = session.analyst("Ben");
        codebook.setArticleCode(doc.id(), ana.id(), tone, List.of("negative"));
        codebook.setArticleCode(doc.id(), ben.id(), tone, List.of("neutral"));
        assertEquals(List.of("negative"), codebook.articleCodes(doc.id(), ana.id()).get(tone.id()));
        assertEquals(List.of("neutral"), codebook.articleCodes(doc.id(), ben.id()).get(tone.id()));
        assertThrows(CodebookRefusedException.class, () -> codebook.setArticleCode(doc.id(), ana.id(), tone, List.of("angry")));
        assertThrows(CodebookRefusedException.class, () -> codebook.setArticleCode(doc.id(), ana.id(), attribute("value"), List.of("1")),
                "a tag attribute is not an article code");
        codebook.setArticleCode(doc.id(), ana.id(), tone, List.of());
        assertTrue(codebook.articleCodes(doc.id(), ana.id()).isEmpty(), "an empty value clears the code");
    }

    @Test
    void anArticleCodeIsOneUndoStepOfTheAnalystInTheArticle() {
        Attribute tone = attribute("tone");
        AtomicInteger heard = new AtomicInteger();
        session.annotations().addArticleCodesListener(heard::incrementAndGet);
        codebook.setArticleCode(doc.id(), ana.id(), tone, List.of("negative"));
        codebook.setArticleCode(doc.id(), ana.id(), tone, List.of("neutral"));
        assertTrue(session.annotations().canUndo(doc.id(), ana.id()));
        session.annotations().undo(doc.id(), ana.id());
        assertEquals(List.of("negative"), codebook.articleCodes(doc.id(), ana.id()).get(tone.id()));
        session.annotations().undo(doc.id(), ana.id());
        assertTrue(codebook.articleCodes(doc.id(), ana.id()).isEmpty(), "back to not set");
        session.annotations().redo(doc.id(), ana.id());
        assertEquals(List.of("negative"), codebook.articleCodes(doc.id(), ana.id()).get(tone.id()));
        assertEquals(5, heard.get(), "two edits, two undos and a redo are announced");
        codebook.setArticleCode(doc.id(), ana.id(), tone, List.of("negative"));
        assertEquals(5, heard.get(), "setting the same value again records no step");
        assertTrue(session.annotations().canRedo(doc.id(), ana.id()), "and leaves the redo of \"neutral\" in place");
    }

    private Annotation reread(Annotation a) {
        return session.annotations().annotations(a.documentId(), a.analystId()).stream().filter(x -> x.id() == a.id()).findFirst().orElseThrow();
    }

    private Label label(String name) {
        return codebook.codebook().label(name).orElseThrow();
    }

    private Attribute attribute(String name) {
        return codebook.codebook().attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static java.util.Optional<String> Optional(String s) {
        return java.util.Optional.of(s);
    }
}
