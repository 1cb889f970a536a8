package org.newsmark.storage.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ground issue 17 builds on, checked on a real server started by the test run: an embedded
 * PostgreSQL (13 or newer) comes up with no installation, and row-level security lets each
 * analyst's login role write only its own rows, whatever SQL a client sends.
 */
class RowLevelSecuritySpikeTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tags (id serial PRIMARY KEY, analyst name NOT NULL DEFAULT current_user, label text NOT NULL)");
            s.execute("ALTER TABLE tags ENABLE ROW LEVEL SECURITY");
            s.execute("CREATE POLICY everyone_reads ON tags FOR SELECT USING (true)");
            s.execute("CREATE POLICY own_rows_in ON tags FOR INSERT WITH CHECK (analyst = current_user)");
            s.execute("CREATE POLICY own_rows_changed ON tags FOR UPDATE USING (analyst = current_user) WITH CHECK (analyst = current_user)");
            s.execute("CREATE POLICY own_rows_out ON tags FOR DELETE USING (analyst = current_user)");
            for (String role : new String[] {"ana", "ben"}) {
                s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + role + "-secret'");
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON tags TO " + role);
                s.execute("GRANT USAGE ON SEQUENCE tags_id_seq TO " + role);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static Connection as(String role) throws SQLException {
        return DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres").replace("user=postgres", "user=" + role)
                + "&password=" + role + "-secret");
    }

    @Test
    void theServerIsARealPostgresql13OrNewer() throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 130000, "server_version_num " + rs.getInt(1));
        }
    }

    @Test
    void anAnalystWithAPlainSqlClientCannotChangeAnothersRows() throws Exception {
        try (Connection ana = as("ana"); Statement s = ana.createStatement()) {
            s.execute("INSERT INTO tags(label) VALUES ('claim')");
        }
        try (Connection ben = as("ben"); Statement s = ben.createStatement()) {
            assertEquals(0, s.executeUpdate("UPDATE tags SET label = 'framing' WHERE analyst = 'ana'"), "Ana's rows are not Ben's to change");
            assertEquals(0, s.executeUpdate("DELETE FROM tags WHERE analyst = 'ana'"), "nor to delete");
            SQLException e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO tags(analyst, label) VALUES ('ana', 'claim')"));
            assertTrue(e.getMessage().contains("row-level security"), e.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM tags WHERE analyst = 'ana' AND label = 'claim'")) {
                assertTrue(rs.next());
                assertTrue(rs.getInt(1) >= 1, "but Ben reads them: the compare view needs every layer");
            }
        }
    }
}
