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

    /**
     * Adds {@code count} articles in one transaction: {@code text} with a distinct first line, the
     * outlet {@code outlets[i % outlets.length]} and a published date in one of {@code months}
     * consecutive months from January 2024 (every 20th article without a date). Returns their ids.
     */
    public static List<Long> insertArticles(org.newsmark.service.port.ProjectStore project, int count, String text,
                                            String[] outlets, int months) {
        String now = Instant.parse("2026-01-01T00:00:00Z").toString();
        return ((SqliteProject) project).database().write(c -> {
            List<Long> ids = new java.util.ArrayList<>(count);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents(title, source_name, imported_at, text, sha256,"
                    + " length, outlet, published) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < count; i++) {
                    String t = "Article " + i + "\n" + text;
                    ps.setString(1, "Article " + i);
                    ps.setString(2, "article-" + i + ".txt");
                    ps.setString(3, now);
                    ps.setString(4, t);
                    ps.setString(5, org.newsmark.domain.TextHash.sha256(t));
                    ps.setInt(6, t.length());
                    ps.setString(7, outlets[i % outlets.length]);
                    ps.setString(8, i % 20 == 0 ? null : String.format(java.util.Locale.ROOT, "%04d-%02d-15",
                            2024 + (i % months) / 12, 1 + (i % months) % 12));
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

    /**
     * Adds {@code perArticle} tags to each article in one transaction: tag k at offset 40·k (so no two
     * collide), analysts round-robin, labels drawn at random. Articles must be longer than 40·perArticle + 40.
     */
    public static long insertTagsInBulk(org.newsmark.service.port.ProjectStore project, List<Long> documentIds,
                                        List<Long> analystIds, List<Long> labelIds, int perArticle, long seed) {
        Random random = new Random(seed);
        String now = Instant.parse("2026-01-01T00:00:00Z").toString();
        return ((SqliteProject) project).database().write(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotations(document_id, analyst_id, label_id,"
                    + " begin_utf16, end_utf16, note, fragment_group, created_at, updated_at) VALUES (?,?,?,?,?,'',NULL,?,?)")) {
                for (long doc : documentIds) {
                    for (int k = 0; k < perArticle; k++) {
                        ps.setLong(1, doc);
                        ps.setLong(2, analystIds.get(k % analystIds.size()));
                        ps.setLong(3, labelIds.get(random.nextInt(labelIds.size())));
                        ps.setInt(4, 40 * k);
                        ps.setInt(5, 40 * k + 3 + random.nextInt(30));
                        ps.setString(6, now);
                        ps.setString(7, now);
                        ps.addBatch();
                        if (++n % 5000 == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            return n;
        });
    }

    /**
     * Inserts {@code count} articles in one transaction, article {@code i} with text {@code text(i)},
     * outlet {@code outlet(i)} and published date {@code published(i)}. Returns their ids in order.
     */
    public static List<Long> insertArticlesWith(org.newsmark.service.port.ProjectStore project, int count,
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
