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

    /** For commands that only read: no lock, no upgrade, nothing written; writers are not blocked. */
    public ProjectSession openReadOnly(Path file) throws ProjectRefusedException {
        return new ProjectSession(stores.openReadOnly(file), this);
    }
}
