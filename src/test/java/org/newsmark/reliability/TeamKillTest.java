package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.ProjectSession;
import org.newsmark.storage.PostgresTeam;
import org.newsmark.storage.postgres.TestServer;

/** An analyst's Newsmark killed with SIGKILL in the middle of tagging a team project: every acknowledged tag is on the server. */
class TeamKillTest {

    @TempDir
    Path dir;

    @Test
    void aClientKilledMidEditLosesNoAcknowledgedTag() throws Exception {
        ServerAddress admin = TestServer.newProject();
        String login = admin.database() + "_ana";
        PostgresTeam.addAnalyst(admin, null, "Ana", login, PostgresTeam.Kind.ANALYST, null);
        long doc;
        try (ProjectSession s = Wiring.projects().openServer(admin, null)) {
            doc = s.documents().add("a", "a.txt", "x".repeat(3000)).document().id();
        }
        ChildJvm child = ChildJvm.start(TeamEditMain.class, dir.resolve("log"), dir.resolve("err"), admin.as(login).toString(),
                Long.toString(doc));
        assertTrue(child.awaitLine("READY", 60_000), "the child started");
        long deadline = System.currentTimeMillis() + 60_000;
        while (child.lines().size() < 200 && System.currentTimeMillis() < deadline && child.isAlive()) {
            Thread.sleep(10);
        }
        child.kill();
        Set<Long> acked = new HashSet<>();
        child.lines().stream().filter(l -> l.startsWith("ACK ")).forEach(l -> acked.add(Long.parseLong(l.substring(4))));
        assertTrue(acked.size() >= 100, "killed mid-stream, after " + acked.size() + " tags");
        try (ProjectSession s = Wiring.projects().openServer(admin, null)) {
            long ana = s.findAnalyst("Ana").orElseThrow().id();
            Set<Long> stored = new HashSet<>();
            s.annotations().annotations(doc, ana).forEach(a -> stored.add(a.id()));
            assertTrue(stored.containsAll(acked), "every acknowledged tag is stored");
            assertTrue(stored.size() <= acked.size() + 1, "at most the one in flight besides: " + stored.size() + " vs " + acked.size());
        }
    }
}
