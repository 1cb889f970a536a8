package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.service.ProjectMergeService.NameClashResolver;
import org.newsmark.service.ExchangeFiles.Imported;

class WebAnnotationRoundTripTest {

    @TempDir
    Path dir;

    /** The articles alone, without metadata: what a project has before it takes a Web Annotation file about them. */
    private static void importArticlesOnly(ProjectSession into, ExchangeProject from, Path dir) throws Exception {
        ExchangeProject articles = new ExchangeProject("articles", List.of(), new Codebook(List.of(), List.of(), List.of()),
                List.of(), from.documents(), Map.of(), List.of(), List.of(), List.of());
        into.exchange().importProject(articles, dir.resolve("articles.newsmark"), NameClashResolver.suffixWithFileName())
                .orElseThrow();
    }

    @Test
    void anExportImportedIntoAProjectWithTheArticlesGivesTheSameContent() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        Path file = dir.resolve("study.jsonld");
        ExchangeProject before;
        try (ProjectSession a = f.session) {
            Label hedge = a.addLabel("hedge ✓", "#123456", null, "A claim made softer");
            a.annotations().tag(f.doc, f.ben, hedge, ExchangeFixture.span("disagree"));
            before = ProjectContent.of(a);
            a.exchangeFiles().export(ExchangeFormat.WEB_ANNOTATION, file, ExportScope.ALL);
        }
        assertEquals(9, before.tags().size());
        try (ProjectSession b = TestProjects.create(dir.resolve("b.newsmark"))) {
            importArticlesOnly(b, before, dir);
            assertNotEquals(ProjectContent.metadata(before), ProjectContent.metadata(ProjectContent.of(b)),
                    "the articles came without their metadata");

            Imported r = importFile(b, file, NameClashResolver.suffixWithFileName());

            assertEquals(List.of(), r.notTaken());
            assertEquals(9, r.merge().tagsAdded());
            assertEquals(2, r.merge().linksAdded());
            assertEquals(1, r.merge().labelsAdded());
            assertEquals(1, r.articlesWithNewMetadata());
            ExchangeProject after = ProjectContent.of(b);
            assertEquals(ProjectContent.all(before), ProjectContent.all(after));
            assertEquals(ProjectContent.notes(before), ProjectContent.notes(after));
            assertEquals(ProjectContent.sourceLines(before).size(), ProjectContent.sourceLines(after).size());
            assertTrue(ProjectContent.labels(after).contains("label hedge ✓ #123456 | A claim made softer"));
        }
    }

    @Test
    void importedIntoTheSameProjectUnderARenamedAnalystTheTagsAreAddedOnceMore() throws Exception {
        ExchangeFixture f = new ExchangeFixture(dir.resolve("a.newsmark"));
        Path file = dir.resolve("again.jsonld");
        try (ProjectSession a = f.session) {
            a.exchangeFiles().export(ExchangeFormat.WEB_ANNOTATION, file, new ExportScope(null, "Ana"));
            ExchangeProject before = ProjectContent.of(a);
            Imported r = importFile(a, file, (name, other, taken) -> name + " (again)");
            assertEquals(List.of(), r.notTaken());
            assertEquals(Map.of("Ana", "Ana (again)"), r.merge().renamed());
            assertEquals(5, r.merge().tagsAdded());
            assertEquals(0, r.articlesWithNewMetadata(), "the project's own metadata are kept");
            List<String> anaAgain = ProjectContent.tags(ProjectContent.of(a)).stream().filter(l -> l.contains(" Ana (again) "))
                    .map(l -> l.replace(" Ana (again) ", " Ana ")).toList();
            List<String> ana = ProjectContent.tags(before).stream().filter(l -> l.contains(" Ana ")).toList();
            assertEquals(ana, anaAgain);
            assertEquals(ProjectContent.articleCodes(before).stream().filter(l -> l.contains(" Ana ")).toList(),
                    ProjectContent.articleCodes(ProjectContent.of(a)).stream().filter(l -> l.contains(" Ana (again) "))
                            .map(l -> l.replace(" Ana (again) ", " Ana ")).toList());
        }
        assertTrue(Files.size(file) > 0);
    }

    private static Imported importFile(ProjectSession session, Path file, NameClashResolver resolver) throws Exception {
        ExchangeFiles files = session.exchangeFiles();
        return files.importRead(ExchangeFormat.WEB_ANNOTATION, files.read(ExchangeFormat.WEB_ANNOTATION, file), file, resolver)
                .orElseThrow();
    }
}
