package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * Issue 15: links are durable like every edit. A child JVM links, unlinks, and deletes a linked
 * tag and undoes that, and is killed with SIGKILL at random moments; after every kill the
 * reopened project holds every acknowledged link (and at most the one edit in flight), each
 * tag deleted and brought back has its links again, and the integrity check passes.
 */
class LinkCrashTest {

    private static final int ROUNDS = 8;
    private static final long SEED = 20261202L;

    @TempDir
    Path dir;

    /** What the acknowledged edits say the project holds: the links (from, to) and how many tags. */
    private static final class State {
        final Set<String> links = new HashSet<>();
        final Map<String, Set<String>> deletedWith = new HashMap<>();
        int tags = 40;

        State copy() {
            State c = new State();
            c.links.addAll(links);
            deletedWith.forEach((k, v) -> c.deletedWith.put(k, new HashSet<>(v)));
            c.tags = tags;
            return c;
        }

        void apply(String edit) {
            String[] p = edit.split(" ");
            switch (p[0]) {
                case "link" -> links.add(p[1] + " " + p[2]);
                case "unlink" -> links.remove(p[1] + " " + p[2]);
                case "delete" -> {
                    Set<String> gone = links.stream().filter(l -> l.startsWith(p[1] + " ")).collect(Collectors.toSet());
                    links.removeAll(gone);
                    deletedWith.put(p[1], gone);
                    tags--;
                }
                case "undo" -> {
                    links.addAll(deletedWith.remove(p[1]));
                    tags++;
                }
                default -> throw new IllegalArgumentException(edit);
            }
        }
    }

    @Test
    void everyAcknowledgedLinkSurvivesSigkill() throws Exception {
        Path file = dir.resolve("links.newsmark");
        try (ProjectSession s = TestProjects.create(file)) {
            String text = "word ".repeat(400);
            Document d = s.documents().add("Words", "w.txt", text).document();
            var ana = s.analyst("Ana");
            for (int i = 0; i < 40; i++) {
                s.annotations().tag(d, ana, s.labels().get(i % 2), new Span(i * 10, i * 10 + 4));
            }
        }
        Random random = new Random(SEED);
        State expected = new State();
        int acknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path stderr = dir.resolve("child-" + round + ".err");
            ChildJvm child = ChildJvm.start(LinkStreamMain.class, dir.resolve("child-" + round + ".log"), stderr,
                    file.toString(), Long.toString(SEED + round));
            if (!child.awaitLine("READY", 20_000)) {
                child.kill();
                fail("round " + round + ": the child did not start:\n" + Files.readString(stderr));
            }
            Thread.sleep(50 + random.nextInt(400));
            if (!child.isAlive()) {
                fail("round " + round + ": the child stopped by itself:\n" + Files.readString(stderr));
            }
            child.kill();
            String pending = null;
            for (String line : child.lines()) {
                if (line.startsWith("TRY ")) {
                    pending = line.substring(4);
                } else if (line.startsWith("ACK ")) {
                    expected.apply(line.substring(4));
                    acknowledged++;
                    pending = null;
                } else if (line.equals("SKIP")) {
                    pending = null;
                }
            }
            try (ProjectSession reopened = TestProjects.open(file)) {
                assertFalse(reopened.isReadOnly());
                assertEquals("ok", reopened.integrityCheck(), "round " + round);
                var docId = reopened.documents().summaries(null).get(0).id();
                var ana = reopened.findAnalyst("Ana").orElseThrow();
                int tags = reopened.annotations().annotations(docId, ana.id()).size();
                Set<String> links = reopened.annotations().links(docId, ana.id()).stream()
                        .map(l -> l.fromTagId() + " " + l.toTagId()).collect(Collectors.toSet());
                boolean asAcknowledged = links.equals(expected.links) && tags == expected.tags;
                if (!asAcknowledged) {
                    State committed = expected.copy();
                    assertTrue(pending != null, "round " + round + ": nothing in flight, yet links " + links + " and " + tags
                            + " tags differ from the acknowledged " + expected.links + " and " + expected.tags);
                    committed.apply(pending);
                    assertEquals(committed.links, links, "round " + round + ": neither the acknowledged links nor those plus " + pending);
                    assertEquals(committed.tags, tags, "round " + round);
                    expected = committed;
                }
            }
        }
        assertTrue(acknowledged > 20, "the children made edits: " + acknowledged);
    }
}
