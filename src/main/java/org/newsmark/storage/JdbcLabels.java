package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Label;
import org.newsmark.service.port.LabelRepository;

/** The codebook in the {@code labels} table. */
final class JdbcLabels implements LabelRepository {

    private final Database db;
    /** Whether the file has the codebook columns (rules, examples, retired): a read-only session may see an older format. */
    private final boolean codebook;
    private final int schemaVersion;

    JdbcLabels(Database db, int schemaVersion) {
        this.db = db;
        this.schemaVersion = schemaVersion;
        this.codebook = schemaVersion >= Schema.CODEBOOK_FROM;
    }

    @Override
    public List<Label> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM labels ORDER BY position, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Label> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(Rows.label(rs, codebook));
                }
                return out;
            }
        });
    }

    @Override
    public Label insert(String name, String color, String key, String definition) {
        long id = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO labels(name, color, shortcut, definition, position) "
                            + "VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM labels))",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, name);
                ps.setString(2, color);
                ps.setString(3, key);
                ps.setString(4, definition == null ? "" : definition);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return new Label(id, name, color, key, definition);
    }

    @Override
    public Label restore(Label l) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO labels(id, name, color, shortcut, definition, rules, examples,"
                    + " retired, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM labels))")) {
                ps.setLong(1, l.id());
                ps.setString(2, l.name());
                ps.setString(3, l.color());
                ps.setString(4, l.key());
                ps.setString(5, l.definition());
                ps.setString(6, l.rules());
                ps.setString(7, l.examples());
                ps.setInt(8, l.retired() ? 1 : 0);
                return ps.executeUpdate();
            }
        });
        return l;
    }

    @Override
    public void update(Label l) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE labels SET name = ?, color = ?, shortcut = ?, definition = ?,"
                    + " rules = ?, examples = ?, retired = ? WHERE id = ?")) {
                ps.setString(1, l.name());
                ps.setString(2, l.color());
                ps.setString(3, l.key());
                ps.setString(4, l.definition());
                ps.setString(5, l.rules());
                ps.setString(6, l.examples());
                ps.setInt(7, l.retired() ? 1 : 0);
                ps.setLong(8, l.id());
                if (ps.executeUpdate() != 1) {
                    throw new java.sql.SQLException("label " + l.id() + " no longer exists");
                }
                return null;
            }
        });
    }

    @Override
    public void reorder(List<Long> ids) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE labels SET position = ? WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setInt(1, i);
                    ps.setLong(2, ids.get(i));
                    ps.executeUpdate();
                }
                return null;
            }
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            // a link type's ends name labels: a deleted label (merged into another) allows no end any more
            try (PreparedStatement ends = c.prepareStatement("DELETE FROM link_type_ends WHERE label_id = ?")) {
                ends.setLong(1, id);
                ends.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM labels WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<Long, Long> tagCounts() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(schemaVersion >= Schema.TAG_COUNTS_FROM
                    ? "SELECT label_id, sum(n) FROM tag_counts GROUP BY label_id"
                    : "SELECT label_id, count(*) FROM annotations GROUP BY label_id");
                 ResultSet rs = ps.executeQuery()) {
                Map<Long, Long> out = new HashMap<>();
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
                return out;
            }
        });
    }
}
