package org.newsmark.storage;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsmark.service.port.NotSavedException;
import org.sqlite.ProgressHandler;

/**
 * SQLite's quick check of a large project, run on a connection of its own while the project is
 * already open for reading, so the article list appears without waiting for a read of the whole
 * file. Nothing may be written before the check has passed: the writer's first transaction waits
 * for it, and a failed check refuses every write, leaving the file as it was found. See
 * docs/decisions/0030-integrity-check-beside-the-first-look.md.
 */
final class DeferredIntegrityCheck implements AutoCloseable {

    private final String name;
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private Thread thread;

    private DeferredIntegrityCheck(String name) {
        this.name = name;
    }

    /** Starts the check of {@code file} on a daemon thread. */
    static DeferredIntegrityCheck start(Path file) {
        return start(file, false);
    }

    /**
     * @param immutable read as the session's own immutable reader does: a connection that may
     *                  expect changes would make a WAL beside the file, which that reader takes for a writer
     */
    static DeferredIntegrityCheck start(Path file, boolean immutable) {
        DeferredIntegrityCheck check = new DeferredIntegrityCheck(file.getFileName().toString());
        check.thread = new Thread(() -> check.run(file, immutable), "integrity check of " + check.name);
        check.thread.setDaemon(true);
        check.thread.start();
        return check;
    }

    private void run(Path file, boolean immutable) {
        try (SqliteDatabase db = SqliteDatabase.reader(file, immutable)) {
            result.complete(db.read(c -> {
                ProjectFileInspector.limitTime(c, stopped::get);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    return rs.next() ? rs.getString(1) : "no answer";
                } finally {
                    ProgressHandler.clearHandler(c);
                }
            }));
        } catch (SQLException | RuntimeException e) {
            String m = SqliteErrors.firstLine(e);
            result.complete(m.contains("SQLITE_INTERRUPT") && !stopped.get()
                    ? "not finished within " + ProjectFileInspector.TIME_LIMIT_MILLIS / 1000 + " s" : m);
        }
    }

    /** What waits for the check: a writer's first write, or the end of an export (the message differs). */
    enum Use { WRITE, EXPORT }

    /** Waits for the check before a write; throws, naming the file and the problem, unless it passed. */
    void requirePassed() {
        requirePassed(Use.WRITE);
    }

    /** Waits for the check; throws, naming the file and the problem, unless it passed. */
    void requirePassed(Use use) {
        String verdict;
        try {
            verdict = result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotSavedException(NotSavedException.Reason.IO, "The change was not saved: the wait for the integrity check of "
                    + name + " was interrupted.", e);
        } catch (ExecutionException e) {
            verdict = String.valueOf(e.getCause());
        }
        if (!"ok".equals(verdict)) {
            throw new NotSavedException(NotSavedException.Reason.REFUSED_BY_DATABASE, name + " is damaged (SQLite integrity check: "
                    + verdict + (use == Use.WRITE ? "). Nothing was written to it and the file is unchanged; close it and open a backup."
                    : "). The export was stopped: no output file was kept, and rows already sent to standard output are not to be"
                    + " trusted. Open a backup, or repair the file with an SQLite tool."), null);
        }
    }

    /** True once the check has finished, passed or not. */
    boolean isDone() {
        return result.isDone();
    }

    /**
     * Stops a check still running (the project is closing) and waits for its connection to close,
     * so the writer's last checkpoint is not held up by it; later writes are refused.
     */
    @Override
    public void close() {
        stopped.set(true);
        result.complete("stopped: the project was closed");
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
