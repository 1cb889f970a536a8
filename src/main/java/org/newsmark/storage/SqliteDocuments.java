package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.TextHash;
import org.newsmark.service.port.DocumentRepository;

/** Articles in the {@code documents} table. */
final class SqliteDocuments implements DocumentRepository {

    private final Database db;

    SqliteDocuments(Database db) {
        this.db = db;
    }

    @Override
    public Document insert(String title, String sourceName, String text) {
        Instant now = Instant.now();
        String sha = TextHash.sha256(text);
        long id = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO documents(title, source_name, imported_at, text, sha256, length) VALUES (?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, title);
                ps.setString(2, sourceName);
                ps.setString(3, now.toString());
                ps.setString(4, text);
                ps.setString(5, sha);
                ps.setInt(6, text.length());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Document(id, title, sourceName, now, text, sha);
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
                            Rows.time(rs, rs.findColumn("imported_at"), "article " + rs.getLong("id")), rs.getString("text"),
                            rs.getString("sha256")));
                }
            }
        });
    }

    @Override
    public List<DocumentSummary> summaries(Long analystId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT d.id, d.title, d.sha256, d.length,
                           (SELECT count(*) FROM annotations a WHERE a.document_id = d.id
                              AND (? IS NULL OR a.analyst_id = ?)) AS n
                    FROM documents d ORDER BY d.id""")) {
                ps.setObject(1, analystId);
                ps.setObject(2, analystId);
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
}
