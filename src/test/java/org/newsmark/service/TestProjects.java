package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsmark.domain.ServerAddress;
import org.newsmark.storage.postgres.TestServer;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;

/**
 * Opening projects in tests, through the same wiring as the app; and the store under a session,
 * for fault injection. With {@code -Dnewsmark.test.backend=postgres} (the second surefire run of
 * the pom) a project "file" is a team project on the embedded server instead: the same tests run
 * against both backends.
 */
public final class TestProjects {

    private static final boolean ON_SERVER = "postgres".equals(System.getProperty("newsmark.test.backend"));
    private static final Map<Path, ServerAddress> SERVER_PROJECTS = new ConcurrentHashMap<>();

    private TestProjects() {
    }

    /** Whether this run keeps the tests' projects on the PostgreSQL server. */
    public static boolean onServer() {
        return ON_SERVER;
    }

    /** Skips the rest of a test that is about project files as such (their folder, their name, a second file) on the server run. */
    public static void assumeFile(String why) {
        org.junit.jupiter.api.Assumptions.assumeFalse(ON_SERVER, "about project files: " + why);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    public static ProjectSession open(Path file) throws ProjectRefusedException {
        ServerAddress a = SERVER_PROJECTS.get(key(file));
        return a != null ? Wiring.projects().openServer(a, null) : Wiring.projects().open(file);
    }

    public static ProjectSession create(Path file) throws ProjectRefusedException {
        if (!ON_SERVER) {
            return Wiring.projects().create(file);
        }
        if (SERVER_PROJECTS.containsKey(key(file)) || Files.exists(file)) {
            throw new ProjectRefusedException(file.getFileName() + " already exists.");
        }
        ServerAddress a = TestServer.newProject();
        SERVER_PROJECTS.put(key(file), a);
        return Wiring.projects().openServer(a, null);
    }

    public static ProjectSession openOrCreate(Path file) throws ProjectRefusedException {
        return SERVER_PROJECTS.containsKey(key(file)) || Files.exists(file) ? open(file) : create(file);
    }

    public static ProjectSession openReadOnly(Path file) throws ProjectRefusedException {
        ServerAddress a = SERVER_PROJECTS.get(key(file));
        return a != null ? Wiring.projects().openServerReadOnly(a, null) : Wiring.projects().openReadOnly(file);
    }

    public static ProjectStore store(ProjectSession session) {
        return session.store();
    }

    /** A second annotation service over the same project, without the listeners the UI adds (benchmarks). */
    public static AnnotationService bareAnnotations(ProjectSession session) {
        return new AnnotationService(session.store());
    }
}
