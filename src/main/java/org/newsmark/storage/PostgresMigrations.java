package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The server's migrations after {@link PostgresSchema#BASELINE}: for each file format that comes
 * later, what that format's SQLite migration does, said in PostgreSQL, under the same number
 * (docs/decisions/0032). {@code team init} runs them on an older server project, all in one
 * transaction, and on a new one right after the baseline's tables, roles and policies (a later
 * table's step grants and guards it for the project's roles).
 */
final class PostgresMigrations {

    /**
     * Format → its statements, for the project whose group roles are {@code roles} (a table added
     * after the baseline gets its grants and row policies in its own step, 0033).
     * ServerSchemaTest fails when a format has none.
     */
    static Map<Integer, List<String>> steps(PostgresTeamSchema.Roles roles) {
        List<String> rejections = new ArrayList<>();
        rejections.add(PostgresSchema.codePointText("""
                CREATE TABLE suggestion_rejections (
                  id          BIGINT PRIMARY KEY,
                  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  analyst_id  BIGINT NOT NULL REFERENCES analysts(id),
                  kind        TEXT NOT NULL,
                  begin_utf16 BIGINT NOT NULL,
                  end_utf16   BIGINT NOT NULL,
                  text        TEXT NOT NULL,
                  rejected_at TEXT NOT NULL,
                  UNIQUE (document_id, analyst_id, kind, begin_utf16, end_utf16),
                  CHECK (begin_utf16 >= 0 AND begin_utf16 < end_utf16)
                )"""));
        rejections.addAll(PostgresSchema.ids("suggestion_rejections"));
        rejections.addAll(PostgresTeamSchema.layerTable(roles, "suggestion_rejections", "analyst_id"));
        return Map.of(
                Schema.VERSIONS_FROM, List.of(
                        "ALTER TABLE documents ADD COLUMN previous_version BIGINT",
                        "CREATE INDEX documents_by_previous_version ON documents(previous_version)",
                        "ALTER TABLE annotations ADD COLUMN review TEXT COLLATE \"C\" CHECK (review IN ('changed', 'gone', 'ambiguous'))"),
                Schema.SUGGESTION_REJECTIONS_FROM, List.copyOf(rejections));
    }

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
