package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Document;
import org.newsmark.domain.ServerAddress;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectChanges;
import org.newsmark.storage.PostgresTeam;

/**
 * The server stops in the middle of an analyst's edits and starts again: the session says so at
 * once, refuses edits meanwhile (never shows one as saved), keeps the article readable from what
 * it holds, reconnects by itself, and every acknowledged edit is on the server afterwards.
 */
class ServerRestartTest {

    @TempDir
    Path data;

    @Test
    void aStoppedServerIsSaidAtOnceEditsAreRefusedAndTheSessionReconnectsByItself() throws Exception {
        EmbeddedPostgres server = start(0);
        int port = server.getPort();
        ServerAddress a = new ServerAddress("postgres", "localhost", port, "restart");
        PostgresTeam.init(a, null);
        BlockingQueue<Boolean> connection = new ArrayBlockingQueue<>(10);
        Set<Long> acked = new HashSet<>();
        try (ProjectSession s = Wiring.projects().openServer(a, null)) {
            s.listen(new ProjectChanges() {
                @Override public void layerChanged(long documentId, long analystId) { }
                @Override public void decisionsChanged(long documentId) { }
                @Override public void connection(boolean up, String message) { connection.add(up); }
            });
            Document d = s.documents().add("a", "a.txt", "word ".repeat(400)).document();
            var me = s.analyst("Ana");
            for (int i = 0; i < 50; i++) {
                acked.add(s.annotations().tag(d, me, s.labels().get(0), new Span(i * 5, i * 5 + 4)).id());
            }
            server.close();
            assertEquals(Boolean.FALSE, connection.poll(3, TimeUnit.SECONDS), "the loss is told at once");
            NotSavedException refused = assertThrows(NotSavedException.class,
                    () -> s.annotations().tag(d, me, s.labels().get(0), new Span(300, 304)));
            assertEquals(NotSavedException.Reason.CONNECTION_LOST, refused.reason());
            assertTrue(refused.getMessage().contains("not saved"), refused.getMessage());
            assertEquals(400 * 5, d.text().length(), "the article on screen stays readable");

            server = start(port);
            assertEquals(Boolean.TRUE, connection.poll(15, TimeUnit.SECONDS), "reconnected by itself");
            for (int i = 50; i < 60; i++) {
                acked.add(s.annotations().tag(d, me, s.labels().get(0), new Span(i * 5, i * 5 + 4)).id());
            }
            Set<Long> stored = new HashSet<>();
            s.annotations().annotations(d.id(), me.id()).forEach(x -> stored.add(x.id()));
            assertEquals(acked, stored, "every acknowledged edit, and the refused one not");
        } finally {
            server.close();
        }
    }

    private EmbeddedPostgres start(int port) throws Exception {
        EmbeddedPostgres.Builder b = EmbeddedPostgres.builder().setDataDirectory(data.resolve("pg")).setCleanDataDirectory(false);
        if (port > 0) {
            b.setPort(port);
        }
        return b.start();
    }
}
