package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Label;

/** The project's codebook. */
public final class LabelStore {

    private final ProjectDatabase db;

    public LabelStore(ProjectDatabase db) {
        this.db = db;
    }

    public List<Label> all() {
        return db.run(c -> {
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

    public Label insert(String name, String color, String key, String definition) {
        long id = db.run(c -> {
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
