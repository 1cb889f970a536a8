package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;

/**
 * brat import of a PARC-shaped corpus (src/test/resources/brat/parc-sample: events whose trigger
 * is the cue, with Source and Content arguments; A, # and R lines) into a project with the
 * Attribution (PARC) codebook: every event gives its source of and cue of links (decision 22).
 */
class BratParcImportTest {

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path from = Path.of("src/test/resources/brat/parc-sample");
        Path to = dir.resolve("parc-sample");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static ProjectSession parcProject(Path file) throws Exception {
        ProjectSession s = TestProjects.create(file);
        s.codebookFiles().importBuiltIn("parc");
        long source = s.codebook().codebook().label("source").orElseThrow().id();
        s.codebook().declare(new Attribute(0, source, "kind", AttributeType.CHOICE, DefaultCodebook.SPEAKER_TYPES, false, ""));
        return s;
    }

    /** "TYPE from-text → to-text" for every link of the project. */
    private static List<String> links(ProjectSession s) {
        Codebook book = s.codebook().codebook();
        List<String> out = new ArrayList<>();
        for (Link l : TestProjects.store(s).links().all(null, null)) {
            Document d = s.documents().find(l.documentId()).orElseThrow();
            Map<Long, Annotation> tags = new java.util.HashMap<>();
            s.annotations().annotations(d.id(), l.analystId()).forEach(a -> tags.put(a.id(), a));
            out.add(book.linkType(l.typeId()).orElseThrow().name() + " " + text(d, tags.get(l.fromTagId())) + " → "
                    + text(d, tags.get(l.toTagId())));
        }
        return out;
    }

    private static String text(Document d, Annotation a) {
        return d.text().substring(a.span().begin(), a.span().end());
    }

    @Test
    void eachEventGivesSourceOfAndCueOfLinksAttributesAndNotesComeAlongAndAgainAddsNothing() throws Exception {
        Path corpus = corpus();
        try (ProjectSession s = parcProject(dir.resolve("p.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(corpus, TaskControl.NONE);
            assertEquals(13, r.annotationsAdded());
            assertEquals(8, r.linksAdded(), "two links per event; E2 repeats the R line's link, which is not added twice");
            assertEquals(List.of("cue of said → The port will create 2,000 jobs",
                    "source of Mayor Ana Ruiz → The port will create 2,000 jobs",
                    "cue of According to → shipping fell by 12 percent last year",
                    "source of a council report → shipping fell by 12 percent last year",
                    "source of Zoë Okafor → We will not back down,", // the R line, read before the E lines
                    "cue of say → the strike will go on", "source of Unions → the strike will go on",
                    "cue of told → We will not back down,"), links(s));
            assertTrue(r.skipped().contains("Sam/strike.ann line 10: E E2 role Addressee skipped (the codebook has no link"
                    + " type \"Addressee\" or \"Addressee of\")"), r.skipped().toString());
            assertEquals(List.of("addressee"), r.labelsCreated());

            Document strike = s.documents().summaries(null).stream().map(x -> s.documents().find(x.id()).orElseThrow())
                    .filter(d -> d.text().contains("strike")).findFirst().orElseThrow();
            List<Annotation> sam = s.annotations().annotations(strike.id(), s.analyst("Sam").id());
            Annotation okafor = sam.stream().filter(a -> text(strike, a).equals("Zoë Okafor")).findFirst().orElseThrow();
            long kind = s.codebook().codebook().attributes().stream().filter(a -> a.name().equals("kind")).findFirst().orElseThrow().id();
            assertEquals(List.of("named person"), okafor.attributes().get(kind), "the A line gave the source its kind");
            assertEquals("direct quote", sam.stream().filter(a -> text(strike, a).startsWith("We will")).findFirst()
                    .orElseThrow().note());

            ImportReport again = s.annotationImports().importBrat(corpus, TaskControl.NONE);
            assertEquals(0, again.annotationsAdded());
            assertEquals(0, again.linksAdded());
            assertEquals(8, links(s).size());
        }
    }

    @Test
    void anEventNamingAMissingIdIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        Path corpus = corpus();
        Path ann = corpus.resolve("Sam/strike.ann");
        Files.writeString(ann, Files.readString(ann).replace("Content:T4 Addressee:T7", "Content:T44 Addressee:T7"));
        Path file = dir.resolve("q.newsmark");
        try (ProjectSession s = parcProject(file)) {
            ImportException e = assertThrows(ImportException.class, () -> s.annotationImports().importBrat(corpus, TaskControl.NONE));
            assertEquals("Sam/strike.ann line 10: E2 has the argument Content:T44, which is neither a T nor an E line of this file",
                    e.getMessage());
            assertEquals(0, s.documents().summaries(null).size(), "nothing imported");
            assertEquals(List.of(), links(s));
        }
    }

    @Test
    void aRoleWhoseLabelTheLinkTypeRefusesStopsTheImportWithTheLine() throws Exception {
        Path corpus = corpus();
        Path ann = corpus.resolve("Ana/port.ann");
        Files.writeString(ann, Files.readString(ann).replace("E2\tcue:T4 Source:T5", "E2\tcue:T4 Source:T2"));
        try (ProjectSession s = parcProject(dir.resolve("r.newsmark"))) {
            ImportException e = assertThrows(ImportException.class, () -> s.annotationImports().importBrat(corpus, TaskControl.NONE));
            assertEquals("Ana/port.ann line 8: E2: a \"source of\" link cannot go from cue (Source T2) to content (Content T6)",
                    e.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    @Test
    void withoutTheParcCodebookTheTagsComeInAndEveryRoleIsReported() throws Exception {
        Path corpus = corpus();
        try (ProjectSession s = TestProjects.create(dir.resolve("d.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(corpus, TaskControl.NONE);
            assertEquals(13, r.annotationsAdded());
            assertEquals(0, r.linksAdded());
            assertTrue(r.skipped().contains("Ana/port.ann line 7: E E1 role Source skipped (the codebook has no link type"
                    + " \"Source\" or \"Source of\")"), r.skipped().toString());
            assertTrue(r.skipped().contains("Ana/port.ann line 7: E E1 role cue skipped (the codebook has no link type"
                    + " \"cue\" or \"cue of\")"), r.skipped().toString());
        }
    }

    @Test
    void aRoleNamedAfterALinkTypeLinksTheTriggerToItsArgument() throws Exception {
        Path corpus = dir.resolve("plain");
        Files.createDirectories(corpus.resolve("Ana"));
        String text = "Exports rose 12 percent, so the recovery is real.";
        Files.writeString(corpus.resolve("Ana/a.txt"), text);
        Files.writeString(corpus.resolve("Ana/a.ann"), "T1\tstatistic 13 23\t12 percent\nT2\tclaim 28 48\tthe recovery is real\n"
                + "E1\tstatistic:T1 Supports:T2\n");
        try (ProjectSession s = TestProjects.create(dir.resolve("e.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(corpus, TaskControl.NONE);
            assertEquals(1, r.linksAdded(), r.skipped().toString());
            assertEquals(List.of("supports 12 percent → the recovery is real"), links(s));
            assertEquals(List.of(), r.skipped());
        }
    }

    @Test
    void anAttributionEventWithCueSourceAndContentArgumentsGivesTheSameTwoLinks() throws Exception {
        Path corpus = dir.resolve("attribution");
        Files.createDirectories(corpus.resolve("Ana"));
        String text = "Prices will fall, the minister said.";
        Files.writeString(corpus.resolve("Ana/a.txt"), text);
        Files.writeString(corpus.resolve("Ana/a.ann"), "T1\tcontent 0 16\tPrices will fall\nT2\tsource 18 30\tthe minister\n"
                + "T3\tcue 31 35\tsaid\nT4\tAttribution 18 35\tthe minister said\nE1\tAttribution:T4 Cue:T3 Source:T2 Content:T1\n");
        try (ProjectSession s = parcProject(dir.resolve("f.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(corpus, TaskControl.NONE);
            assertEquals(2, r.linksAdded());
            assertTrue(r.skipped().contains("Ana/a.ann line 5: E E1 role Attribution skipped (the codebook has no link type"
                    + " \"Attribution\" or \"Attribution of\")"), r.skipped().toString());
        }
    }

    @Test
    void typesThatDifferFromTheCodebooksLabelsOnlyInCaseTakeThoseLabels() throws Exception {
        Path corpus = dir.resolve("capitals");
        Files.createDirectories(corpus.resolve("Ana"));
        String text = "Prices will fall, the minister said.";
        Files.writeString(corpus.resolve("Ana/a.txt"), text);
        Files.writeString(corpus.resolve("Ana/a.ann"), "T1\tContent 0 16\tPrices will fall\nT2\tSource 18 30\tthe minister\n"
                + "T3\tCue 31 35\tsaid\nE1\tCue:T3 Source:T2 Content:T1\n");
        try (ProjectSession s = parcProject(dir.resolve("c.newsmark"))) {
            ImportReport r = s.annotationImports().importBrat(corpus, TaskControl.NONE);
            assertEquals(List.of(), r.labelsCreated(), "Source, Cue and Content are the codebook's source, cue and content");
            assertEquals(List.of("cue of said \u2192 Prices will fall", "source of the minister \u2192 Prices will fall"), links(s));
        }
    }
}
