package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.ProjectSession;

/**
 * Durability of acknowledged edits: a child JVM edits a project through the services and is
 * killed with SIGKILL at random moments. After every kill the reopened project holds every
 * acknowledged edit (and at most the one edit that was committed but not yet acknowledged),
 * and SQLite's integrity check passes.
 */
class CrashTest {

    private static final int ROUNDS = 20;
    private static final long SEED = 20261125L;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesSigkill() throws Exception {
        Path file = dir.resolve("crash.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            ProjectFixture.populate(s);
        }
        Random random = new Random(SEED);
        Map<Long, Row> expected = new HashMap<>();
        int acknowledged = 0;
        int unacknowledgedButCommitted = 0;
        long started = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            Path stderr = dir.resolve("child-" + round + ".err");
            ChildJvm child = ChildJvm.start(EditStreamMain.class, dir.resolve("child-" + round + ".log"), stderr,
                    file.toString(), Long.toString(SEED + round));
            boolean killDuringStartup = random.nextInt(5) == 0;
            if (killDuringStartup) {
                Thread.sleep(random.nextInt(400));
            } else {
                if (!child.awaitLine("READY", 20_000)) {
                    child.kill();
                    fail("round " + round + ": child did not start:\n" + Files.readString(stderr));
                }
                Thread.sleep(5 + random.nextInt(250));
            }
            if (!child.isAlive()) {
                fail("round " + round + ": the child stopped by itself:\n" + Files.readString(stderr));
            }
            child.kill();

            EditStream.Step pending = null;
            List<String> printed = child.lines();
            int acksThisRound = 0;
            for (String line : printed) {
                if (line.startsWith("TRY ")) {
                    pending = StepCodec.decode(line.substring(4));
                } else if (line.startsWith("ACK ")) {
                    apply(expected, StepCodec.decode(line.substring(4)));
                    acknowledged++;
                    acksThisRound++;
                    pending = null;
                } else if (line.equals("SKIP")) {
                    pending = null;
                }
            }
            try (ProjectSession reopened = TestProjects.open(file)) {
                assertFalse(reopened.isReadOnly(), "a killed writer leaves no lock behind");
                assertEquals("ok", reopened.integrityCheck(), "round " + round);
                Map<Long, Row> actual = ProjectFixture.allRows(reopened);
                if (!actual.equals(expected)) {
                    assertTrue(pending != null && actual.equals(withPending(expected, pending, actual)),
                            "round " + round + " (startup kill " + killDuringStartup + ", lines " + printed.size() + ", acks " + acksThisRound
                                    + ", stderr " + Files.readString(stderr) + "): the project is neither the acknowledged state nor that state plus the "
                                    + "one edit in flight (" + pending + ")\n" + difference(expected, actual)
                                    + "\nlast lines: " + printed.subList(Math.max(0, printed.size() - 6), printed.size()));
                    expected = actual;
                    unacknowledgedButCommitted++;
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("CrashTest: %d rounds, %d acknowledged edits, %d committed-but-unacknowledged, %d ms%n",
                ROUNDS, acknowledged, unacknowledgedButCommitted, millis);
        assertTrue(acknowledged >= ROUNDS, "the children made too few edits to test anything: " + acknowledged);
    }

    private static String difference(Map<Long, Row> expected, Map<Long, Row> actual) {
        StringBuilder out = new StringBuilder();
        expected.forEach((id, row) -> {
            if (!row.equals(actual.get(id))) {
                out.append("expected ").append(row).append(", found ").append(actual.get(id)).append('\n');
            }
        });
        actual.forEach((id, row) -> {
            if (!expected.containsKey(id)) {
                out.append("unexpected ").append(row).append('\n');
            }
        });
        return out.toString();
    }

    private static void apply(Map<Long, Row> rows, EditStream.Step done) {
        if (done.before() != null) {
            rows.remove(done.before().id());
        }
        if (done.after() != null) {
            rows.put(done.after().id(), done.after());
        }
    }

    /** The acknowledged state plus the edit in flight; a new tag's id is the one id the database added. */
    private static Map<Long, Row> withPending(Map<Long, Row> acknowledged, EditStream.Step pending, Map<Long, Row> actual) {
        Map<Long, Row> out = new HashMap<>(acknowledged);
        Row after = pending.after();
        if (pending.kind() == EditStream.Kind.TAG) {
            List<Long> added = actual.keySet().stream().filter(id -> !acknowledged.containsKey(id)).toList();
            if (added.size() != 1) {
                return acknowledged;
            }
            after = new Row(added.get(0), after.documentId(), after.analystId(), after.labelId(), after.begin(), after.end(), after.note());
        }
        apply(out, new EditStream.Step(pending.kind(), pending.documentId(), pending.analystId(), pending.before(), after, false));
        return out;
    }
}
