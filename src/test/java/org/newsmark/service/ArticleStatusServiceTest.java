package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;

/** Issue 16.4: a status is set per analyst, saved at once, told to listeners; the list's rows come in whole-table reads. */
class ArticleStatusServiceTest {

    @TempDir
    Path dir;

    @Test
    void aStatusIsSavedPerAnalystAndToldAndTheListingCarriesMetadataCountsAndStatuses() throws Exception {
        Path file = dir.resolve("s.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            Document a = s.documents().add("Roads", "a.txt", "The mayor said 40% of roads are broken.").document();
            Document b = s.documents().add("Bridges", "b.txt", "A second article.").document();
            Analyst ana = s.analyst("Ana");
            Analyst bo = s.analyst("Bo");
            s.annotations().tag(a, ana, s.labels().get(0), new Span(0, 9));
            s.annotations().tag(a, bo, s.labels().get(0), new Span(4, 9));
            s.metadata().set(a.id(), ArticleMetadata.EMPTY.with("outlet", "Harbour Gazette").with("published", "2024-02-08"));
            List<String> told = new ArrayList<>();
            s.statuses().addListener((d, who, st) -> told.add(d + "/" + who + "/" + st));
            s.statuses().set(a.id(), ana, ArticleStatus.DONE);
            s.statuses().set(b.id(), bo, ArticleStatus.IN_PROGRESS);
            assertEquals(List.of(a.id() + "/" + ana.id() + "/DONE", b.id() + "/" + bo.id() + "/IN_PROGRESS"), told);

            ArticleStatusService.Listing ana1 = s.statuses().listing(ana.id());
            assertEquals(List.of(1, 0), ana1.summaries().stream().map(x -> x.annotationCount()).toList(), "Ana's counts");
            assertEquals(List.of(2, 0), s.statuses().listing(null).summaries().stream().map(x -> x.annotationCount()).toList(),
                    "everyone's counts");
            assertEquals("Harbour Gazette", ana1.metadata().get(a.id()).outlet());
            assertEquals("2024-02-08", ana1.metadata().get(a.id()).published());
            assertEquals(Map.of(a.id(), Map.of(ana.id(), ArticleStatus.DONE), b.id(), Map.of(bo.id(), ArticleStatus.IN_PROGRESS)),
                    ana1.statuses());
            AnnotationConflictException none = assertThrows(AnnotationConflictException.class,
                    () -> s.statuses().set(999, ana, ArticleStatus.DONE));
            assertTrue(none.getMessage().contains("no article 999"), none.getMessage());
        }
        try (ProjectSession ro = TestProjects.openReadOnly(file)) {
            Analyst ana = ro.analysts().stream().filter(x -> x.name().equals("Ana")).findFirst().orElseThrow();
            long roads = ro.documents().summaries(null).get(0).id();
            assertEquals(ArticleStatus.DONE, ro.statuses().of(roads, ana.id()), "saved at once");
            AnnotationConflictException refused = assertThrows(AnnotationConflictException.class,
                    () -> ro.statuses().set(roads, ana, ArticleStatus.TODO));
            assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
            assertEquals(ArticleStatus.DONE, ro.statuses().of(roads, ana.id()), "nothing written");
        }
    }
}
