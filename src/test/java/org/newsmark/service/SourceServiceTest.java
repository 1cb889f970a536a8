package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;

/** Sources: create, suggest, edit, merge in one step, the ledger's counts, and a tag's source as an undoable attribute edit. */
class SourceServiceTest {

    static final String TEXT = "Merkel said the plan works. The ministry said costs rose. Merkel added that talks go on.";

    @TempDir
    Path dir;

    @Test
    void createSuggestAndEditRefusingATwin() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            SourceService sources = s.sources();
            int[] heard = {0};
            sources.addListener(() -> heard[0]++);
            Source merkel = sources.create(" Angela Merkel ", SourceKind.NAMED_PERSON, "chancellor", "CDU");
            assertEquals("Angela Merkel", merkel.name());
            for (String typed : List.of("Ángela Merkel", "angela merkel", "Merkel", "Angela Merkl")) {
                assertEquals(List.of(merkel), sources.suggest(typed, 5), typed);
            }
            assertEquals(merkel, sources.namedOrNew("ANGELA MERKEL"), "typing an existing name picks it");
            SourceRefusedException twin = assertThrows(SourceRefusedException.class,
                    () -> sources.create("angela merkel", SourceKind.NAMED_PERSON, "", ""));
            assertTrue(twin.getMessage().contains("already a source \"Angela Merkel\""), twin.getMessage());
            assertThrows(SourceRefusedException.class, () -> sources.create("  ", SourceKind.DOCUMENT, "", ""));
            Source made = sources.namedOrNew("Ilse Marten");
            assertEquals(SourceKind.NAMED_PERSON, made.kind(), "a name typed for the first time is a named person");
            Source edited = sources.edit(new Source(made.id(), "Ilse Marten", SourceKind.OFFICIAL_BODY, "mayor", "", made.created()));
            assertEquals(List.of("Angela Merkel", "Ilse Marten"), sources.all().stream().map(Source::name).toList());
            assertEquals(SourceKind.OFFICIAL_BODY, sources.find(made.id()).orElseThrow().kind());
            assertEquals("mayor", edited.role());
            assertThrows(SourceRefusedException.class, () -> sources.edit(new Source(made.id(), "Angela Merkel", SourceKind.NAMED_PERSON,
                    "", "", made.created())), "renaming into another source's name and kind is a merge, not an edit");
            assertEquals(3, heard[0]);
        }
    }

    @Test
    void mergeRepointsEveryTagInOneStepAndTheLedgerCounts() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document one = s.documents().add("One", "one.txt", TEXT).document();
            Document two = s.documents().add("Two", "two.txt", TEXT + " Again.").document();
            s.sources().setOutlet(one.id(), "Daily Planet");
            Analyst ana = s.analyst("Ana");
            Analyst ben = s.analyst("Ben");
            Label opinion = s.codebook().codebook().label("attributed opinion").orElseThrow();
            Attribute speaker = speaker(s);
            Source merkel = s.sources().create("Angela Merkel", SourceKind.NAMED_PERSON, "", "");
            Source typo = s.sources().create("A. Merkl", SourceKind.NAMED_PERSON, "", "");
            Source ministry = s.sources().create("The ministry", SourceKind.OFFICIAL_BODY, "", "");
            quote(s, one, ana, opinion, speaker, 0, 26, merkel);
            quote(s, one, ben, opinion, speaker, 0, 26, typo);
            quote(s, two, ana, opinion, speaker, 58, 87, typo);
            quote(s, one, ana, opinion, speaker, 28, 56, ministry);
            assertTrue(s.annotations().canUndo(one.id(), ana.id()));

            assertEquals(2, s.sources().merge(merkel, typo));
            assertEquals(List.of("Angela Merkel", "The ministry"), s.sources().all().stream().map(Source::name).toList());
            assertFalse(s.annotations().canUndo(one.id(), ana.id()), "the undo history named the merged source: it is dropped");
            SourceLedger.Entry e = s.sources().ledger().entries().get(0);
            assertEquals(merkel, e.source());
            assertEquals(3, e.quotes().size());
            assertEquals(2, e.articles());
            assertEquals(Map.of("One", 2, "Two", 1), e.perArticle());
            assertEquals(Map.of("Daily Planet", 2, SourceLedger.NO_OUTLET, 1), e.perOutlet());
            assertEquals(Map.of("attributed opinion", 3), e.perLabel());
            assertEquals(List.of("(no outlet)", "Daily Planet"), e.outlets());
            assertEquals("Merkel added that talks go on", e.quotes().get(2).text());
            assertEquals("Ben", e.quotes().get(1).analyst());
            assertThrows(SourceRefusedException.class, () -> s.sources().merge(merkel, merkel));
            assertThrows(SourceRefusedException.class, () -> s.sources().merge(merkel, typo), "the merged source is gone");
        }
    }

    @Test
    void settingATagsSourceIsAnAttributeEditThatUndoes() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document d = s.documents().add("One", "one.txt", TEXT).document();
            Analyst ana = s.analyst("Ana");
            Attribute speaker = speaker(s);
            Source merkel = s.sources().create("Angela Merkel", SourceKind.NAMED_PERSON, "", "");
            Annotation tag = s.annotations().tag(d, ana, s.codebook().codebook().label("attributed opinion").orElseThrow(), new Span(0, 26));
            List<String> value = s.codebook().valuesFor(speaker, List.of(merkel.valueId()));
            s.annotations().setAttributes(tag, AttributeValues.EMPTY.with(speaker.id(), value));
            assertEquals(1, s.sources().ledger().entries().get(0).quotes().size());
            s.annotations().undo(d.id(), ana.id());
            assertEquals(0, s.sources().ledger().entries().get(0).quotes().size());
            CodebookRefusedException none = assertThrows(CodebookRefusedException.class, () -> s.codebook().valuesFor(speaker, List.of("99")));
            assertTrue(none.getMessage().contains("source 99 does not exist"), none.getMessage());
            assertThrows(CodebookRefusedException.class, () -> s.codebook().valuesFor(speaker, List.of("Angela Merkel")),
                    "the value is an id: the field turns a name into one");
        }
    }

    static Attribute speaker(ProjectSession s) {
        return s.codebook().codebook().attributes().stream().filter(a -> a.name().equals("speaker")).findFirst().orElseThrow();
    }

    static Annotation quote(ProjectSession s, Document d, Analyst who, Label label, Attribute attribute, int begin, int end, Source source) {
        Annotation tag = s.annotations().tag(d, who, label, new Span(begin, end));
        return s.annotations().setAttributes(tag, AttributeValues.EMPTY.with(attribute.id(), List.of(source.valueId())));
    }
}
