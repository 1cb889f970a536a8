package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.ArticleRefusedException;
import org.newsmark.service.DocumentService;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.storage.PostgresTeam;

/** An article deleted in a team project goes whole, by the owner only, and is said to be final. */
class TeamArticleDeleteTest {

    @Test
    void theOwnerDeletesAnArticleWithEveryonesWorkAndAnAnalystMayNot() throws Exception {
        TeamFixture team = new TeamFixture();
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        team.add("Ben", PostgresTeam.Kind.ANALYST);
        team.add("Olga", PostgresTeam.Kind.OWNER);
        long doc = team.article("a", TeamFixture.RATES);
        team.article("b", "Another article stays.");
        try (ProjectSession ana = team.open("Ana")) {
            AnnotationService s = ana.annotations();
            Document d = ana.documents().find(doc).orElseThrow();
            Label claim = ana.codebook().codebook().label("claim").orElseThrow();
            Label statistic = ana.codebook().codebook().label("statistic").orElseThrow();
            LinkType supports = s.linkTypes().stream().filter(t -> t.name().equals("supports")).findFirst().orElseThrow();
            Annotation c = s.tag(d, ana.analyst("Ana"), claim, new Span(0, 5));
            Annotation n = s.tag(d, ana.analyst("Ana"), statistic, new Span(14, 16));
            s.link(n, c, supports); // a link: what made the owner's delete fail on a foreign key before
        }
        try (ProjectSession ben = team.open("Ben")) {
            Document d = ben.documents().find(doc).orElseThrow();
            ben.annotations().tag(d, ben.analyst("Ben"), ben.labels().get(0), new Span(0, 5));
            NotSavedException refused = assertThrows(NotSavedException.class, () -> ben.documents().delete(doc));
            assertEquals(NotSavedException.Reason.NOT_ALLOWED, refused.reason());
            assertTrue(refused.getMessage().contains("owners the codebook and the articles"), refused.getMessage());
            assertEquals(3, ben.documents().preview(doc).orElseThrow().tags().size(), "nothing of it went");
        }
        try (ProjectSession olga = team.open("Olga")) {
            DocumentService documents = olga.documents();
            assertFalse(documents.canRestoreDeleted(), "final in a team project");
            DocumentService.DeletedArticle gone = documents.delete(doc);
            assertEquals(3, gone.tags().size());
            assertEquals(2, gone.analystCount());
            assertTrue(documents.find(doc).isEmpty());
            assertEquals(1, documents.summaries(null).size(), "the other article stays");
            assertThrows(ArticleRefusedException.class, () -> documents.restore(gone));
        }
        try (ProjectSession admin = team.openAdmin()) {
            assertTrue(admin.documents().countsByAnalyst(doc).isEmpty(), "no tag of it left");
            assertEquals("ok", admin.integrityCheck());
        }
    }
}
