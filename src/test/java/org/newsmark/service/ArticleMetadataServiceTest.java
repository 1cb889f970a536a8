package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;

/** Setting metadata: checked whole first; a deleted article comes back with it; read-only and vanished articles refused. */
class ArticleMetadataServiceTest {

    @TempDir
    Path dir;

    @Test
    void aDeletedArticleComesBackWithItsMetadata() throws Exception {
        TestProjects.assumeFile("a deleted article is final in a team project (TeamArticleDeleteTest)");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document d = s.documents().add("Bridge", "a.txt", "The mayor said the bridge will close.").document();
            ArticleMetadata m = new ArticleMetadata("Harbour Gazette", "Ilse Marten", "2024-02-08", null, "en", Map.of("wave", "1"));
            s.metadata().set(d.id(), m);
            assertEquals(List.of("wave"), s.metadata().fields(), "declared by the first value");
            DocumentService.DeletedArticle gone = s.documents().delete(d.id());
            assertEquals(ArticleMetadata.EMPTY, s.metadata().of(d.id()));
            s.documents().restore(gone);
            assertEquals(m, s.metadata().of(d.id()));
            assertThrows(ArticleRefusedException.class, () -> s.metadata().set(d.id() + 1, m), "no such article");
            assertThrows(ArticleRefusedException.class, () -> s.metadata().set(d.id(), m.with("language", "english please")));
            assertThrows(ArticleRefusedException.class, () -> s.metadata().set(d.id(), m.with("bad\u0007field", "x")));
            assertEquals(m, s.metadata().of(d.id()), "refusals change nothing");
        }
        try (ProjectSession ro = TestProjects.openReadOnly(dir.resolve("p.newsmark"))) {
            long id = ro.documents().summaries(null).get(0).id();
            assertEquals("Harbour Gazette", ro.metadata().of(id).outlet());
            assertThrows(AnnotationConflictException.class, () -> ro.metadata().set(id, ArticleMetadata.EMPTY));
        }
    }

    @Test
    void aMergedProjectsNewArticlesBringTheirMetadataOursKeepOurs() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestProjects.onServer(), "a merge reads another project file");
        Path other = dir.resolve("other.newsmark");
        String shared = "The mayor said the bridge will close.";
        try (ProjectSession o = TestProjects.create(other)) {
            Document a = o.documents().add("Shared", "a.txt", shared).document();
            Document b = o.documents().add("Theirs", "b.txt", "The council voted, said a spokeswoman.").document();
            o.metadata().set(a.id(), ArticleMetadata.EMPTY.with("outlet", "Their Outlet"));
            o.metadata().set(b.id(), ArticleMetadata.EMPTY.with("author", "Ben Ott").with("desk", "Local"));
            o.annotations().tag(b, o.analyst("Cleo"), o.labels().get(0), new org.newsmark.domain.Span(0, 3));
        }
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document ours = s.documents().add("Shared", "a.txt", shared).document();
            s.metadata().set(ours.id(), ArticleMetadata.EMPTY.with("outlet", "Our Outlet"));
            s.merges().merge(other, ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            assertEquals("Our Outlet", s.metadata().of(ours.id()).outlet());
            long theirs = s.documents().summaries(null).stream().filter(d -> d.title().equals("Theirs")).findFirst().orElseThrow().id();
            assertEquals(ArticleMetadata.EMPTY.with("author", "Ben Ott").with("desk", "Local"), s.metadata().of(theirs));
            assertEquals(List.of("desk"), s.metadata().fields());
        }
    }
}
