package org.newsmark.storage;

import java.nio.file.Path;

/** An open project: its database and the stores over it. */
public final class Project implements AutoCloseable {

    private final ProjectDatabase db;
    private final DocumentStore documents;
    private final LabelStore labels;
    private final AnalystStore analysts;
    private final AnnotationStore annotations;

    private Project(ProjectDatabase db) {
        this.db = db;
        this.documents = new DocumentStore(db);
        this.labels = new LabelStore(db);
        this.analysts = new AnalystStore(db);
        this.annotations = new AnnotationStore(db);
    }

    public static Project create(Path file) throws ProjectFileException {
        return new Project(ProjectDatabase.create(file));
    }

    public static Project open(Path file) throws ProjectFileException {
        return new Project(ProjectDatabase.open(file));
    }

    /** Opens {@code file}, creating a new project there when it does not exist yet. */
    public static Project openOrCreate(Path file) throws ProjectFileException {
        return java.nio.file.Files.exists(file) ? open(file) : create(file);
    }

    public ProjectDatabase database() {
        return db;
    }

    public Path file() {
        return db.file();
    }

    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    public DocumentStore documents() {
        return documents;
    }

    public LabelStore labels() {
        return labels;
    }

    public AnalystStore analysts() {
        return analysts;
    }

    public AnnotationStore annotations() {
        return annotations;
    }

    /** All store calls made by {@code work} commit together or not at all. */
    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
        return db.inTransaction(work::run);
    }

    /** A unit of work over the stores, free of JDBC types. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    @Override
    public void close() {
        db.close();
    }
}
