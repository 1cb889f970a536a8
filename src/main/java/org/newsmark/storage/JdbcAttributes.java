package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.service.port.AttributeRepository;

/** Attribute declarations ({@code attributes}, {@code attribute_choices}) and article codes ({@code article_codes}). */
final class JdbcAttributes implements AttributeRepository {

    private final Database db;
    /** Whether the file has these tables: a read-only session on an older format reads them as empty. */
    private final boolean present;

    JdbcAttributes(Database db, int schemaVersion) {
        this.db = db;
        this.present = schemaVersion >= Schema.CODEBOOK_FROM;
    }

    @Override
    public List<Attribute> all() {
        return present ? db.read(AttributeRows::all) : List.of();
    }

    @Override
    public Attribute insert(Attribute a) {
        return db.write(c -> AttributeRows.insert(c, a));
    }

    @Override
    public Attribute restore(Attribute a) {
        return db.write(c -> AttributeRows.restore(c, a));
    }

    @Override
    public void delete(long attributeId) {
        db.write(c -> {
            for (String sql : List.of("DELETE FROM attribute_choices WHERE attribute_id = ?", "DELETE FROM attributes WHERE id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, attributeId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void place(long labelId, List<Long> attributeIds) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attributes SET label_id = ?, position = ? WHERE id = ?")) {
                for (int i = 0; i < attributeIds.size(); i++) {
                    ps.setLong(1, labelId);
                    ps.setInt(2, i);
                    ps.setLong(3, attributeIds.get(i));
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void update(Attribute a) {
        db.write(c -> {
            AttributeRows.update(c, a);
            return null;
        });
    }

    @Override
    public void moveToLabel(long from, long to) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attributes SET label_id = ?,"
                    + " position = position + (SELECT coalesce(max(position), -1) + 1 FROM attributes WHERE label_id = ?) WHERE label_id = ?")) {
                ps.setLong(1, to);
                ps.setLong(2, to);
                ps.setLong(3, from);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, Long> valueCounts() {
        if (!present) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Long, Long> out = new HashMap<>();
            for (String sql : List.of(
                    "SELECT attribute_id, count(DISTINCT annotation_id) FROM tag_values GROUP BY attribute_id",
                    "SELECT attribute_id, count(*) FROM (SELECT DISTINCT attribute_id, document_id, analyst_id FROM article_codes) coded"
                            + " GROUP BY attribute_id")) {
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.merge(rs.getLong(1), rs.getLong(2), Long::sum);
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<String> usedValues(long attributeId, int limit) {
        if (!present) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM (SELECT value FROM tag_values WHERE attribute_id = ?"
                    + " UNION ALL SELECT value FROM article_codes WHERE attribute_id = ?) used GROUP BY value ORDER BY count(*) DESC, value LIMIT ?")) {
                ps.setLong(1, attributeId);
                ps.setLong(2, attributeId);
                ps.setInt(3, limit);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public AttributeValues articleCodes(long documentId, long analystId) {
        if (!present) {
            return AttributeValues.EMPTY;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT attribute_id, value FROM article_codes"
                    + " WHERE document_id = ? AND analyst_id = ? ORDER BY attribute_id, position")) {
                ps.setLong(1, documentId);
                ps.setLong(2, analystId);
                Map<Long, List<String>> out = new TreeMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
                return AttributeValues.of(out);
            }
        });
    }

    @Override
    public void setArticleCodes(long documentId, long analystId, AttributeValues values) {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM article_codes WHERE document_id = ? AND analyst_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO article_codes(document_id, analyst_id, attribute_id,"
                         + " position, value) VALUES (?, ?, ?, ?, ?)")) {
                delete.setLong(1, documentId);
                delete.setLong(2, analystId);
                delete.executeUpdate();
                for (Map.Entry<Long, List<String>> e : values.asMap().entrySet()) {
                    for (int i = 0; i < e.getValue().size(); i++) {
                        insert.setLong(1, documentId);
                        insert.setLong(2, analystId);
                        insert.setLong(3, e.getKey());
                        insert.setInt(4, i);
                        insert.setString(5, e.getValue().get(i));
                        insert.executeUpdate();
                    }
                }
                return null;
            }
        });
    }

    @Override
    public Map<Long, AttributeValues> articleCodesOf(long documentId) {
        return codes(documentId).getOrDefault(documentId, Map.of());
    }

    @Override
    public Map<Long, Map<Long, AttributeValues>> allArticleCodes() {
        return codes(null);
    }

    private Map<Long, Map<Long, AttributeValues>> codes(Long documentId) {
        if (!present) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Long, Map<Long, Map<Long, List<String>>>> raw = new TreeMap<>();
            OptionalKeys keys = OptionalKeys.of("document_id", documentId);
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, analyst_id, attribute_id, value FROM article_codes"
                    + keys.where() + " ORDER BY document_id, analyst_id, attribute_id, position")) {
                keys.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raw.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).computeIfAbsent(rs.getLong(2), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getLong(3), k -> new ArrayList<>()).add(rs.getString(4));
                }
                }
            }
            Map<Long, Map<Long, AttributeValues>> out = new TreeMap<>();
            raw.forEach((doc, byAnalyst) -> {
                Map<Long, AttributeValues> m = new TreeMap<>();
                byAnalyst.forEach((analyst, values) -> m.put(analyst, AttributeValues.of(values)));
                out.put(doc, m);
            });
            return out;
        });
    }
}
