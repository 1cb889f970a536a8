package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands given a team project's address log in as docs/team.md says: the pgpass file, else the
 * terminal's prompt (none in a test: the message says what to do). Against a server that asks for
 * passwords (SCRAM), as a real one does; the embedded test server trusts everyone otherwise.
 */
class ServerPasswordCommandTest {

    private static final String PGPASSFILE = "org.postgresql.pgpassfile"; // the driver's own setting, as PGPASSFILE

    @TempDir
    Path dir;

    @AfterEach
    void forgetPgpass() {
        System.clearProperty(PGPASSFILE);
    }

    @Test
    void aPasswordComesFromThePgpassFileAndWithoutOneTheMessageSaysWhereToPutIt() throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int port = server.getPort();
        String admin = "postgresql://postgres@localhost:" + port + "/study";
        try {
            CommandLineTest.Run init = CommandLineTest.run("team", "init", admin);
            assertEquals(0, init.code(), init.err());
            CommandLineTest.Run add = CommandLineTest.run("team", "add-analyst", admin, "Ana", "--login", "ana", "--no-password");
            assertEquals(0, add.code(), add.err());
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER ROLE ana PASSWORD 'kestrel-7'"); // hashed by the server (SCRAM)
            }
        } finally {
            server.close();
        }
        // the administrator stays trusted (the test's own setup); every other login must give a password
        Files.writeString(data.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
        try {
            String ana = "postgresql://ana@localhost:" + port + "/study";
            System.setProperty(PGPASSFILE, dir.resolve("no-such-pgpass").toString());
            CommandLineTest.Run none = CommandLineTest.run("list", ana);
            assertNotEquals(0, none.code());
            assertTrue(none.err().contains("pgpass file"), none.err());
            assertTrue(none.err().contains("at a terminal to be asked"), none.err());

            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, "localhost:" + port + ":study:ana:kestrel-7\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            System.setProperty(PGPASSFILE, pgpass.toString());
            CommandLineTest.Run listed = CommandLineTest.run("list", ana);
            assertEquals(0, listed.code(), listed.err());
            Path csv = dir.resolve("tags.csv");
            CommandLineTest.Run exported = CommandLineTest.run("export", ana, "--format", "csv", "--out", csv.toString());
            assertEquals(0, exported.code(), exported.err());
            assertTrue(Files.readString(csv).startsWith("document_id,"), Files.readString(csv));

            Files.writeString(pgpass, "localhost:" + port + ":study:ana:wrong\n");
            CommandLineTest.Run wrong = CommandLineTest.run("list", ana);
            assertNotEquals(0, wrong.code());
            assertTrue(wrong.err().contains("password"), wrong.err());
            assertTrue(!wrong.err().contains("\tat "), "no stack trace: " + wrong.err());
        } finally {
            server.close();
        }
    }
}
