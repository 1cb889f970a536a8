package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.service.port.StatusRepository;

/** Article status per analyst in {@code article_status}. */
final class JdbcStatuses implements StatusRepository {

    private final Database db;
    /** Formats before 8 have no statuses: a read-only session on one reads every article as to do. */
    private final int schemaVersion;

    JdbcStatuses(Database db, int schemaVersion) {
        this.db = db;
        this.schemaVersion = schemaVersion;
    }

    @Override
    public void set(long documentId, long analystId, ArticleStatus status) {
        db.write(c -> {
            if (status == ArticleStatus.TODO) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM article_status WHERE document_id = ? AND analyst_id = ?")) {
                    ps.setLong(1, documentId);
                    ps.setLong(2, analystId);
                    return ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_status(document_id, analyst_id, status, updated_at)"
                    + " VALUES (?,?,?,?) ON CONFLICT (document_id, analyst_id) DO UPDATE SET status = excluded.status,"
                    + " updated_at = excluded.updated_at")) {
                ps.setLong(1, documentId);
                ps.setLong(2, analystId);
                ps.setString(3, status.code());
                ps.setString(4, Instant.now().toString());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public ArticleStatus of(long documentId, long analystId) {
        return all(documentId).getOrDefault(documentId, Map.of()).getOrDefault(analystId, ArticleStatus.TODO);
    }

    @Override
    public Map<Long, Map<Long, ArticleStatus>> all() {
        return all(null);
    }

    private Map<Long, Map<Long, ArticleStatus>> all(Long documentId) {
        if (schemaVersion < Schema.STATUS_FROM) {
            return Map.of();
        }
        return db.read(c -> {
            OptionalKeys keys = OptionalKeys.of("document_id", documentId);
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, analyst_id, status FROM article_status" + keys.where())) {
                keys.bind(ps, 1);
                Map<Long, Map<Long, ArticleStatus>> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // the table's CHECK admits only the two stored values
                        ArticleStatus s = ArticleStatus.ofCode(rs.getString(3)).orElse(ArticleStatus.TODO);
                        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), s);
                    }
                }
                return out;
            }
        });
    }
}
