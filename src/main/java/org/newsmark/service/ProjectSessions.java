package org.newsmark.service;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.ProjectStores;
import org.newsmark.service.port.ServerProjects;

/**
 * Opens projects as sessions. Built once, by the application, over the backend it wires in.
 * Every refusal leaves the file as it was and says why.
 */
public final class ProjectSessions {

    private final ProjectStores stores;
    private final ServerProjects servers;
    private final OpenAhead ahead = new OpenAhead();

    public ProjectSessions(ProjectStores stores) {
        this(stores, null);
    }

    /** @param servers team projects on a PostgreSQL server; null where the build has none */
    public ProjectSessions(ProjectStores stores, ServerProjects servers) {
        this.stores = stores;
        this.servers = servers;
    }

    /** A team project, for editing, as the analyst of the address's login; {@code password} null: the pgpass file. */
    public ProjectSession openServer(ServerAddress address, char[] password) throws ProjectRefusedException {
        return new ProjectSession(servers().open(address, password), this);
    }

    /** A team project for reading only. */
    public ProjectSession openServerReadOnly(ServerAddress address, char[] password) throws ProjectRefusedException {
        return new ProjectSession(servers().openReadOnly(address, password), this);
    }

    private ServerProjects servers() throws ProjectRefusedException {
        if (servers == null) {
            throw new ProjectRefusedException("This build of Newsmark opens no team projects.");
        }
        return servers;
    }

    /** A file or, for {@code postgresql://…}, a team project (the command line's PROJECT). */
    public ProjectSession open(String where) throws ProjectRefusedException {
        return ServerAddress.looksLike(where) ? openServer(address(where), null) : open(Path.of(where));
    }

    /** As {@link #open(String)}, for reading only. */
    public ProjectSession openReadOnly(String where) throws ProjectRefusedException {
        return ServerAddress.looksLike(where) ? openServerReadOnly(address(where), null) : openReadOnly(Path.of(where));
    }

    /** As {@link #inNewOrExisting(Path, SessionWork)}; a team project must exist ({@code newsmark team init}). */
    public <T> T inNewOrExisting(String where, SessionWork<T> work) throws Exception {
        if (!ServerAddress.looksLike(where)) {
            return inNewOrExisting(Path.of(where), work);
        }
        try (ProjectSession session = open(where)) {
            return work.run(session);
        }
    }

    private static ServerAddress address(String where) throws ProjectRefusedException {
        try {
            return ServerAddress.parse(where);
        } catch (IllegalArgumentException e) {
            throw new ProjectRefusedException("Cannot open " + where + ": " + e.getMessage() + ".");
        }
    }

    /** An existing project, for editing (or read-only when another writer has it). */
    public ProjectSession open(Path file) throws ProjectRefusedException {
        ProjectSession early = ahead.take(file);
        return early != null ? early : new ProjectSession(stores.open(file), this);
    }

    /**
     * Starts opening {@code file} for editing on a background thread, while the window's toolkit
     * starts (issue 18): the next {@link #open(Path)} of that file gets this session, or its
     * refusal, as if it had opened the file itself. Any other next open closes it.
     */
    public void openAhead(Path file) {
        ahead.start(file, () -> new ProjectSession(stores.open(file), this));
    }

    /** Closes a session opened ahead that no open took (the app ends first). */
    public void closeOpenedAhead() {
        ahead.drop();
    }

    /** A new project; refuses a path where anything exists. */
    public ProjectSession create(Path file) throws ProjectRefusedException {
        ahead.drop();
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

    /**
     * As {@link #openReadOnly(String)}, for one CSV or JSON Lines export of the tags, which waits
     * for the file's integrity check at its end instead of before its first read ({@link ProjectStores#openToExport}).
     */
    public ProjectSession openToExport(String where) throws ProjectRefusedException {
        return ServerAddress.looksLike(where) ? openServerReadOnly(address(where), null)
                : new ProjectSession(stores.openToExport(Path.of(where)), this);
    }
}
