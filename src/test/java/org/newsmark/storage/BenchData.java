package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark data generator only (never used by the application): bulk-inserts annotations in
 * one transaction with one prepared statement, which the service (one commit per tag) cannot do
 * for a million rows in reasonable time. Lives in the storage package because all SQL does.
 */
public final class BenchData {

    private BenchData() {
    }

    /**
     * Inserts {@code count} random tags into document {@code documentId} of length {@code textLength},
     * spread round-robin over {@code analystIds}, labels drawn from {@code labelIds}; spans 3..120
     * characters. Respects UNIQUE(document, analyst, label, begin, end). Returns the number inserted.
     */
    public static int insertRandomAnnotations(org.newsmark.service.port.ProjectStore project, long documentId, int textLength, List<Long> analystIds,
                                              List<Long> labelIds, int count, long seed) {
        Random random = new Random(seed);
        String now = Instant.parse("2026-01-01T00:00:00Z").toString();
        return ((SqliteProject) project).database().write(c -> {
            Set<String> keys = new HashSet<>(count * 2);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotations(document_id, analyst_id, label_id,"
                    + " begin_utf16, end_utf16, note, fragment_group, created_at, updated_at) VALUES (?,?,?,?,?,?,NULL,?,?)")) {
                int n = 0;
                int batch = 0;
                while (n < count) {
                    long analyst = analystIds.get(n % analystIds.size());
                    long label = labelIds.get(random.nextInt(labelIds.size()));
                    int len = 3 + random.nextInt(118);
                    int begin = random.nextInt(Math.max(1, textLength - len));
                    int end = Math.min(textLength, begin + len);
                    if (end <= begin || !keys.add(analyst + "/" + label + "/" + begin + "/" + end)) {
                        continue;
                    }
                    ps.setLong(1, documentId);
                    ps.setLong(2, analyst);
                    ps.setLong(3, label);
                    ps.setInt(4, begin);
                    ps.setInt(5, end);
                    ps.setString(6, (n % 50 == 0) ? "note " + n : "");
                    ps.setString(7, now);
                    ps.setString(8, now);
                    ps.addBatch();
                    n++;
                    if (++batch == 5000) {
                        ps.executeBatch();
                        batch = 0;
                    }
                }
                if (batch > 0) {
                    ps.executeBatch();
                }
                return n;
            }
        });
    }

    /**
     * Inserts {@code count} random links between the tags of one analyst in one document, of the
     * project's link types, each between two tags whose labels its type allows; no link repeated.
     * Returns the number inserted (fewer when the tags allow fewer).
     */
    public static int insertRandomLinks(org.newsmark.service.port.ProjectStore project, long documentId, long analystId, int count,
                                        long seed) {
        Random random = new Random(seed);
        List<org.newsmark.domain.LinkType> types = project.links().types();
        java.util.Map<Long, List<Long>> tagsByLabel = new java.util.HashMap<>();
        for (var a : project.annotations().forDocument(documentId, analystId)) {
            tagsByLabel.computeIfAbsent(a.labelId(), k -> new java.util.ArrayList<>()).add(a.id());
        }
        String now = Instant.parse("2026-01-01T00:00:00Z").toString();
        return ((SqliteProject) project).database().write(c -> {
            Set<String> keys = new HashSet<>(count * 2);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO links(document_id, analyst_id, type_id, from_id, to_id,"
                    + " created_at) VALUES (?,?,?,?,?,?)")) {
                int n = 0;
                for (int tries = 0; n < count && tries < count * 20; tries++) {
                    var type = types.get(random.nextInt(types.size()));
                    List<Long> from = tagsByLabel.getOrDefault(type.fromLabels().get(random.nextInt(type.fromLabels().size())), List.of());
                    List<Long> to = tagsByLabel.getOrDefault(type.toLabels().get(random.nextInt(type.toLabels().size())), List.of());
                    if (from.isEmpty() || to.isEmpty()) {
                        continue;
                    }
                    long f = from.get(random.nextInt(from.size()));
                    long t = to.get(random.nextInt(to.size()));
                    if (f == t || !keys.add(type.id() + "/" + f + "/" + t)) {
                        continue;
                    }
                    ps.setLong(1, documentId);
                    ps.setLong(2, analystId);
                    ps.setLong(3, type.id());
                    ps.setLong(4, f);
                    ps.setLong(5, t);
                    ps.setString(6, now);
                    ps.addBatch();
                    n++;
                }
                ps.executeBatch();
                return n;
            }
        });
    }

    /** Speeds up generation of throw-away benchmark files (not used for the timed edits). */
    public static void fastWrites(org.newsmark.service.port.ProjectStore project, boolean on) {
        ((SqliteProject) project).database().read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = " + (on ? "OFF" : "FULL"));
            }
            return null;
        });
    }
}
