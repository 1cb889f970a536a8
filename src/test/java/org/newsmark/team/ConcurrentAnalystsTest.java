package org.newsmark.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.storage.PostgresTeam;

/**
 * Five analysts, each in their own session under their own login, make 1,000 edits each at
 * the same time on one article: every acknowledged edit is there, nothing else, and no tag is
 * in a layer but its writer's.
 */
class ConcurrentAnalystsTest {

    static final int CLIENTS = 5;
    static final int EDITS = 1_000;

    @Test
    void fiveClientsMakingAThousandEditsEachLoseNothingAndWriteOnlyTheirOwnLayer() throws Exception {
        TeamFixture team = new TeamFixture();
        long doc;
        try (ProjectSession admin = team.openAdmin()) {
            doc = admin.documents().add("long", "long.txt", "word ".repeat(600)).document().id();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            names.add("Coder" + i);
            team.add(names.get(i), PostgresTeam.Kind.ANALYST);
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Set<Long>>> acked = new ArrayList<>();
        for (String name : names) {
            acked.add(pool.submit(() -> edit(team, name, doc)));
        }
        pool.shutdown();
        try (ProjectSession admin = team.openAdmin()) {
            int expectedTotal = 0;
            for (int i = 0; i < CLIENTS; i++) {
                Set<Long> expected = acked.get(i).get();
                long analyst = admin.findAnalyst(names.get(i)).orElseThrow().id();
                Set<Long> stored = new HashSet<>();
                admin.annotations().annotations(doc, analyst).forEach(a -> stored.add(a.id()));
                assertEquals(expected, stored, names.get(i) + "'s layer holds exactly the acknowledged tags");
                expectedTotal += expected.size();
            }
            assertEquals(expectedTotal, admin.documents().countsByAnalyst(doc).values().stream().mapToInt(Integer::intValue).sum(),
                    "no tag in any other layer");
        }
    }

    /** 1,000 edits: a tag, and at every fifth edit the delete of the tag before; returns the ids that should remain. */
    private static Set<Long> edit(TeamFixture team, String name, long doc) throws Exception {
        Set<Long> kept = new HashSet<>();
        try (ProjectSession s = team.open(name)) {
            Document d = s.documents().find(doc).orElseThrow();
            var me = s.analyst(s.loginAnalyst().orElseThrow());
            assertEquals(name, me.name());
            Annotation last = null;
            int at = 0;
            for (int i = 0; i < EDITS; i++) {
                if (i % 5 == 4 && last != null) {
                    s.annotations().delete(last);
                    kept.remove(last.id());
                    last = null;
                } else {
                    int begin = (at++ % 599) * 5;
                    var label = s.labels().get(at / 599 % s.labels().size());
                    last = s.annotations().tag(d, me, label, new Span(begin, begin + 4));
                    kept.add(last.id());
                }
            }
        }
        assertTrue(kept.size() > EDITS / 2);
        return kept;
    }
}
