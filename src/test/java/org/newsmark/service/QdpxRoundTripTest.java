package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Source;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.io.qdpx.QdcReader;
import org.newsmark.io.qdpx.QdcWriter;
import org.newsmark.io.qdpx.QdpxReader;
import org.newsmark.io.qdpx.RefiSchemas;

/** Fixture → .qdpx → read → import into an empty project gives the same project; every file validates. */
class QdpxRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void theFixtureSurvivesExportAndImport() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        ExchangeProject before;
        try (ProjectSession a = f.session) {
            before = ProjectContent.of(a);
        }
        byte[] qdpx = RefiSchemas.bytes(before);
        RefiSchemas.validate(RefiSchemas.entry(qdpx, "project.qde"), "Project.xsd");
        assertArrayEquals(qdpx, RefiSchemas.bytes(before), "two exports of the same project are the same bytes");
        Path file = Files.write(dir.resolve("study.qdpx"), qdpx);
        ExchangeRead read = QdpxReader.read(file);
        assertEquals(List.of(), read.notTaken());
        try (ProjectSession b = TestProjects.create(dir.resolve("b.newsmark"))) {
            b.exchange().importProject(read.project(), file, ProjectMergeService.NameClashResolver.suffixWithFileName())
                    .orElseThrow();
            ExchangeProject after = ProjectContent.of(b);
            assertEquals(ProjectContent.all(before), ProjectContent.all(after));
            assertEquals(ProjectContent.notes(before), ProjectContent.notes(after));
            assertEquals(sources(before), sources(after));
        }
    }

    @Test
    void aDiscontinuousTagKeepsItsPiecesTogether() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        ExchangeProject fixture;
        try (ProjectSession a = f.session) {
            fixture = ProjectContent.of(a);
        }
        // Ben's claim and his 😀 framing as two pieces of one tag
        List<Annotation> tags = fixture.tags().stream().map(t -> t.analystId() == f.ben.id() && t.documentId() == f.doc.id()
                ? t.withFragmentGroup("g1") : t).toList();
        ExchangeProject before = new ExchangeProject(fixture.name(), fixture.analysts(), fixture.codebook(), fixture.sources(),
                fixture.documents(), fixture.metadata(), tags, fixture.links(), fixture.articleCodes());
        byte[] qdpx = RefiSchemas.bytes(before);
        RefiSchemas.validate(RefiSchemas.entry(qdpx, "project.qde"), "Project.xsd");
        ExchangeRead read = QdpxReader.read(Files.write(dir.resolve("frag.qdpx"), qdpx));
        assertEquals(ProjectContent.all(before), ProjectContent.all(read.project()));
        try (ProjectSession b = TestProjects.create(dir.resolve("b.newsmark"))) {
            b.exchange().importProject(read.project(), dir.resolve("frag.qdpx"),
                    ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            List<String> groups = ProjectContent.of(b).tags().stream().map(Annotation::fragmentGroup)
                    .filter(java.util.Objects::nonNull).toList();
            assertEquals(2, groups.size());
            assertEquals(groups.get(0), groups.get(1));
        }
    }

    @Test
    void anEmptyProjectIsAValidFile() throws Exception {
        try (ProjectSession a = TestProjects.create(dir.resolve("empty.newsmark"))) {
            ExchangeProject p = ProjectContent.of(a);
            byte[] qdpx = RefiSchemas.bytes(p);
            RefiSchemas.validate(RefiSchemas.entry(qdpx, "project.qde"), "Project.xsd");
            ExchangeRead read = QdpxReader.read(Files.write(dir.resolve("empty.qdpx"), qdpx));
            assertEquals(ProjectContent.all(p), ProjectContent.all(read.project()));
        }
    }

    @Test
    void theCodebookAloneValidatesAndComesBack() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        ExchangeProject before;
        try (ProjectSession a = f.session) {
            before = ProjectContent.of(a);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdcWriter.write(before.codebook(), out);
        RefiSchemas.validate(out.toByteArray(), "Codebook.xsd");
        ExchangeRead read = QdcReader.read(Files.write(dir.resolve("codebook.qdc"), out.toByteArray()));
        assertTrue(read.project().documents().isEmpty());
        assertEquals(List.of(), read.notTaken(), "the set holding the exact codebook is ours, not a set to report");
        // the exact codebook rides along: types, choices, article codes and link types come back as they were
        assertEquals(ProjectContent.labels(before), ProjectContent.labels(read.project()));
        assertEquals(ProjectContent.attributes(before), ProjectContent.attributes(read.project()));
        assertEquals(ProjectContent.linkTypes(before), ProjectContent.linkTypes(read.project()));
        try (ProjectSession fresh = TestProjects.create(dir.resolve("fresh.newsmark"))) {
            assertTrue(fresh.exchange().importProject(read.project(), dir.resolve("codebook.qdc"),
                    ProjectMergeService.NameClashResolver.suffixWithFileName()).isPresent(),
                    "a default project takes a default codebook's .qdc (the number attribute stays a number)");
        }
    }

    @Test
    void aNewsmarkCodebookWithoutItsSetStillGivesLabelsAndAttributesByName() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        ExchangeProject before;
        try (ProjectSession a = f.session) {
            before = ProjectContent.of(a);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdcWriter.write(before.codebook(), out);
        String xml = out.toString(java.nio.charset.StandardCharsets.UTF_8).replaceFirst("(?s)<Sets>.*</Sets>", "");
        ExchangeRead read = QdcReader.read(Files.writeString(dir.resolve("edited.qdc"), xml));
        assertEquals(before.codebook().labels().stream().map(l -> l.name() + " " + l.color().toUpperCase()).toList(),
                read.project().codebook().labels().stream().map(l -> l.name() + " " + l.color()).toList());
        assertEquals(before.codebook().attributes().stream().filter(x -> !x.isArticleCode()).map(x -> x.name()).toList(),
                read.project().codebook().attributes().stream().map(x -> x.name()).toList());
    }

    private static List<String> sources(ExchangeProject p) {
        return p.sources().stream().map(Source::toString).map(s -> s.replaceFirst("id=\\d+, ", "")).sorted().toList();
    }
}
