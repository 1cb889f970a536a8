package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.TextHash;
import org.newsmark.service.port.DocumentRepository;

/**
 * Articles in the {@code documents} table. From format 9 each text is also in the corpus index, written
 * in the same transaction as the row, so the index never names an article the file lacks or misses one.
 */
final class JdbcDocuments implements DocumentRepository {

    private final Database db;
    private final boolean indexed;
    private final int schemaVersion;
    /** Whether the project keeps article versions (format 12): replaced versions leave the article list. */
    private final boolean versions;
    /** The highest id deleted while this store is open: a new document never takes it (see {@link #delete}). */
    private long highestDeleted;

    JdbcDocuments(Database db, int schemaVersion) {
        this.db = db;
        this.indexed = schemaVersion >= Schema.CORPUS_INDEX_FROM;
        this.schemaVersion = schemaVersion;
        this.versions = schemaVersion >= Schema.VERSIONS_FROM;
    }

    @Override
    public Document insert(String title, String sourceName, String text) {
        Instant now = Instant.now();
        String sha = TextHash.sha256(text);
        long floor = highestDeleted;
        long id = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO documents(id, title, source_name, imported_at, text, sha256, length)"
                            + " VALUES ((SELECT CASE WHEN coalesce(max(id), 0) > ? THEN coalesce(max(id), 0) ELSE ? END + 1 FROM documents),?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, floor);
                ps.setLong(2, floor);
                ps.setString(3, title);
                ps.setString(4, sourceName);
                ps.setString(5, now.toString());
                ps.setString(6, text);
                ps.setString(7, sha);
                ps.setInt(8, text.length());
                ps.executeUpdate();
                long fresh;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    fresh = keys.getLong(1);
                }
                index(c, fresh, text);
                return fresh;
            }
        });
        return new Document(id, title, sourceName, now, text, sha);
    }

    @Override
    public boolean rename(long id, String title) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET title = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** On a team server: whole, with every analyst's work, through the owner's function (see PostgresTeamSchema). */
    private boolean deleteOnServer(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT newsmark_delete_document(?)")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1); // its corpus_index row goes by the cascade
            }
        }
    }

    @Override
    public boolean delete(long id) {
        // the schema's ON DELETE CASCADE needs foreign_keys on, which these connections do not set: delete the tags here
        boolean deleted = db.write(c -> {
            if (db.dialect() == Dialect.POSTGRES) {
                return deleteOnServer(c, id);
            }
            try (PreparedStatement values = c.prepareStatement(
                         "DELETE FROM tag_values WHERE annotation_id IN (SELECT id FROM annotations WHERE document_id = ?)");
                 PreparedStatement codes = c.prepareStatement("DELETE FROM article_codes WHERE document_id = ?");
                 PreparedStatement links = c.prepareStatement("DELETE FROM links WHERE document_id = ?");
                 PreparedStatement fields = c.prepareStatement("DELETE FROM document_fields WHERE document_id = ?");
                 PreparedStatement statuses = c.prepareStatement("DELETE FROM article_status WHERE document_id = ?");
                 PreparedStatement tags = c.prepareStatement("DELETE FROM annotations WHERE document_id = ?");
                 PreparedStatement doc = c.prepareStatement("DELETE FROM documents WHERE id = ?")) {
                values.setLong(1, id);
                values.executeUpdate();
                codes.setLong(1, id);
                codes.executeUpdate();
                links.setLong(1, id);
                links.executeUpdate();
                fields.setLong(1, id);
                fields.executeUpdate();
                statuses.setLong(1, id);
                statuses.executeUpdate();
                tags.setLong(1, id);
                tags.executeUpdate();
                doc.setLong(1, id);
                boolean gone = doc.executeUpdate() == 1;
                if (gone && indexed) {
                    CorpusIndexRows.remove(db.dialect(), c, id);
                }
                return gone;
            }
        });
        if (deleted) {
            highestDeleted = Math.max(highestDeleted, id);
        }
        return deleted;
    }

    @Override
    public Document restore(Document d) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO documents(id, title, source_name, imported_at, text, sha256, length) VALUES (?,?,?,?,?,?,?)")) {
                ps.setLong(1, d.id());
                ps.setString(2, d.title());
                ps.setString(3, d.sourceName());
                ps.setString(4, d.importedAt().toString());
                ps.setString(5, d.text());
                ps.setString(6, d.sha256());
                ps.setInt(7, d.text().length());
                int rows = ps.executeUpdate();
                index(c, d.id(), d.text());
                return rows;
            }
        });
        return d;
    }

    private void index(java.sql.Connection c, long id, String text) throws java.sql.SQLException {
        if (!indexed) {
            return;
        }
        CorpusIndexRows.add(db.dialect(), c, id, text);
    }

    @Override
    public Optional<Document> find(long id) {
        return one("SELECT * FROM documents WHERE id = ?", id);
    }

    @Override
    public Optional<Document> findBySha256(String sha256) {
        return one("SELECT * FROM documents WHERE sha256 = ?", sha256);
    }

    private Optional<Document> one(String sql, Object key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setObject(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Document(rs.getLong("id"), rs.getString("title"), rs.getString("source_name"),
                            Rows.time(rs, rs.findColumn("imported_at"), "article", rs.getLong("id")), rs.getString("text"),
                            rs.getString("sha256")));
                }
            }
        });
    }

    @Override
    public List<DocumentSummary> summaries(Long analystId) {
        return db.read(c -> {
            // two statements, not "? IS NULL OR": with the analyst fixed the count is a search of the index
            try (PreparedStatement ps = c.prepareStatement(versions ? (analystId == null ? """
                    SELECT d.id, d.title, d.sha256, d.length,
                           coalesce((SELECT sum(n) FROM tag_counts t WHERE t.document_id = d.id), 0) AS n
                    FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents v WHERE v.previous_version = d.id)
                    ORDER BY d.id""" : """
                    SELECT d.id, d.title, d.sha256, d.length,
                           coalesce((SELECT sum(n) FROM tag_counts t WHERE t.document_id = d.id AND t.analyst_id = ?), 0) AS n
                    FROM documents d WHERE NOT EXISTS (SELECT 1 FROM documents v WHERE v.previous_version = d.id)
                    ORDER BY d.id""") : schemaVersion >= Schema.TAG_COUNTS_FROM ? (analystId == null ? """
                    SELECT d.id, d.title, d.sha256, d.length,
                           coalesce((SELECT sum(n) FROM tag_counts t WHERE t.document_id = d.id), 0) AS n
                    FROM documents d ORDER BY d.id""" : """
                    SELECT d.id, d.title, d.sha256, d.length,
                           coalesce((SELECT sum(n) FROM tag_counts t WHERE t.document_id = d.id AND t.analyst_id = ?), 0) AS n
                    FROM documents d ORDER BY d.id""") : analystId == null ? """
                    SELECT d.id, d.title, d.sha256, d.length,
                           (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) AS n
                    FROM documents d ORDER BY d.id""" : """
                    SELECT d.id, d.title, d.sha256, d.length,
                           (SELECT count(*) FROM annotations a WHERE a.document_id = d.id AND a.analyst_id = ?) AS n
                    FROM documents d ORDER BY d.id""")) {
                if (analystId != null) {
                    ps.setLong(1, analystId);
                }
                List<DocumentSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DocumentSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void markNewVersion(long newId, long oldId) {
        requireVersions();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET previous_version = ? WHERE id = ?")) {
                ps.setLong(1, oldId);
                ps.setLong(2, newId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("article " + newId + " no longer exists");
                }
                return null;
            }
        });
    }

    @Override
    public Optional<Long> previousVersion(long id) {
        if (!versions) {
            return Optional.empty();
        }
        return optionalId("SELECT previous_version FROM documents WHERE id = ? AND previous_version IS NOT NULL", id);
    }

    @Override
    public Optional<Long> nextVersion(long id) {
        if (!versions) {
            return Optional.empty();
        }
        return optionalId("SELECT min(id) FROM documents WHERE previous_version = ? HAVING min(id) IS NOT NULL", id);
    }

    private Optional<Long> optionalId(String sql, long key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private void requireVersions() {
        if (!versions) {
            throw new IllegalStateException("this project's format " + schemaVersion + " keeps no article versions");
        }
    }
}
