package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.cli.NewsmarkCli;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.SampleProject;
import org.newsmark.service.port.ProjectChanges;
import org.newsmark.storage.PostgresTeam;
import org.newsmark.storage.postgres.TestServer;

/** Live updates between two analysts' sessions, and push then pull giving back the same exports, byte for byte. */
class LiveAndCopyTest {

    @TempDir
    Path dir;

    @Test
    void anotherAnalystsNewChangedAndDeletedTagsReachAListeningSessionWithinASecond() throws Exception {
        TeamFixture team = new TeamFixture();
        team.add("Ana", PostgresTeam.Kind.ANALYST);
        team.add("Ben", PostgresTeam.Kind.ANALYST);
        long doc;
        try (ProjectSession admin = team.openAdmin()) {
            doc = admin.documents().add("a", "a.txt", "Rates rose by 3% in May, the bank said.").document().id();
        }
        BlockingQueue<long[]> seen = new ArrayBlockingQueue<>(100);
        try (ProjectSession ana = team.open("Ana"); ProjectSession ben = team.open("Ben")) {
            ben.listen(new ProjectChanges() {
                @Override public void layerChanged(long documentId, long analystId) { seen.add(new long[] {documentId, analystId}); }
                @Override public void decisionsChanged(long documentId) { }
                @Override public void connection(boolean up, String message) { }
            });
            ana.listen(new ProjectChanges() {
                @Override public void layerChanged(long documentId, long analystId) { throw new AssertionError("its own change is no news"); }
                @Override public void decisionsChanged(long documentId) { }
                @Override public void connection(boolean up, String message) { }
            });
            Document d = ana.documents().find(doc).orElseThrow();
            var anaAnalyst = ana.analyst("Ana");
            long start = System.nanoTime();
            var tag = ana.annotations().tag(d, anaAnalyst, ana.labels().get(0), new Span(0, 5));
            long[] first = seen.poll(1, TimeUnit.SECONDS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(first != null, "a new tag is told within a second");
            assertEquals(doc, first[0]);
            assertEquals(anaAnalyst.id(), first[1]);
            assertEquals(1, ben.annotations().annotations(doc, anaAnalyst.id()).size(), "and Ben reads it (" + millis + " ms)");
            ana.annotations().setNote(tag, "changed");
            assertTrue(seen.poll(1, TimeUnit.SECONDS) != null, "a changed tag is told");
            ana.annotations().delete(ana.annotations().annotations(doc, anaAnalyst.id()).get(0));
            assertTrue(seen.poll(1, TimeUnit.SECONDS) != null, "a deleted tag is told");
            assertEquals(0, ben.annotations().annotations(doc, anaAnalyst.id()).size());
        }
    }

    @Test
    void pushThenPullExportsTheSameBytesAsTheOriginal() throws Exception {
        Path original = dir.resolve("sample.newsmark");
        SampleProject.ensure(Wiring.projects(), original);
        var server = TestServer.admin("push_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000);
        Cli push = cli("push", original.toString(), server.toString());
        assertEquals(0, push.code(), push.out());
        Path pulled = dir.resolve("pulled.newsmark");
        Cli pull = cli("pull", server.toString(), pulled.toString());
        assertEquals(0, pull.code(), pull.out());
        for (String format : List.of("csv", "jsonl", "brat")) {
            Path a = dir.resolve("original-" + format);
            Path b = dir.resolve("pulled-" + format);
            Path c = dir.resolve("server-" + format);
            assertEquals(0, cli("export", original.toString(), "--format", format, "--out", a.toString()).code());
            assertEquals(0, cli("export", pulled.toString(), "--format", format, "--out", b.toString()).code());
            Cli fromServer = cli("export", server.toString(), "--format", format, "--out", c.toString());
            assertEquals(0, fromServer.code(), fromServer.out());
            assertSameTree(a, b);
            assertSameTree(a, c);
        }
        Cli again = cli("push", original.toString(), server.toString());
        assertEquals(1, Math.min(1, again.code()), "a second push into a project with articles is refused");
        assertTrue(again.out().contains("already holds articles"), again.out());
    }

    private static void assertSameTree(Path a, Path b) throws Exception {
        if (Files.isRegularFile(a)) {
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), a + " and " + b);
            return;
        }
        List<Path> files;
        try (var s = Files.walk(a)) {
            files = s.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "something was exported to " + a);
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        }
    }

    record Cli(int code, String out) {
    }

    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        int code = NewsmarkCli.execute(args, w, w);
        return new Cli(code, out.toString());
    }
}
