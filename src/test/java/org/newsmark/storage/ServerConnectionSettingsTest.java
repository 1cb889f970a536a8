package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.ServerAddress;
import org.newsmark.storage.postgres.TestServer;

/** What a team project's connection is told: libpq's TLS settings, and never a password it was not given. */
class ServerConnectionSettingsTest {

    @Test
    void pgsslmodeAndPgsslrootcertAreHonouredAsPsqlDoes() {
        ServerAddress a = ServerAddress.parse("postgresql://ana@db.example.org/study");
        Properties plain = PostgresDatabase.properties(a, null, Map.of());
        assertNull(plain.getProperty("sslmode"), "the driver's default, prefer");
        assertNull(plain.getProperty("password"), "the pgpass file, read by the driver");
        assertEquals("ana", plain.getProperty("user"));
        Properties strict = PostgresDatabase.properties(a, null, Map.of("PGSSLMODE", "verify-full", "PGSSLROOTCERT", "/etc/team/ca.pem"));
        assertEquals("verify-full", strict.getProperty("sslmode"));
        assertEquals("/etc/team/ca.pem", strict.getProperty("sslrootcert"));
    }

    @Test
    void tlsRequiredOfAServerWithoutItIsRefusedSayingSo() {
        ServerAddress a = TestServer.newProject(); // the embedded server has no TLS
        SQLException e = assertThrows(SQLException.class,
                () -> PostgresDatabase.connect(a, PostgresDatabase.properties(a, null, Map.of("PGSSLMODE", "require"))).close());
        String m = PostgresProjectStores.refusal(a, null, e).getMessage();
        assertTrue(m.contains("offers no TLS, and PGSSLMODE asks for it"), m);
    }
}
