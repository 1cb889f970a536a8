package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.SourceMatcher;

/** Reads and writes sources on a connection (used by migration 6 too). */
final class SourceRows {

    private SourceRows() {
    }

    static List<Source> all(Connection c) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, role, affiliation, created_at FROM sources ORDER BY name_key, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(source(rs));
            }
        }
        return out;
    }

    static Source source(ResultSet rs) throws SQLException {
        String kind = rs.getString(3);
        return new Source(rs.getLong(1), rs.getString(2),
                SourceKind.parse(kind).orElseThrow(() -> new SQLException("source kind \"" + kind + "\" is not known")),
                rs.getString(4), rs.getString(5), Instant.parse(rs.getString(6)));
    }

    /** Inserts {@code s}, under its id when it has one (undoing a removal), else a new one. */
    static Source insert(Connection c, Source s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources(id, name, name_key, kind, role, affiliation, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            if (s.id() > 0) {
                ps.setLong(1, s.id());
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            ps.setString(2, s.name());
            ps.setString(3, key(s.name()));
            ps.setString(4, s.kind().id());
            ps.setString(5, s.role());
            ps.setString(6, s.affiliation());
            ps.setString(7, s.created().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return s.withId(keys.getLong(1));
            }
        }
    }

    /** The key the UNIQUE (name_key, kind) compares: a name of punctuation only keeps its own text. */
    static String key(String name) {
        String k = SourceMatcher.key(name);
        return k.isEmpty() ? name.strip() : k;
    }
}
