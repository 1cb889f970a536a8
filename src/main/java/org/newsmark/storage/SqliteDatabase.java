package org.newsmark.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.newsmark.fs.FileIdentity;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One JDBC connection to a project file. One thread at a time (callers synchronise on this
 * object). Writers use WAL with {@code synchronous=FULL}, so an acknowledged edit survives a
 * killed process. No connection trusts the schema to run code.
 */
final class SqliteDatabase extends Database {

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    /** Identity of the file opened, to notice it being deleted or replaced while open. */
    private final Object fileKey;
    /**
     * For an immutable reader, the file as it was before the connection opened. SQLite then takes
     * no lock and trusts the file never to change; a writer that opens meanwhile changes it under
     * the reader (a checkpoint rewrites pages), so every read checks the file is still as it was.
     */
    private final FileState openedAs;
    /** A quick check still running beside this writer: the first write waits for it to pass. */
    private volatile DeferredIntegrityCheck pendingCheck;

    private SqliteDatabase(Path file, Connection connection, boolean readOnly, FileState openedAs) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.fileKey = FileIdentity.of(file).orElse(null);
        this.openedAs = openedAs;
    }

    /** What an immutable reader relies on: the same file, size and modification time, and no log beside it. */
    private record FileState(Object key, long size, FileTime modified, boolean wal) {
        static FileState of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileState(a.fileKey(), a.size(), a.lastModifiedTime(), Files.exists(ProjectFiles.wal(file)));
            } catch (IOException e) {
                return new FileState(null, -1, null, false);
            }
        }
    }

    /** A connection that may write; the caller holds the project's lock. */
    static SqliteDatabase writer(Path file) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return new SqliteDatabase(file, connect(url(file, false), config.toProperties()), false, null);
    }

    /**
     * A connection that cannot write. {@code immutable} tells SQLite the file cannot change (a
     * read-only medium, or a file without a WAL): no lock, no side file is created.
     */
    static SqliteDatabase reader(Path file, boolean immutable) throws SQLException {
        SQLiteConfig config = baseConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        FileState before = immutable ? FileState.of(file) : null;
        return new SqliteDatabase(file, connect(url(file, immutable), config.toProperties()), true, before);
    }

    /** An empty database in memory (the schema check builds its reference schema there). */
    static SqliteDatabase memory() throws SQLException {
        return new SqliteDatabase(Path.of(":memory:"), connect("jdbc:sqlite::memory:", baseConfig().toProperties()), false, null);
    }

    private static SQLiteConfig baseConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return config;
    }

    static String url(Path file, boolean immutable) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri() + (immutable ? "?immutable=1" : "");
    }

    static Connection connect(String url, Properties properties) throws SQLException {
        Connection c = DriverManager.getConnection(url, properties);
        try (Statement s = c.createStatement()) {
            // views and triggers of a file may not call functions with side effects
            s.execute("PRAGMA trusted_schema = OFF");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.setAutoCommit(true);
        return c;
    }

    Path file() {
        return file;
    }

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** Writes wait for {@code check} to pass, and are refused if it does not. */
    void writeAfter(DeferredIntegrityCheck check) {
        this.pendingCheck = check;
    }

    @Override
    boolean isReadOnly() {
        return readOnly;
    }

    /** A query, or reads joining the caller's transaction or snapshot. */
    @Override
    synchronized <T> T read(SqlWork<T> work) {
        if (!readOnly) {
            // a writer whose file is gone must not go on as if all were well, reading or writing
            try {
                requireFileInPlace();
            } catch (FileGone gone) {
                if (inTransaction()) {
                    throw gone; // the transaction rolls back first, then rescues
                }
                throw rescue();
            }
        }
        requireUnchanged();
        try {
            T result = work.run(connection);
            requireUnchanged(); // what an immutable reader just read may be half old, half new
            return result;
        } catch (SQLException e) {
            requireUnchanged(); // a torn read looks like a damaged file; say what really happened
            throw SqliteErrors.notSaved(file, e);
        } catch (RuntimeException e) {
            requireUnchanged(); // as above, for rows that decode to nonsense
            throw e;
        }
    }

    /** An immutable reader whose file changed since it opened must not go on: it would mix two states. */
    private void requireUnchanged() {
        if (openedAs != null && !openedAs.equals(FileState.of(file))) {
            throw new NotSavedException(NotSavedException.Reason.IO, file.getFileName() + " changed while it was being read"
                    + " (another program opened it for writing). What was read is not used; run the command again.", null);
        }
    }

    /** A write of its own: a transaction, or a part of the caller's. */
    @Override
    synchronized <T> T write(SqlWork<T> work) {
        return inTransaction(() -> {
            requireFileInPlace();
            return work.run(connection);
        });
    }

    /**
     * Runs {@code work} in one transaction; writes made from it on this thread join it (the
     * monitor is re-entrant and the connection shared). Any exception rolls everything back.
     * When the file turns out deleted, the committed state is first written back to its name.
     */
    @Override
    synchronized <T, E extends Exception> T inTransaction(CheckedWork<T, E> work) throws E {
        if (readOnly) {
            throw SqliteErrors.readOnly(file);
        }
        if (inTransaction()) {
            return joined(work);
        }
        DeferredIntegrityCheck check = pendingCheck;
        if (check != null) {
            check.requirePassed();
        }
        begin();
        boolean committed = false;
        try {
            T result = work.run();
            requireFileInPlace();
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.notSaved(file, e);
        } catch (FileGone gone) {
            rollbackQuietly();
            endTransaction(); // VACUUM INTO, the rescue, runs outside a transaction only
            committed = true;
            throw rescue();
        } finally {
            if (!committed) {
                rollbackQuietly();
            }
            endTransaction();
        }
    }

    /** Runs {@code work} on one consistent snapshot (a read transaction); nested calls join. */
    @Override
    synchronized <T, E extends Exception> T inSnapshot(CheckedWork<T, E> work) throws E {
        if (inTransaction()) {
            return joined(work);
        }
        begin();
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqliteErrors.notSaved(file, e);
        } finally {
            rollbackQuietly(); // nothing was written: ending the read transaction is all
            endTransaction();
        }
    }

    private <T, E extends Exception> T joined(CheckedWork<T, E> work) throws E {
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqliteErrors.notSaved(file, e);
        }
    }

    private boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw SqliteErrors.notSaved(file, e);
        }
    }

    private void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw SqliteErrors.notSaved(file, e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // a connection that cannot roll back discards the transaction when it closes
        }
    }

    private void endTransaction() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // as above
        }
    }

    /**
     * SQLite keeps writing to a file deleted while open, and loses it all on close. So a write
     * checks the file is still the one it opened, and refuses to go on when it is not.
     */
    private void requireFileInPlace() {
        if (fileKey != null && !fileKey.equals(FileIdentity.of(file).orElse(null))) {
            throw new FileGone();
        }
    }

    /** After the file vanished: writes every committed edit back to its name when nothing is there. */
    private NotSavedException rescue() {
        String name = file.getFileName().toString();
        String problem = name + " was deleted or moved while open: the last change was not saved.";
        if (!Files.exists(file)) {
            try (PreparedStatement ps = connection.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, file.toAbsolutePath().toString());
                ps.execute();
                return new NotSavedException(NotSavedException.Reason.FILE_GONE, problem
                        + " Everything saved before it was written back to " + name + "; close the project and open it again.", null);
            } catch (SQLException e) {
                // fall through: say what we could not do
            }
        }
        return new NotSavedException(NotSavedException.Reason.FILE_GONE, problem + " Close the project and open it again.", null);
    }

    /** SQLite's full {@code PRAGMA integrity_check}: "ok", or the first problem it found. */
    String integrityCheck() {
        return read(c -> {
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    @Override
    public synchronized void close() {
        DeferredIntegrityCheck check = pendingCheck;
        if (check != null) {
            check.close();
        }
        try {
            if (!connection.isClosed()) {
                if (!readOnly) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    } catch (SQLException ignored) {
                        // the WAL stays beside the file; SQLite replays it on the next open
                    }
                }
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing cannot lose committed data
        }
    }

    /** The file under this connection is gone; unwinds to the outermost transaction. */
    private static final class FileGone extends RuntimeException {
        FileGone() {
            super(null, null, false, false);
        }
    }
}
