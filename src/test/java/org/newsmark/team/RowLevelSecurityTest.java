package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.storage.PostgresTeam;

/**
 * Each analyst writes only their own layer, enforced by the server: a plain SQL client logged
 * in as Ben changes and deletes none of Ana's tags and cannot insert into her layer or change
 * the codebook; through Newsmark the same is refused with a clear message. An adjudicator writes
 * the consensus; an owner the codebook.
 */
class RowLevelSecurityTest {

    @Test
    void aPlainSqlClientOfOneAnalystCannotChangeAnothersLayerOrTheCodebook() throws Exception {
        TeamFixture team = new TeamFixture();
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        team.add("Ben", PostgresTeam.Kind.ANALYST);
        long doc = team.article("a", TeamFixture.RATES);
        try (ProjectSession ana = team.open("Ana")) {
            assertEquals("Ana", ana.loginAnalyst().orElseThrow(), "the login decides the layer");
            Document d = ana.documents().find(doc).orElseThrow();
            Label claim = ana.labels().get(0);
            ana.annotations().tag(d, ana.analyst("Ana"), claim, new Span(0, 5));
        }
        try (Connection ben = team.sql("Ben"); Statement s = ben.createStatement()) {
            long anaId = scalar(s, "SELECT id FROM analysts WHERE name = 'Ana'");
            assertEquals(0, s.executeUpdate("UPDATE annotations SET note = 'mine now' WHERE analyst_id = " + anaId), "no row changed");
            assertEquals(0, s.executeUpdate("DELETE FROM annotations WHERE analyst_id = " + anaId), "no row deleted");
            assertEquals(0, s.executeUpdate("UPDATE annotations SET analyst_id = (SELECT id FROM analysts WHERE name = 'Ben')"));
            SQLException insert = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO annotations(document_id,"
                    + " analyst_id, label_id, begin_utf16, end_utf16, created_at, updated_at) VALUES (" + doc + ", " + anaId
                    + ", (SELECT min(id) FROM labels), 6, 10, 'x', 'x')"));
            assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
            SQLException codebook = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE labels SET name = 'hijacked'"));
            assertTrue(codebook.getMessage().contains("permission denied"), "the codebook is the owner's: " + codebook.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO tag_counts VALUES (1, 1, 1, 99)"), "counts: triggers only");
            assertEquals(1, scalar(s, "SELECT count(*) FROM annotations"), "Ben reads Ana's tag");
        }
        try (Connection check = team.sql("Ana"); Statement s = check.createStatement()) {
            assertEquals(1, scalar(s, "SELECT count(*) FROM annotations WHERE note = ''"), "Ana's tag is as she left it");
        }
    }

    @Test
    void throughNewsmarkAnotherLayerIsRefusedWithAClearMessageAndTheAdjudicatorWritesConsensus() throws Exception {
        TeamFixture team = new TeamFixture();
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        team.add("Ben", PostgresTeam.Kind.ANALYST);
        team.add("Cleo", PostgresTeam.Kind.ADJUDICATOR);
        long doc = team.article("a", TeamFixture.RATES);
        try (ProjectSession ben = team.open("Ben")) {
            Document d = ben.documents().find(doc).orElseThrow();
            Analyst ana = ben.findAnalyst("Ana").orElseThrow();
            NotSavedException e = assertThrows(NotSavedException.class,
                    () -> ben.annotations().tag(d, ana, ben.labels().get(0), new Span(0, 5)));
            assertEquals(NotSavedException.Reason.NOT_ALLOWED, e.reason());
            assertTrue(e.getMessage().contains("each analyst writes only their own layer"), e.getMessage());
            assertThrows(NotSavedException.class, () -> ben.addLabel("mine", "#123456", null, "not allowed"));
            assertEquals(0, ben.annotations().annotations(doc, ana.id()).size(), "nothing half-written");
        }
        try (ProjectSession cleo = team.open("Cleo")) {
            Document d = cleo.documents().find(doc).orElseThrow();
            Analyst consensus = cleo.analyst("consensus");
            Annotation agreed = cleo.annotations().tag(d, consensus, cleo.labels().get(0), new Span(0, 5));
            assertTrue(agreed.id() > 0, "an adjudicator writes the consensus layer, which no one logs in as");
        }
    }

    @Test
    void suggestionRejectionsAreTheirAnalystsOwnEvenOnAProjectUpgradedFromFormat12() throws Exception {
        TeamFixture team = new TeamFixture();
        // a team project of format 12, as an older Newsmark left it: no rejections table; team init upgrades it
        try (Connection admin = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:"
                + org.newsmark.storage.postgres.TestServer.port() + "/" + team.admin.database() + "?user=postgres");
             Statement s = admin.createStatement()) {
            s.execute("DROP TABLE suggestion_rejections");
            s.execute("DROP SEQUENCE suggestion_rejections_id_seq");
            s.execute("UPDATE project_format SET version = 12");
        }
        assertEquals("Upgraded the team project from format 12 to 13.", PostgresTeam.init(team.admin, null).summary());
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        team.add("Ben", PostgresTeam.Kind.ANALYST);
        long doc = team.article("a", TeamFixture.RATES);
        org.newsmark.domain.suggest.Suggestion three = new org.newsmark.domain.suggest.Suggestion(
                org.newsmark.domain.suggest.SuggestionKind.STATISTIC, new Span(14, 16), 0.9, null, null, null, null, "");
        try (ProjectSession ana = team.open("Ana")) {
            Document d = ana.documents().find(doc).orElseThrow();
            ana.suggestions().reject(d, ana.analyst("Ana"), three);
        }
        try (ProjectSession ben = team.open("Ben")) {
            Document d = ben.documents().find(doc).orElseThrow();
            Analyst ana = ben.findAnalyst("Ana").orElseThrow();
            ben.suggestions().unreject(d, ana, three); // a delete of another layer's rows changes none (0033)
            NotSavedException e = assertThrows(NotSavedException.class, () -> ben.suggestions().reject(d, ana, three),
                    "a rejection in Ana's name");
            assertEquals(NotSavedException.Reason.NOT_ALLOWED, e.reason(), e.getMessage());
            ben.suggestions().reject(d, ben.analyst("Ben"), three);
        }
        try (Connection ben = team.sql("Ben"); Statement s = ben.createStatement()) {
            long anaId = scalar(s, "SELECT id FROM analysts WHERE name = 'Ana'");
            assertEquals(2, scalar(s, "SELECT count(*) FROM suggestion_rejections"), "everyone reads");
            assertEquals(0, s.executeUpdate("DELETE FROM suggestion_rejections WHERE analyst_id = " + anaId), "no row deleted");
            SQLException insert = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO suggestion_rejections(document_id,"
                    + " analyst_id, kind, begin_utf16, end_utf16, text, rejected_at) VALUES (" + doc + ", " + anaId
                    + ", 'claim', 0, 5, 'Rates', 'x')"));
            assertTrue(insert.getMessage().contains("row-level security"), insert.getMessage());
        }
        try (ProjectSession ana = team.open("Ana")) {
            Document d = ana.documents().find(doc).orElseThrow();
            assertEquals(1, org.newsmark.service.TestProjects.store(ana).suggestionRejections().inDocument(doc, ana.analyst("Ana").id())
                    .size(), "Ana's rejection as she left it");
            ana.suggestions().unreject(d, ana.analyst("Ana"), three);
        }
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
