package org.newsmark.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.newsmark.service.port.ProjectRefusedException;
import org.sqlite.ProgressHandler;

/**
 * Looks at an existing file before anything may write to it, so that a file that is not ours,
 * is damaged, holds code, or comes from a newer version is refused while it is still
 * byte-for-byte intact. The look itself is read-only, distrusts the schema and has a time limit.
 */
final class ProjectFileInspector {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The look (schema, quick check) gives up after this long: a crafted file must not hang the program. */
    static final long TIME_LIMIT_MILLIS = Long.getLong("newsmark.inspectMillis", 60_000);

    /**
     * Files larger than this (16 MiB, where the quick check takes more than a few tens of
     * milliseconds) may have it run beside the first look, see {@link DeferredIntegrityCheck}.
     */
    static final long DEFER_CHECK_ABOVE = 16L << 20;

    /**
     * @param readOnlyMedium the file system cannot be written at all (a DVD, a read-only mount)
     * @param checkDeferred  the quick check was not run: whoever opens the file runs it before writing
     */
    record Inspection(int schemaVersion, boolean readOnlyMedium, boolean checkDeferred) {
    }

    private ProjectFileInspector() {
    }

    static Inspection inspect(Path file) throws ProjectRefusedException {
        return inspect(file, Long.MAX_VALUE);
    }

    /**
     * As {@link #inspect(Path)}; a file of the current format larger than {@code deferCheckAbove}
     * bytes is not quick-checked here ({@link Inspection#checkDeferred()}).
     */
    static Inspection inspect(Path file, long deferCheckAbove) throws ProjectRefusedException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ProjectRefusedException(Files.isDirectory(file) ? name + " is a folder, not a Newsmark project."
                    : name + " does not exist.");
        }
        checkHeader(file, name);
        boolean readOnlyMedium = isOnReadOnlyMedium(file);
        Path wal = ProjectFiles.wal(file);
        Path shm = ProjectFiles.shm(file);
        boolean hadWal = Files.exists(wal);
        boolean hadShm = Files.exists(shm);
        try {
            boolean large = size(file) > deferCheckAbove;
            int[] version = new int[1];
            boolean deferred = inspectDatabase(file, name, readOnlyMedium, v -> large && v == Schema.currentVersion(), version);
            return new Inspection(version[0], readOnlyMedium, deferred);
        } finally {
            if (!readOnlyMedium) {
                removeSideFilesOfThisLook(wal, hadWal, shm, hadShm);
            }
        }
    }

    static boolean isOnReadOnlyMedium(Path file) {
        try {
            return Files.getFileStore(file).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A read-only look at a WAL-mode database makes SQLite create an empty -wal and a -shm beside
     * it; the folder should be left as it was found. Only files that were absent before and hold
     * no data are removed, so another program's live WAL is never touched.
     */
    static void removeSideFilesOfThisLook(Path wal, boolean hadWal, Path shm, boolean hadShm) {
        try {
            if (!hadWal && Files.exists(wal) && Files.size(wal) == 0) {
                Files.delete(wal);
            }
            if (!hadShm && Files.exists(shm) && !Files.exists(wal)) {
                Files.delete(shm);
            }
        } catch (IOException ignored) {
            // a leftover empty side file does no harm to the database
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // checked now, then
        }
    }

    /** Returns whether the quick check was left to the opener ({@code defer} said so for the version found). */
    private static boolean inspectDatabase(Path file, String name, boolean readOnlyMedium, java.util.function.IntPredicate defer,
                                           int[] versionOut) throws ProjectRefusedException {
        try (SqliteDatabase db = SqliteDatabase.reader(file, readOnlyMedium)) {
            return db.read(c -> {
                limitTime(c, () -> false);
                try (Statement s = c.createStatement()) {
                    int appId = intPragma(s, "PRAGMA application_id");
                    int version = intPragma(s, "PRAGMA user_version");
                    if (appId != Schema.APPLICATION_ID) {
                        throw new Refusal(name + " is an SQLite database of another program, not a Newsmark project.");
                    }
                    if (version > Schema.currentVersion()) {
                        throw new Refusal(name + " was written by a newer version of Newsmark (project format "
                                + version + "; this version reads up to " + Schema.currentVersion() + "). Update Newsmark to open it.");
                    }
                    if (version < 1) {
                        throw new Refusal(name + " is damaged: it has no project format version.");
                    }
                    try {
                        SchemaCheck.verify(c, version, name);
                    } catch (ProjectRefusedException e) {
                        throw new Refusal(e.getMessage());
                    }
                    versionOut[0] = version;
                    if (defer.test(version)) {
                        return true;
                    }
                    try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                        String result = rs.next() ? rs.getString(1) : "no answer";
                        if (!"ok".equals(result)) {
                            throw new Damage(name + " is damaged (SQLite integrity check: " + result + ").");
                        }
                    }
                    return false;
                } finally {
                    ProgressHandler.clearHandler(c);
                }
            });
        } catch (Damage d) {
            throw new DamagedProjectException(d.getMessage(), null);
        } catch (Refusal r) {
            throw new ProjectRefusedException(r.getMessage());
        } catch (SQLException | RuntimeException e) {
            String m = SqliteErrors.firstLine(e);
            if (m.contains("SQLITE_INTERRUPT")) {
                throw new ProjectRefusedException(name + " took longer than " + TIME_LIMIT_MILLIS / 1000
                        + " s to check and was not opened (a damaged or crafted file?). It is unchanged.", e);
            }
            throw new DamagedProjectException(name + " is damaged or not a Newsmark project (" + m + ").", e);
        }
    }

    /** SQLite interrupts the connection's work after {@link #TIME_LIMIT_MILLIS}, or sooner once {@code stop} says so. */
    static void limitTime(Connection c, java.util.function.BooleanSupplier stop) throws SQLException {
        long deadline = System.currentTimeMillis() + TIME_LIMIT_MILLIS;
        ProgressHandler.setHandler(c, 10_000, new ProgressHandler() {
            @Override
            protected int progress() {
                return stop.getAsBoolean() || System.currentTimeMillis() > deadline ? 1 : 0;
            }
        });
    }

    private static void checkHeader(Path file, String name) throws ProjectRefusedException {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ProjectRefusedException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new ProjectRefusedException(name + " is empty, not a Newsmark project.");
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new ProjectRefusedException(name + " is not a Newsmark project (it is not an SQLite database).");
        }
    }

    private static int intPragma(Statement s, String pragmaSql) throws SQLException {
        try (ResultSet rs = s.executeQuery(pragmaSql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** A refusal carried out of the JDBC lambda. */
    private static class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** A failed integrity check carried out of the JDBC lambda. */
    private static final class Damage extends Refusal {
        Damage(String message) {
            super(message);
        }
    }

    /**
     * The file looked damaged. The look may have caught another process in the middle of a
     * checkpoint, writing through another name of this file (a hard link, whose log SQLite
     * cannot see by this name), so the caller repeats it while no one can write before believing it.
     */
    static final class DamagedProjectException extends ProjectRefusedException {
        DamagedProjectException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
