package org.newsmark.service;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.newsmark.service.port.ProjectRefusedException;

/**
 * One project opened ahead of its use on a thread of its own ({@link ProjectSessions#openAhead}).
 * The first open after it takes the session when it names the same file; any other open, a
 * create, or the end of the app closes it, so no session is left open that nobody holds.
 */
final class OpenAhead {

    /** The open itself, as {@link ProjectSessions} does it. */
    @FunctionalInterface
    interface Opening {
        ProjectSession open() throws ProjectRefusedException;
    }

    private Path file;
    private CompletableFuture<ProjectSession> session;

    synchronized void start(Path file, Opening opening) {
        drop();
        CompletableFuture<ProjectSession> next = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                next.complete(opening.open());
            } catch (Throwable e) { // handed over as it is to whoever takes it
                next.completeExceptionally(e);
            }
        }, "open-ahead");
        t.setDaemon(true);
        this.file = file;
        this.session = next;
        t.start();
    }

    /**
     * The session opened ahead when it is of {@code wanted} (waiting for it), else null; the
     * refusal or failure of that open is thrown here. A session of another file is closed.
     */
    synchronized ProjectSession take(Path wanted) throws ProjectRefusedException {
        if (session == null) {
            return null;
        }
        if (wanted == null || !same(file, wanted)) {
            drop();
            return null;
        }
        CompletableFuture<ProjectSession> mine = session;
        session = null;
        file = null;
        try {
            return mine.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mine.thenAccept(ProjectSession::close); // not waited for: this thread was asked to stop
            throw new ProjectRefusedException("The project was not opened: the start was interrupted.");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Waits for the open ahead to end, closes what it opened and forgets it. */
    synchronized void drop() {
        CompletableFuture<ProjectSession> mine = session;
        session = null;
        file = null;
        if (mine == null) {
            return;
        }
        try {
            mine.join().close();
        } catch (RuntimeException refusedOrFailed) {
            // nothing was opened, so nothing is left to close; whoever wants that file opens it anew
        }
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static ProjectRefusedException rethrown(Throwable cause) {
        if (cause instanceof ProjectRefusedException refused) {
            return refused;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new CompletionException(cause);
    }
}
