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

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
