package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Document;
import org.newsmark.domain.ServerAddress;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectChanges;
import org.newsmark.storage.PostgresTeam;
import org.newsmark.storage.postgres.TestServer;

/**
 * The network goes silent (no reset, no error) in the middle of an edit: the live watch's
 * heartbeat notices within seconds, the edit waiting on the server fails as not saved instead of
 * hanging, and the session reconnects by itself once the network is back.
 */
class SilentNetworkTest {

    @Test
    void aSilentNetworkIsNoticedTheWaitingEditFailsAsNotSavedAndTheSessionReconnects() throws Exception {
        TeamFixture team = new TeamFixture();
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        long doc = team.article("a", "word ".repeat(100));
        BlockingQueue<Boolean> connection = new ArrayBlockingQueue<>(10);
        try (SilentNetwork net = new SilentNetwork(TestServer.port());
             ProjectSession s = Wiring.projects().openServer(
                     new ServerAddress(team.login("Ana"), "localhost", net.port(), team.admin.database()), null)) {
            s.listen(new ProjectChanges() {
                @Override public void layerChanged(long documentId, long analystId) { }
                @Override public void decisionsChanged(long documentId) { }
                @Override public void connection(boolean up, String message) { connection.add(up); }
            });
            Document d = s.documents().find(doc).orElseThrow();
            var me = s.analyst("Ana");
            s.annotations().tag(d, me, s.labels().get(0), new Span(0, 4));

            net.freeze();
            long t0 = System.nanoTime();
            CompletableFuture<Object> edit = CompletableFuture.supplyAsync(() -> {
                try {
                    return s.annotations().tag(d, me, s.labels().get(0), new Span(5, 9));
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Object got = edit.get(30, TimeUnit.SECONDS); // without the heartbeat: two minutes, the socket's backstop
            double waited = (System.nanoTime() - t0) / 1e9;
            NotSavedException lost = (NotSavedException) got;
            assertEquals(NotSavedException.Reason.CONNECTION_LOST, lost.reason());
            assertEquals(Boolean.FALSE, connection.poll(5, TimeUnit.SECONDS), "the loss is told");
            assertTrue(waited < 15, "noticed in " + waited + " s");
            System.out.printf("[silent network] the waiting edit failed as not saved after %.1f s%n", waited);

            net.thaw();
            assertEquals(Boolean.TRUE, connection.poll(30, TimeUnit.SECONDS), "back by itself");
            assertNotNull(s.annotations().tag(d, me, s.labels().get(0), new Span(10, 14)));
            assertEquals(2, s.annotations().annotations(doc, me.id()).size(), "the edit not acknowledged is not there");
        }
    }
}
