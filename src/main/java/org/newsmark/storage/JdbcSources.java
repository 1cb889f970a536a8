package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceQuote;
import org.newsmark.service.port.SourceRepository;

/** Sources ({@code sources}), the tag values pointing to them, and article outlets ({@code documents.outlet}). */
final class JdbcSources implements SourceRepository {

    private final Database db;
    /** Whether the file has these tables: a read-only session on an older format reads them as empty. */
    private final boolean present;

    JdbcSources(Database db, int schemaVersion) {
        this.db = db;
        this.present = schemaVersion >= Schema.SOURCES_FROM;
    }

    @Override
    public List<Source> all() {
        return present ? db.read(SourceRows::all) : List.of();
    }

    @Override
    public Source insert(Source s) {
        return db.write(c -> SourceRows.insert(c, s));
    }

    @Override
    public void update(Source s) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sources SET name = ?, name_key = ?, kind = ?, role = ?, affiliation = ?"
                    + " WHERE id = ?")) {
                ps.setString(1, s.name());
                ps.setString(2, SourceRows.key(s.name()));
                ps.setString(3, s.kind().id());
                ps.setString(4, s.role());
                ps.setString(5, s.affiliation());
                ps.setLong(6, s.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("source " + s.id() + " no longer exists");
                }
                return null;
            }
        });
    }

    @Override
    public void delete(long sourceId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sources WHERE id = ?")) {
                ps.setLong(1, sourceId);
                ps.executeUpdate();
                return null;
            }
        });
    }

    @Override
    public int repoint(long from, long to) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tag_values SET value = ? WHERE value = ?"
                    + " AND attribute_id IN (SELECT id FROM attributes WHERE type = 'source')")) {
                ps.setString(1, Long.toString(to));
                ps.setString(2, Long.toString(from));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<SourceQuote> quotes() {
        if (!present) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT v.value, a.id, v.attribute_id, a.document_id, a.analyst_id, a.label_id,"
                    + " a.begin_utf16, a.end_utf16 FROM tag_values v JOIN attributes t ON t.id = v.attribute_id"
                    + " JOIN annotations a ON a.id = v.annotation_id WHERE t.type = 'source'"
                    + " ORDER BY a.document_id, a.begin_utf16, a.end_utf16, a.id");
                 ResultSet rs = ps.executeQuery()) {
                List<SourceQuote> out = new ArrayList<>();
                while (rs.next()) {
                    long source = Source.idOf(rs.getString(1));
                    if (source > 0) {
                        out.add(new SourceQuote(source, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                                rs.getInt(7), rs.getInt(8)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Map<Long, String> outlets() {
        if (!present) {
            return Map.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, outlet FROM documents WHERE outlet IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                Map<Long, String> out = new TreeMap<>();
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
                return out;
            }
        });
    }

    @Override
    public void setOutlet(long documentId, String outlet) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET outlet = ? WHERE id = ?")) {
                ps.setString(1, outlet == null || outlet.isBlank() ? null : outlet.strip());
                ps.setLong(2, documentId);
                ps.executeUpdate();
                return null;
            }
        });
    }
}
