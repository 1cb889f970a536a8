package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.service.port.MetadataRepository;

/** Article metadata: the {@code documents} columns, {@code custom_fields} and {@code document_fields}. */
final class JdbcMetadata implements MetadataRepository {

    private final Database db;
    /** Format 6 has only the outlet, older formats nothing: a read-only session on one reads what there is. */
    private final int schemaVersion;

    JdbcMetadata(Database db, int schemaVersion) {
        this.db = db;
        this.schemaVersion = schemaVersion;
    }

    private boolean full() {
        return schemaVersion >= Schema.METADATA_FROM;
    }

    @Override
    public List<String> fields() {
        if (!full()) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM custom_fields ORDER BY position, id");
                 ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    @Override
    public void declare(String field) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO custom_fields(name, position)"
                    + " VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM custom_fields)) ON CONFLICT DO NOTHING")) {
                ps.setString(1, field);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public ArticleMetadata of(long documentId) {
        Map<Long, ArticleMetadata> one = read(documentId);
        return one.getOrDefault(documentId, ArticleMetadata.EMPTY);
    }

    @Override
    public Map<Long, ArticleMetadata> all() {
        return read(null);
    }

    /** One article's ({@code documentId}) or every article's (null). */
    private Map<Long, ArticleMetadata> read(Long documentId) {
        if (schemaVersion < Schema.SOURCES_FROM) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Long, Map<String, String>> custom = full() ? custom(c, documentId) : Map.of();
            Map<Long, ArticleMetadata> out = new TreeMap<>();
            OptionalKeys keys = OptionalKeys.of("id", documentId);
            try (PreparedStatement ps = c.prepareStatement((full()
                    ? "SELECT id, outlet, author, published, url, language FROM documents"
                    : "SELECT id, outlet, NULL, NULL, NULL, NULL FROM documents") + keys.where())) {
                keys.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.put(id, new ArticleMetadata(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), custom.getOrDefault(id, Map.of())));
                    }
                }
            }
            return out;
        });
    }

    private static Map<Long, Map<String, String>> custom(Connection c, Long documentId) throws SQLException {
        OptionalKeys keys = OptionalKeys.of("v.document_id", documentId);
        try (PreparedStatement ps = c.prepareStatement("SELECT v.document_id, f.name, v.value FROM document_fields v"
                + " JOIN custom_fields f ON f.id = v.field_id" + keys.where() + " ORDER BY f.position, f.id")) {
            keys.bind(ps, 1);
            Map<Long, Map<String, String>> out = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                }
            }
            return out;
        }
    }

    @Override
    public void set(long documentId, ArticleMetadata m) {
        db.write(c -> {
            try (PreparedStatement doc = c.prepareStatement(
                         "UPDATE documents SET outlet = ?, author = ?, published = ?, url = ?, language = ? WHERE id = ?");
                 PreparedStatement clear = c.prepareStatement("DELETE FROM document_fields WHERE document_id = ?");
                 PreparedStatement put = c.prepareStatement("INSERT INTO document_fields(document_id, field_id, value)"
                         + " VALUES (?, (SELECT id FROM custom_fields WHERE name = ?), ?)")) {
                doc.setString(1, m.outlet());
                doc.setString(2, m.author());
                doc.setString(3, m.published());
                doc.setString(4, m.url());
                doc.setString(5, m.language());
                doc.setLong(6, documentId);
                doc.executeUpdate();
                clear.setLong(1, documentId);
                clear.executeUpdate();
                for (Map.Entry<String, String> e : m.fields().entrySet()) {
                    put.setLong(1, documentId);
                    put.setString(2, e.getKey());
                    put.setString(3, e.getValue());
                    put.executeUpdate(); // an undeclared field has no id: NOT NULL refuses it
                }
                return null;
            }
        });
    }
}
