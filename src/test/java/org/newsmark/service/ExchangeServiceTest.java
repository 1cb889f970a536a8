package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.service.ProjectMergeService.MergeReport;

class ExchangeServiceTest {

    @TempDir
    Path dir;

    @Test
    void aSnapshotImportedIntoAnEmptyProjectGivesTheSameContent() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        ExchangeProject before;
        try (ProjectSession a = f.session) {
            before = ProjectContent.of(a);
        }
        assertEquals(8, before.tags().size());
        try (ProjectSession b = TestProjects.create(dir.resolve("b.newsmark"))) {
            MergeReport r = b.exchange().importProject(before, dir.resolve("study.qdpx"),
                    ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            assertEquals(8, r.tagsAdded());
            assertEquals(2, r.linksAdded());
            ExchangeProject after = ProjectContent.of(b);
            assertEquals(ProjectContent.all(before), ProjectContent.all(after));
            assertEquals(ProjectContent.notes(before), ProjectContent.notes(after));
        }
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("newsmark-import-")
                    && Files.exists(p.resolve("study.newsmark"))), "the staging project is removed");
        }
    }

    @Test
    void aClashIsAskedWithTheFileImportedNotTheStagingProject() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        try (ProjectSession a = f.session) {
            ExchangeProject snapshot = ProjectContent.of(a);
            Path[] asked = new Path[1];
            MergeReport r = a.exchange().importProject(snapshot, dir.resolve("from maxqda.qdpx"), (name, file, taken) -> {
                asked[0] = file;
                return name + " (MAXQDA)";
            }).orElseThrow();
            assertEquals(dir.resolve("from maxqda.qdpx"), asked[0]);
            assertEquals(Map.of("Ana", "Ana (MAXQDA)", "Ben", "Ben (MAXQDA)"), r.renamed());
        }
    }
}
