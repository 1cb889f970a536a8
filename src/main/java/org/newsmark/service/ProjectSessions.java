package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStores;

/**
 * Opens projects as sessions. Built once, by the application, over the backend it wires in.
 * Every refusal leaves the file as it was and says why.
 */
public final class ProjectSessions {

    private final ProjectStores stores;

    public ProjectSessions(ProjectStores stores) {
        this.stores = stores;
    }

    /** An existing project, for editing (or read-only when another writer has it). */
    public ProjectSession open(Path file) throws ProjectRefusedException {
        return new ProjectSession(stores.open(file), this);
    }

    /** A new project; refuses a path where anything exists. */
    public ProjectSession create(Path file) throws ProjectRefusedException {
        return new ProjectSession(stores.create(file), this);
    }

    public ProjectSession openOrCreate(Path file) throws ProjectRefusedException {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? open(file) : create(file);
    }

    /** Work in the project at {@code file}; a project this call had to create is removed again when the work fails. */
    public <T> T inNewOrExisting(Path file, SessionWork<T> work) throws Exception {
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        ProjectSession session = existed ? open(file) : create(file);
        boolean ok = false;
        try {
            T result = work.run(session);
            ok = true;
            return result;
        } finally {
            if (ok || existed) {
                session.close();
            } else {
                stores.discardCreated(session.store());
            }
        }
    }

    /** Work with an open session. */
    @FunctionalInterface
    public interface SessionWork<T> {
        T run(ProjectSession session) throws Exception;
    }

    /** For commands that only read: no lock, no upgrade, nothing written; writers are not blocked. */
    public ProjectSession openReadOnly(Path file) throws ProjectRefusedException {
        return new ProjectSession(stores.openReadOnly(file), this);
    }
}
