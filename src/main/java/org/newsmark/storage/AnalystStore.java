package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Analyst;

/** The people who tag. Names are unique within a project. */
public final class AnalystStore {

    private final ProjectDatabase db;

    public AnalystStore(ProjectDatabase db) {
        this.db = db;
    }

    public List<Analyst> all() {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM analysts ORDER BY name COLLATE NOCASE, id");
                 ResultSet rs = ps.executeQuery()) {
                List<Analyst> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(Rows.analyst(rs));
                }
                return out;
            }
        });
    }

    public Optional<Analyst> findByName(String name) {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM analysts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Rows.analyst(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The analyst of that name, created when the project has none yet. */
    public Analyst findOrCreate(String name) {
        return db.transaction(c -> {
            try (PreparedStatement ins = c.prepareStatement("INSERT OR IGNORE INTO analysts(name) VALUES (?)")) {
                ins.setString(1, name);
                ins.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM analysts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Rows.analyst(rs);
                }
            }
        });
    }
}
