package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.domain.Decision;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.AdjudicationService;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.Comparison;
import org.newsmark.service.ProjectSession;
import org.newsmark.storage.PostgresTeam;

/** Issue 17: two adjudicators deciding the same pair: the second is told, nothing is overwritten. */
class TwoAdjudicatorsTest {

    final TeamFixture team = new TeamFixture();
    long doc;

    void setUp() throws Exception {
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        team.add("Ben", PostgresTeam.Kind.ANALYST);
        team.add("Cleo", PostgresTeam.Kind.ADJUDICATOR);
        team.add("Dan", PostgresTeam.Kind.ADJUDICATOR);
        try (ProjectSession admin = team.openAdmin()) {
            doc = admin.documents().add("a", "a.txt", "Rates rose by 3% in May, the bank said.").document().id();
            admin.analyst(AdjudicationService.DEFAULT_CONSENSUS);
        }
        for (String[] who : new String[][] {{"Ana", "0"}, {"Ben", "1"}}) {
            try (ProjectSession s = team.open(who[0])) {
                Document d = s.documents().find(doc).orElseThrow();
                s.annotations().tag(d, s.analyst(who[0]), s.labels().get(Integer.parseInt(who[1])), new Span(0, 5));
            }
        }
    }

    /** One adjudicator's open compare view: its comparison and the one disagreement in it. */
    final class Judge implements AutoCloseable {
        final ProjectSession session;
        final AdjudicationService adjudication;
        final Comparison comparison;
        final AlignedPair pair;
        final Document document;

        Judge(String name) throws Exception {
            session = team.open(name);
            adjudication = session.adjudication(AdjudicationService.DEFAULT_CONSENSUS);
            comparison = session.comparisons().compare("Ana", "Ben", doc);
            pair = comparison.pairsOf(doc).get(0);
            document = session.documents().find(doc).orElseThrow();
        }

        /** Decides as the screen showed the pair: undecided. */
        Object decide(Decision decision) {
            try {
                return adjudication.decide(comparison, document, pair, decision, Optional.empty());
            } catch (RuntimeException e) {
                return e;
            }
        }

        Optional<Decision> recorded() {
            return adjudication.decisionOn(comparison, doc, pair).map(x -> x.decision());
        }

        @Override
        public void close() {
            session.close();
        }
    }

    @Test
    void theSecondAdjudicatorIsToldAndTheFirstDecisionStands() throws Exception {
        setUp();
        try (Judge cleo = new Judge("Cleo"); Judge dan = new Judge("Dan")) {
            assertTrue(cleo.decide(Decision.ACCEPT_A) instanceof List, "Cleo decides first");
            AnnotationConflictException told = assertInstanceOf(AnnotationConflictException.class, dan.decide(Decision.ACCEPT_B));
            assertTrue(told.getMessage().contains("Another adjudicator decided this pair meanwhile (accept a)"), told.getMessage());
            assertEquals(Optional.of(Decision.ACCEPT_A), dan.recorded(), "Cleo's decision stands");
            assertEquals(1, consensusTags(dan), "Dan wrote no tag");
        }
    }

    /**
     * Both decide at the same moment. A plain SQL client holds the decisions table so that both
     * writes are in flight at once; each adjudicator has read the pair undecided when it is let
     * go. The pair lock makes them take turns: one decision, one refusal that says so, one tag.
     */
    @Test
    void decidingAtTheSameMomentTheyTakeTurns() throws Exception {
        setUp();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try (Judge cleo = new Judge("Cleo"); Judge dan = new Judge("Dan");
             Connection holder = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:"
                     + org.newsmark.storage.postgres.TestServer.port() + "/" + team.admin.database() + "?user=postgres")) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.execute("LOCK TABLE adjudication_decisions IN EXCLUSIVE MODE");
            }
            List<Future<Object>> results = new ArrayList<>();
            results.add(two.submit(() -> cleo.decide(Decision.ACCEPT_A)));
            results.add(two.submit(() -> dan.decide(Decision.ACCEPT_B)));
            awaitWaiting(holder, 2);
            holder.commit();
            int decided = 0;
            int refused = 0;
            for (Future<Object> r : results) {
                Object got = r.get(30, TimeUnit.SECONDS);
                if (got instanceof List) {
                    decided++;
                } else if (got instanceof AnnotationConflictException e && e.getMessage().contains("Another adjudicator decided")) {
                    refused++;
                } else {
                    fail("neither a decision nor a clear refusal: " + got);
                }
            }
            assertEquals(1, decided);
            assertEquals(1, refused);
            assertEquals(1, consensusTags(cleo), "one tag in consensus: the refused side wrote none");
            assertTrue(cleo.recorded().isPresent());
        } finally {
            two.shutdownNow();
        }
    }

    private static int consensusTags(Judge j) {
        return j.adjudication.consensusTags(j.document).size();
    }

    /** Until {@code n} other sessions wait on a lock (the table held, or the pair). */
    private static void awaitWaiting(Connection c, int n) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                         + " AND datname = current_database() AND pid <> pg_backend_pid()")) {
                rs.next();
                if (rs.getInt(1) >= n) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        fail("the two decisions never both reached the database");
    }
}
