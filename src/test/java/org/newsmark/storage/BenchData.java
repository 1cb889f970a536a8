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

    /** Speeds up generation of throw-away benchmark files (not used for the timed edits). */
    public static void fastWrites(org.newsmark.service.port.ProjectStore project, boolean on) {
        ((SqliteProject) project).database().read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = " + (on ? "OFF" : "FULL"));
            }
            return null;
        });
    }

    /**
     * Inserts {@code count} articles in one transaction, article {@code i} with text {@code text(i)},
     * outlet {@code outlet(i)} and published date {@code published(i)}. Returns their ids in order.
     */
    public static List<Long> insertArticles(org.newsmark.service.port.ProjectStore project, int count,
                                            java.util.function.IntFunction<String> text, java.util.function.IntFunction<String> outlet,
                                            java.util.function.IntFunction<String> published) {
        String now = Instant.parse("2026-01-01T00:00:00Z").toString();
        return ((SqliteProject) project).database().write(c -> {
            List<Long> ids = new java.util.ArrayList<>(count);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents(id, title, source_name, imported_at, text, sha256,"
                    + " length, outlet, published) VALUES ((SELECT ifnull(max(id), 0) + 1 FROM documents),?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    String t = text.apply(i);
                    ps.setString(1, "Article " + i + " " + t.substring(0, Math.min(40, t.length())).strip());
                    ps.setString(2, "gen");
                    ps.setString(3, now);
                    ps.setString(4, t);
                    ps.setString(5, org.newsmark.domain.TextHash.sha256(t));
                    ps.setInt(6, t.length());
                    ps.setString(7, outlet.apply(i));
                    ps.setString(8, published.apply(i));
                    ps.executeUpdate();
                    try (var keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** Gives each analyst a random status (a third done, a tenth in progress) of each article, in one transaction. */
    public static void insertStatuses(org.newsmark.service.port.ProjectStore project, List<Long> documentIds, List<Long> analystIds,
                                      long seed) {
        Random random = new Random(seed);
        ((SqliteProject) project).database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article_status(document_id, analyst_id, status, updated_at) VALUES (?,?,?,'2026-01-01T00:00:00Z')")) {
                for (long d : documentIds) {
                    for (long a : analystIds) {
                        int r = random.nextInt(30);
                        if (r < 13) {
                            ps.setLong(1, d);
                            ps.setLong(2, a);
                            ps.setString(3, r < 10 ? "done" : "in-progress");
                            ps.addBatch();
                        }
                    }
                }
                return ps.executeBatch().length;
            }
        });
    }
}
