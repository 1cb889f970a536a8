package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.io.ImportException;

/** Link types travel in codebook files, and the built-in PARC codebook is imported like one. */
class CodebookLinkTypesImportTest {

    @TempDir
    Path dir;

    @Test
    void theParcCodebookIsPlannedThenAddedWithFreeKeysAndAgainAddsNothing() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            CodebookImportPlan plan = s.codebookFiles().planBuiltIn("parc");
            assertEquals("adds 3 labels, 1 attribute, 2 link types; keeps 4 labels, 2 article codes, 2 link types not in the file",
                    plan.summary());
            assertTrue(plan.details().contains("adds link type \"source of\" (\"source\" → \"content\")"), plan.details().toString());
            assertEquals(List.of("supports", "responds to"), s.codebook().codebook().linkTypes().stream().map(LinkType::name).toList(),
                    "the plan changed nothing");

            s.codebookFiles().importBuiltIn("PARC");
            Codebook book = s.codebook().codebook();
            Label source = book.label("source").orElseThrow();
            Label cue = book.label("cue").orElseThrow();
            Label content = book.label("content").orElseThrow();
            assertEquals(List.of("5", "6", "7"), List.of(source.key(), cue.key(), content.key()),
                    "the default labels keep 1 to 4; PARC's labels take the next free keys");
            LinkType sourceOf = book.linkType("source of").orElseThrow();
            assertEquals(List.of(source.id()), sourceOf.fromLabels());
            assertEquals(List.of(content.id()), sourceOf.toLabels());
            assertEquals(List.of(cue.id()), book.linkType("cue of").orElseThrow().fromLabels());
            assertEquals(List.of("entity"), book.attributesOf(source.id()).stream().map(x -> x.name()).toList());
            assertEquals(org.newsmark.domain.AttributeType.SOURCE, book.attributesOf(source.id()).get(0).type(),
                    "a PARC source span points to its source entity");
            assertTrue(s.codebookFiles().planBuiltIn("parc").changesNothing());

            assertEquals("tei: is not a built-in codebook (parc, default)",
                    assertThrows(ImportException.class, () -> s.codebookFiles().planBuiltIn("tei")).getMessage());
        }
    }

    @Test
    void aFileAddsMissingTypesAndEndsSetsADefinitionAndKeepsWhatItDoesNotName() throws Exception {
        Path json = dir.resolve("study.json");
        try (ProjectSession s = TestProjects.create(dir.resolve("a.newsmark"))) {
            s.codebookFiles().importBuiltIn("parc");
            Codebook book = s.codebook().codebook();
            LinkType supports = book.linkType("supports").orElseThrow();
            s.store().links().updateType(new LinkType(supports.id(), supports.name(),
                    List.of(book.label("statistic").orElseThrow().id(), book.label("content").orElseThrow().id()),
                    supports.toLabels(), "Evidence for the claim."));
            s.codebookFiles().export(json);
        }
        String text = Files.readString(json);
        assertTrue(text.contains("\"name\": \"cue of\""), text);
        try (ProjectSession s = TestProjects.create(dir.resolve("b.newsmark"))) {
            Codebook before = s.codebook().codebook();
            LinkType respondsTo = before.linkType("responds to").orElseThrow();
            s.store().links().updateType(new LinkType(respondsTo.id(), "responds to", respondsTo.fromLabels(),
                    List.of(before.label("claim").orElseThrow().id(), before.label("statistic").orElseThrow().id()), respondsTo.definition()));
            CodebookImportPlan plan = s.codebookFiles().plan(json);
            assertTrue(plan.details().contains("link type \"supports\": may start at \"content\", new definition"), plan.details().toString());
            assertTrue(plan.details().contains("keeps end \"statistic\" of link type \"responds to\", which the file does not mention"),
                    plan.details().toString());
            assertTrue(plan.summary().startsWith("adds 3 labels, 1 attribute, 2 link types, 1 link end; changes 1 link type"), plan.summary());
            s.codebookFiles().importFile(json);
            Codebook book = s.codebook().codebook();
            LinkType supports = book.linkType("supports").orElseThrow();
            assertEquals(List.of(book.label("statistic").orElseThrow().id(), book.label("content").orElseThrow().id()), supports.fromLabels());
            assertEquals("Evidence for the claim.", supports.definition());
            assertEquals(2, book.linkType("responds to").orElseThrow().toLabels().size(), "an end the file lacks is kept");
            assertEquals(4, book.linkTypes().size());
            assertTrue(s.codebookFiles().plan(json).changesNothing(), "importing again changes nothing");
        }
    }
}
