package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsmark.service.port.ProjectRefusedException;

/**
 * A project file is data, never code. Before anything else reads its tables, the objects in its
 * schema must be exactly those the migrations up to its version create: a trigger, view, virtual
 * table, index or column added outside Newsmark makes the file refused, untouched. The expected
 * schema is made by running the migrations in memory, so it cannot drift from them.
 */
final class SchemaCheck {

    /** Tables SQLite itself adds (ANALYZE), which hold statistics and run nothing. */
    private static final Set<String> SQLITE_OWN = Set.of("sqlite_stat1", "sqlite_stat4");

    private static final Map<Integer, Map<String, SchemaObject>> EXPECTED = new ConcurrentHashMap<>();

    record SchemaObject(String type, String name, String table, String sql) {
        String describe() {
            return "the " + type + " \"" + name + "\"";
        }
    }

    private SchemaCheck() {
    }

    static void verify(Connection c, int version, String fileName) throws SQLException, ProjectRefusedException {
        Map<String, SchemaObject> expected = expected(version);
        Map<String, SchemaObject> actual = read(c);
        for (SchemaObject o : actual.values()) {
            SchemaObject want = expected.get(key(o));
            if (want == null) {
                if (o.type().equals("table") && SQLITE_OWN.contains(o.name())) {
                    continue;
                }
                throw refused(fileName, "holds " + o.describe() + ", which Newsmark did not make");
            }
            if (!normal(want.sql()).equals(normal(o.sql())) || !want.table().equals(o.table())) {
                throw refused(fileName, "has " + o.describe() + " changed outside Newsmark");
            }
        }
        for (SchemaObject want : expected.values()) {
            if (!actual.containsKey(key(want))) {
                throw new ProjectRefusedException(fileName + " is damaged: " + want.describe() + " is missing.");
            }
        }
        if (expected.containsKey("table " + INDEX_CONFIG) && !indexConfig(c).equals(EXPECTED_INDEX_CONFIG.get())) {
            // FTS5 reads its options (rank function, tokenizer data, ...) from this table: only the ones it wrote itself
            throw refused(fileName, "has the table \"" + INDEX_CONFIG + "\" changed outside Newsmark");
        }
    }

    private static final String INDEX_CONFIG = "corpus_index_config";

    /** What the corpus index's configuration holds when the migrations made it: its format version, nothing else. */
    private static final java.util.function.Supplier<Map<String, String>> EXPECTED_INDEX_CONFIG = new java.util.function.Supplier<>() {
        private volatile Map<String, String> rows;

        @Override
        public Map<String, String> get() {
            if (rows == null) {
                try (SqliteDatabase memory = SqliteDatabase.memory()) {
                    Migrations.apply(memory, 0, Schema.CORPUS_INDEX_FROM);
                    rows = memory.read(SchemaCheck::indexConfig);
                } catch (SQLException | RuntimeException e) {
                    throw new IllegalStateException("the migrations do not run in memory", e);
                }
            }
            return rows;
        }
    };

    private static Map<String, String> indexConfig(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k, quote(v) FROM corpus_index_config ORDER BY k");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static ProjectRefusedException refused(String fileName, String what) {
        return new ProjectRefusedException(fileName + " " + what + ". A project file holds data, never code, so Newsmark"
                + " does not open it; the file is unchanged. Open a backup, or remove the addition with an SQLite tool.");
    }

    static Map<String, SchemaObject> expected(int version) {
        return EXPECTED.computeIfAbsent(version, v -> {
            try (SqliteDatabase memory = SqliteDatabase.memory()) {
                Migrations.apply(memory, 0, v);
                return memory.read(SchemaCheck::read);
            } catch (SQLException | RuntimeException e) {
                throw new IllegalStateException("the migrations do not run in memory", e);
            }
        });
    }

    private static Map<String, SchemaObject> read(Connection c) throws SQLException {
        Map<String, SchemaObject> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                SchemaObject o = new SchemaObject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                out.put(key(o), o);
            }
        }
        return out;
    }

    private static String key(SchemaObject o) {
        return o.type() + " " + o.name();
    }

    /** SQLite keeps the CREATE text as written, or requoted by ALTER TABLE RENAME: compare it without quotes and spacing. */
    private static String normal(String sql) {
        return sql == null ? "" : sql.replace("\"", "").replaceAll("\\s+", " ").strip();
    }
}
