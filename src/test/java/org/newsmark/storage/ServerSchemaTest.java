package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.postgres.TestServer;

/** The two backends' schemas side by side, and a server project brought up to a newer format. */
class ServerSchemaTest {

    /** SQLite-only machinery with no counterpart on the server (FTS5's shadow tables, AUTOINCREMENT's counters). */
    private static final Set<String> SQLITE_ONLY = Set.of("sqlite_sequence", "corpus_index_data", "corpus_index_idx",
            "corpus_index_content", "corpus_index_docsize", "corpus_index_config");

    @TempDir
    Path dir;

    @Test
    void aNewFileAndANewServerProjectHaveTheSameTablesAndColumns() throws Exception {
        Path file = dir.resolve("p.newsmark");
        Wiring.projects().create(file).close();
        Map<String, Set<String>> sqlite = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                if (SQLITE_ONLY.contains(t)) {
                    continue;
                }
                Set<String> columns = new TreeSet<>();
                try (ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + t + "')")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                sqlite.put(t, columns);
            }
        }
        Map<String, Set<String>> server = new TreeMap<>();
        try (Connection c = admin(TestServer.newProject()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                     + " WHERE table_schema = 'public'")) {
            while (rs.next()) {
                server.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        // the file keeps its format in PRAGMA user_version, the server in a table; only a server has logins
        server.remove("project_format");
        server.get("analysts").remove("login");
        assertEquals(sqlite.keySet(), server.keySet(), "the same tables");
        for (String t : sqlite.keySet()) {
            if (!t.equals("corpus_index")) { // an FTS5 table there, a tsvector here (CorpusIndexRows)
                assertEquals(sqlite.get(t), server.get(t), "the columns of " + t);
            }
        }
    }

    @Test
    void everyFormatAfterTheServersBaselineHasAServerMigration() {
        for (int v = PostgresSchema.BASELINE + 1; v <= Schema.currentVersion(); v++) {
            assertTrue(PostgresMigrations.steps(PostgresTeamSchema.Roles.of("p")).containsKey(v), "format " + v + " has a SQLite migration and no server one");
        }
    }

    @Test
    void teamInitBringsAnOlderServerProjectUpInOneTransaction() throws Exception {
        ServerAddress a = TestServer.newProject();
        int current = Schema.currentVersion();
        ProjectRefusedException again = assertThrows(ProjectRefusedException.class, () -> PostgresTeam.init(a, null));
        assertTrue(again.getMessage().contains("already a team project of this Newsmark's format: nothing was changed"),
                again.getMessage());
        try (Connection c = admin(a); Statement s = c.createStatement()) {
            s.execute("UPDATE project_format SET version = " + (current - 1));
            ProjectRefusedException old = assertThrows(ProjectRefusedException.class, () -> Wiring.projects().openServer(a, null));
            assertTrue(old.getMessage().contains("An administrator upgrades it with: newsmark team init"), old.getMessage());

            // a step that fails half-way leaves the project as it was
            Map<Integer, List<String>> failing = Map.of(current, List.of("CREATE TABLE upgrade_probe (x INTEGER)", "SELECT 1/0"));
            assertThrows(SQLException.class, () -> PostgresTeam.upgrade(a, c, failing));
            c.setAutoCommit(true);
            assertEquals(current - 1, version(s));
            assertEquals(0, count(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'upgrade_probe'"));

            PostgresTeam.Initialised up = PostgresTeam.upgrade(a, c, Map.of(current, List.of("CREATE TABLE upgrade_probe (x INTEGER)")));
            c.setAutoCommit(true);
            assertEquals("Upgraded the team project from format " + (current - 1) + " to " + current + ".", up.summary());
            assertEquals(current, version(s));
            assertEquals(1, count(s, "SELECT count(*) FROM pg_tables WHERE tablename = 'upgrade_probe'"));
        }
        Wiring.projects().openServer(a, null).close();
    }

    @Test
    void aFileOfAnOlderFormatIsNotPushed() throws Exception {
        Path file = dir.resolve("older.newsmark");
        try (SqliteDatabase db = SqliteDatabase.writer(file)) {
            Migrations.apply(db, 0, Schema.currentVersion() - 1);
        }
        ProjectRefusedException e = assertThrows(ProjectRefusedException.class, () -> ProjectCopy.push(file, TestServer.newProject(), null));
        assertTrue(e.getMessage().contains("must be of the current format to be pushed"), e.getMessage());
    }

    private static Connection admin(ServerAddress a) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServer.port() + "/" + a.database() + "?user=postgres");
    }

    private static int version(Statement s) throws SQLException {
        return count(s, "SELECT version FROM project_format");
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
