package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Label;
import org.newsmark.service.port.LabelRepository;

/** The codebook in the {@code labels} table. */
final class SqliteLabels implements LabelRepository {

    private final Database db;

    SqliteLabels(Database db) {
        this.db = db;
    }

    @Override
    public List<Label> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM labels ORDER BY position, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Label> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(Rows.label(rs));
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
}
