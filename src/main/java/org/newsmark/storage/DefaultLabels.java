package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Label;

/** Writes the default codebook into a new project. */
final class DefaultLabels {

    private DefaultLabels() {
    }

    static void insert(Connection c) throws SQLException {
        List<Label> labels = DefaultCodebook.labels();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO labels(name, color, shortcut, definition, position) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < labels.size(); i++) {
                Label l = labels.get(i);
                ps.setString(1, l.name());
                ps.setString(2, l.color());
                ps.setString(3, l.key());
                ps.setString(4, l.definition());
                ps.setInt(5, i);
                ps.executeUpdate();
            }
        }
    }
}
