package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;

/** Reads and writes attribute declarations and their choices on a connection (used by migrations too). */
final class AttributeRows {

    private AttributeRows() {
    }

    /** Every declaration: by label in the toolbar's order, each label's in editor order; article codes (label NULL) last. */
    static List<Attribute> all(Connection c) throws SQLException {
        Map<Long, List<String>> choices = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT attribute_id, value FROM attribute_choices ORDER BY attribute_id, position");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                choices.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Attribute> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, label_id, name, type, required, definition FROM attributes"
                + " ORDER BY label_id IS NULL, (SELECT l.position FROM labels l WHERE l.id = label_id), label_id, position, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long label = rs.getLong(2);
                Long labelId = rs.wasNull() ? null : label;
                String typeId = rs.getString(4);
                AttributeType type = AttributeType.fromId(typeId)
                        .orElseThrow(() -> new SQLException("the file is damaged: attribute " + id + " has the type '" + typeId + "'"));
                out.add(new Attribute(id, labelId, rs.getString(3), type, choices.getOrDefault(id, List.of()),
                        rs.getInt(5) == 1, rs.getString(6)));
            }
        }
        return out;
    }

    /** Inserts {@code a} (its id ignored) after the others of its label; returns it with its id. */
    static Attribute insert(Connection c, Attribute a) throws SQLException {
        return insert(c, a, null);
    }

    /** Inserts {@code a} under its own id (undoing a merge). */
    static Attribute restore(Connection c, Attribute a) throws SQLException {
        return insert(c, a, a.id());
    }

    private static Attribute insert(Connection c, Attribute a, Long keepId) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attributes(label_id, name, type, required, definition, position, id)"
                + " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM attributes WHERE label_id IS NOT DISTINCT FROM ?), ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setObject(1, a.labelId());
            ps.setString(2, a.name());
            ps.setString(3, a.type().id());
            ps.setInt(4, a.required() ? 1 : 0);
            ps.setString(5, a.definition());
            ps.setObject(6, a.labelId());
            ps.setObject(7, keepId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeChoices(c, id, a.choices());
        return a.withId(id);
    }

    /** Name, required, definition and choices of an existing declaration (type and label never change here). */
    static void update(Connection c, Attribute a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE attributes SET name = ?, required = ?, definition = ? WHERE id = ?")) {
            ps.setString(1, a.name());
            ps.setInt(2, a.required() ? 1 : 0);
            ps.setString(3, a.definition());
            ps.setLong(4, a.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("attribute " + a.id() + " no longer exists");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM attribute_choices WHERE attribute_id = ?")) {
            ps.setLong(1, a.id());
            ps.executeUpdate();
        }
        writeChoices(c, a.id(), a.choices());
    }

    private static void writeChoices(Connection c, long id, List<String> choices) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO attribute_choices(attribute_id, position, value) VALUES (?, ?, ?)")) {
            for (int i = 0; i < choices.size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, choices.get(i));
                ps.executeUpdate();
            }
        }
    }
}
