package org.newsmark.service;

import java.nio.file.Path;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;

/** Opening projects in tests, through the same wiring as the app; and the store under a session, for fault injection. */
public final class TestProjects {

    private TestProjects() {
    }

    public static ProjectSession open(Path file) throws ProjectRefusedException {
        return Wiring.projects().open(file);
    }

    public static ProjectSession create(Path file) throws ProjectRefusedException {
        return Wiring.projects().create(file);
    }

    public static ProjectSession openOrCreate(Path file) throws ProjectRefusedException {
        return Wiring.projects().openOrCreate(file);
    }

    public static ProjectSession openReadOnly(Path file) throws ProjectRefusedException {
        return Wiring.projects().openReadOnly(file);
    }

    public static ProjectStore store(ProjectSession session) {
        return session.store();
    }

    /** A second annotation service over the same project, without the listeners the UI adds (benchmarks). */
    public static AnnotationService bareAnnotations(ProjectSession session) {
        return new AnnotationService(session.store());
    }
}
