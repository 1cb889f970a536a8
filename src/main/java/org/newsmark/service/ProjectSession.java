package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.storage.Project;
import org.newsmark.storage.ProjectFileException;

/**
 * An open project as the UI and the command line see it: the services over one project file.
 * Opening refuses files that are not Newsmark projects, damaged, or newer, without touching them.
 */
public final class ProjectSession implements AutoCloseable {

    private final Project project;
    private final DocumentService documents;
    private final AnnotationService annotations;

    private ProjectSession(Project project) {
        this.project = project;
        this.documents = new DocumentService(project);
        this.annotations = new AnnotationService(project);
    }

    public static ProjectSession open(Path file) throws ProjectFileException {
        return new ProjectSession(Project.open(file));
    }

    public static ProjectSession create(Path file) throws ProjectFileException {
        return new ProjectSession(Project.create(file));
    }

    public static ProjectSession openOrCreate(Path file) throws ProjectFileException {
        return Files.exists(file) ? open(file) : create(file);
    }

    /** For services in this package and tests that need the stores. */
    public Project project() {
        return project;
    }

    public Path file() {
        return project.file();
    }

    public boolean isReadOnly() {
        return project.isReadOnly();
    }

    public DocumentService documents() {
        return documents;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public List<Label> labels() {
        return project.labels().all();
    }

    public List<Analyst> analysts() {
        return project.analysts().all();
    }

    public Optional<Analyst> findAnalyst(String name) {
        return project.analysts().findByName(name);
    }

    /**
     * The analyst of that name, created when the project has none (a read-only project gives an
     * unsaved analyst with id -1). The name is stripped and checked by {@link Names}.
     *
     * @throws Names.InvalidNameException (an IllegalArgumentException) when the name is refused;
     *                                    its message says why, and nothing is stored
     */
    public Analyst analyst(String name) {
        String n = Names.analyst(name);
        if (isReadOnly()) {
            return findAnalyst(n).orElse(new Analyst(-1, n));
        }
        return project.analysts().findOrCreate(n);
    }

    @Override
    public void close() {
        project.close();
    }
}
