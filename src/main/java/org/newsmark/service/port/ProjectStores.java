package org.newsmark.service.port;

import java.nio.file.Path;

/** Opens and creates projects. Every refusal leaves the file exactly as it was. */
public interface ProjectStores {

    /** A new, empty project with the default codebook; refuses a path that exists. */
    ProjectStore create(Path file) throws ProjectRefusedException;

    /**
     * An existing project for editing: upgraded to the current format first (after a backup), or
     * opened read-only when another writer holds it or it cannot be written.
     */
    ProjectStore open(Path file) throws ProjectRefusedException;

    /**
     * An existing project for reading only: no lock, no upgrade, no change to the file or its
     * folder. For read-only commands and for the other project of a merge.
     */
    ProjectStore openReadOnly(Path file) throws ProjectRefusedException;

    /**
     * As {@link #openReadOnly}, for one export that calls {@link ProjectStore#requireIntact()}
     * before its output counts: the backend may check the file's integrity beside the export's
     * reads instead of before them (docs/decisions/0048-export-checks-beside-its-reads.md).
     */
    default ProjectStore openToExport(Path file) throws ProjectRefusedException {
        return openReadOnly(file);
    }

    /**
     * Closes a project this process created moments ago and removes it with every file it made,
     * for a command that created a project and then failed: nothing is left half-made.
     */
    void discardCreated(ProjectStore created);
}
