package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The server's migrations after {@link PostgresSchema#BASELINE}: for each file format that comes
 * later, what that format's SQLite migration does, said in PostgreSQL, under the same number
 * (docs/decisions/0032). {@code team init} runs them on an older server project, all in one
 * transaction, and on a new one right after the baseline's tables.
 */
final class PostgresMigrations {

    /** Format → its statements. PostgresMigrationsTest fails when a format has none. */
    static final Map<Integer, List<String>> STEPS = Map.of(
            Schema.VERSIONS_FROM, List.of(
                    "ALTER TABLE documents ADD COLUMN previous_version BIGINT",
                    "CREATE INDEX documents_by_previous_version ON documents(previous_version)",
                    "ALTER TABLE annotations ADD COLUMN review TEXT COLLATE \"C\" CHECK (review IN ('changed', 'gone', 'ambiguous'))"));

    private PostgresMigrations() {
    }

    /** Brings a project at format {@code from} to {@code to} with {@code steps}, in the caller's transaction. */
    static void upgrade(Connection c, int from, int to, Map<Integer, List<String>> steps) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int v = from + 1; v <= to; v++) {
                List<String> step = steps.get(v);
                if (step == null) {
                    throw new SQLException("this Newsmark has no server migration to format " + v);
                }
                for (String sql : step) {
                    s.execute(sql);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE project_format SET version = ?")) {
            ps.setInt(1, to);
            ps.executeUpdate();
        }
    }
}
