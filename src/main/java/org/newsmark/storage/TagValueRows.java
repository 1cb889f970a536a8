package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.domain.AttributeValues;

/**
 * Attribute values in a table keyed by an owner (a tag, or an analyst's article) and the
 * attribute, one row per value in order. {@code owner} is the WHERE clause naming the owner's
 * columns, e.g. {@code annotation_id = ?}.
 */
final class TagValueRows {

    private TagValueRows() {
    }

    /** Replaces the values of one tag. */
    static void write(Connection c, long annotationId, AttributeValues values) throws SQLException {
        delete(c, annotationId);
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tag_values(annotation_id, attribute_id, position, value) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, List<String>> e : values.asMap().entrySet()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    ps.setLong(1, annotationId);
                    ps.setLong(2, e.getKey());
                    ps.setInt(3, i);
                    ps.setString(4, e.getValue().get(i));
                    ps.executeUpdate();
                }
            }
        }
    }

    static void delete(Connection c, long annotationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag_values WHERE annotation_id = ?")) {
            ps.setLong(1, annotationId);
            ps.executeUpdate();
        }
    }

    /** The values of every tag of one document (of one analyst, or all), by tag id. */
    static Map<Long, AttributeValues> ofDocument(Connection c, long documentId, Long analystId) throws SQLException {
        String select = "SELECT v.annotation_id, v.attribute_id, v.value FROM tag_values v JOIN annotations a ON a.id = v.annotation_id"
                + " WHERE a.document_id = ?";
        String order = " ORDER BY v.annotation_id, v.attribute_id, v.position";
        return collect(c, analystId == null ? select + order : select + " AND a.analyst_id = ?" + order, documentId, analystId);
    }

    static AttributeValues ofTag(Connection c, long annotationId) throws SQLException {
        return collect(c, "SELECT annotation_id, attribute_id, value FROM tag_values WHERE annotation_id = ?"
                + " ORDER BY attribute_id, position", annotationId, null).getOrDefault(annotationId, AttributeValues.EMPTY);
    }

    /** Whether any tag has a value: an export of a project without attributes reads none. */
    static boolean any(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM tag_values)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static Map<Long, AttributeValues> collect(Connection c, String sql, long key, Long second) throws SQLException {
        Map<Long, Map<Long, List<String>>> raw = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            if (second != null) {
                ps.setLong(2, second);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raw.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getLong(2), k -> new java.util.ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        Map<Long, AttributeValues> out = new HashMap<>();
        raw.forEach((tag, values) -> out.put(tag, AttributeValues.of(values)));
        return out;
    }
}
