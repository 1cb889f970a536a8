package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.service.port.AnalystRepository;

/** The people who tag, in the {@code analysts} table. */
final class JdbcAnalysts implements AnalystRepository {

    private final Database db;

    JdbcAnalysts(Database db) {
        this.db = db;
    }

    @Override
    public List<Analyst> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM analysts ORDER BY " + SqlNames.made(db.dialect().caseFolded("name")) + ", id");
                 ResultSet rs = ps.executeQuery()) {
                List<Analyst> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(Rows.analyst(rs));
                }
                return out;
            }
        });
    }

    @Override
    public Optional<Analyst> findByName(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM analysts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Rows.analyst(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Analyst findOrCreate(String name) {
        return db.write(c -> {
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO analysts(name) VALUES (?) ON CONFLICT DO NOTHING")) {
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
