package org.newsmark.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.ServerAddress;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.ProjectChanges;
import org.newsmark.storage.PostgresTeam;
import org.newsmark.storage.postgres.TestServer;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * Issue 17's figures on the embedded (local) server, alone and while four more clients tag: a
 * tag's round trip (service call to commit acknowledged); a change visible in another client (the
 * notice reaching it, then that layer read again, as the view-model does); opening an article
 * with 20,000 tags in the workbench's view-model (text, the layer's tags, attributes, links).
 * Times in nanoseconds.
 */
final class TeamFigures {

    record Figures(List<Long> trip, List<Long> visible, List<Long> open) {
    }

    record Result(Figures alone, Figures busy) {
    }

    private static final List<String> OTHERS = List.of("c1", "c2", "c3", "c5");

    private final ServerAddress admin = TestServer.newProject();
    private long big;
    private long small;

    private TeamFigures() {
    }

    static Result measure() throws Exception {
        TeamFigures t = new TeamFigures();
        t.setUp();
        return t.run();
    }

    private void setUp() throws Exception {
        for (String n : List.of("ana", "ben", "c1", "c2", "c3", "c4", "c5")) {
            PostgresTeam.addAnalyst(admin, null, n, login(n), PostgresTeam.Kind.ANALYST, null);
        }
        try (ProjectSession a = Wiring.projects().openServer(admin, null)) {
            big = a.documents().add("long", "long.txt", NewsmarkBenchmark.article(125_000, 17)).document().id();
            small = a.documents().add("short", "short.txt", NewsmarkBenchmark.article(3_000, 18)).document().id();
            Document d = a.documents().find(big).orElseThrow();
            List<AnnotationService.NewTag> tags = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                tags.add(new AnnotationService.NewTag(a.labels().get(i % 4), new Span(i * 6, i * 6 + 4), null));
            }
            a.annotations().tagAll(d, a.analyst("c4"), tags, "bench");
        }
    }

    private Result run() throws Exception {
        try (ProjectSession ana = open("ana"); ProjectSession ben = open("ben"); ProjectSession reader = open("c4")) {
            Document d = ana.documents().find(big).orElseThrow();
            Analyst me = ana.analyst("ana");
            BlockingQueue<Long> seen = new ArrayBlockingQueue<>(100_000);
            ben.listen(new ProjectChanges() {
                @Override public void layerChanged(long documentId, long analystId) {
                    if (analystId == me.id()) {
                        ben.annotations().annotations(documentId, analystId); // what the shown layer's reload reads
                        seen.add(System.nanoTime());
                    }
                }
                @Override public void decisionsChanged(long documentId) { }
                @Override public void connection(boolean up, String message) { }
            });
            WorkbenchViewModel vm = new WorkbenchViewModel(reader, reader.analyst("c4"), new ImmediateTasks(), new ScriptedDialogs());
            Figures alone = figures(ana, d, me, seen, vm, 0);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService others = Executors.newFixedThreadPool(OTHERS.size());
            List<Future<Integer>> tagging = new ArrayList<>();
            for (String n : OTHERS) {
                tagging.add(others.submit(() -> tagUntil(stop, n)));
            }
            Thread.sleep(500);
            Figures busy = figures(ana, d, me, seen, vm, 400);
            stop.set(true);
            int made = 0;
            for (Future<Integer> f : tagging) {
                made += f.get(5, TimeUnit.MINUTES);
            }
            others.shutdown();
            if (made < 1000) {
                throw new IllegalStateException("the other clients made only " + made + " tags: the load was not there");
            }
            return new Result(alone, busy);
        }
    }

    /** 50 warm-up and 300 measured tags of Ana's, each awaited in Ben's session; then 6 opens (the first dropped). */
    private Figures figures(ProjectSession ana, Document d, Analyst me, BlockingQueue<Long> seen, WorkbenchViewModel vm, int from)
            throws Exception {
        List<Long> trip = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        for (int i = from; i < from + 350; i++) {
            seen.clear();
            long t0 = System.nanoTime();
            ana.annotations().tag(d, me, ana.labels().get(0), new Span(i * 6, i * 6 + 4));
            long t1 = System.nanoTime();
            Long got = seen.poll(5, TimeUnit.SECONDS);
            if (got == null) {
                throw new IllegalStateException("Ben never saw Ana's tag " + i);
            }
            if (i >= from + 50) {
                trip.add(t1 - t0);
                visible.add(got - t0);
            }
        }
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            vm.openDocument(small);
            long t0 = System.nanoTime();
            vm.openDocument(big);
            long t = System.nanoTime() - t0;
            if (vm.annotations().size() != 20_000) {
                throw new IllegalStateException(vm.annotations().size() + " tags shown");
            }
            if (i > 0) {
                open.add(t);
            }
        }
        return new Figures(trip, visible, open);
    }

    private int tagUntil(AtomicBoolean stop, String name) throws Exception {
        try (ProjectSession s = open(name)) {
            Analyst who = s.analyst(name);
            Document d = s.documents().find(big).orElseThrow();
            int i = 0;
            while (!stop.get() && i < 20_000) {
                s.annotations().tag(d, who, s.labels().get(1), new Span(i * 6, i * 6 + 4));
                i++;
            }
            return i;
        }
    }

    private ProjectSession open(String name) throws Exception {
        return Wiring.projects().openServer(admin.as(login(name)), null);
    }

    private String login(String name) {
        return admin.database() + "_" + name;
    }
}
