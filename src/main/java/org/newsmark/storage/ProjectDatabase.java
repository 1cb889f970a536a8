package org.newsmark.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * An open project file: one JDBC connection, used by one thread at a time (callers synchronise
 * on this object through {@link #transaction}). Every write is its own committed transaction,
 * in WAL mode with {@code synchronous=FULL}, so an acknowledged edit survives a killed process.
 */
public final class ProjectDatabase implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final ProjectLock lock;

    private ProjectDatabase(Path file, Connection connection, ProjectLock lock) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
    }

    /** Creates a new project file; refuses to overwrite an existing one. */
    public static ProjectDatabase create(Path file) throws ProjectFileException {
        if (Files.exists(file)) {
            throw new ProjectFileException(file.getFileName() + " already exists.");
        }
        ProjectLock lock = ProjectLock.tryAcquire(file)
                .orElseThrow(() -> new ProjectFileException("Cannot create " + file.getFileName() + ": its folder is not writable or it is in use."));
        try {
            Connection c = connect(file, false);
            Migrations.apply(c, 0);
            return new ProjectDatabase(file, c, lock);
        } catch (SQLException e) {
            lock.close();
            throw new ProjectFileException("Cannot create " + file.getFileName() + ": " + ProjectFileInspector.firstLine(e), e);
        }
    }

    /**
     * Opens an existing project after checking it is one. When another process holds the
     * project, or the file cannot be written, it opens read-only and {@link #isReadOnly()} says so.
     */
    public static ProjectDatabase open(Path file) throws ProjectFileException {
        if (!Files.isRegularFile(file)) {
            throw new ProjectFileException(file.getFileName() + " does not exist.");
        }
        ProjectFileInspector.Inspection inspection = ProjectFileInspector.inspect(file);
        Optional<ProjectLock> lock = Files.isWritable(file) ? ProjectLock.tryAcquire(file) : Optional.empty();
        if (lock.isEmpty()) {
            if (inspection.schemaVersion() < Schema.currentVersion()) {
                throw new ProjectFileException(file.getFileName() + " uses an older project format and is open elsewhere or read-only; it cannot be upgraded now.");
            }
            try {
                return new ProjectDatabase(file, connect(file, true), null);
            } catch (SQLException e) {
                throw new ProjectFileException("Cannot open " + file.getFileName() + ": " + ProjectFileInspector.firstLine(e), e);
            }
        }
        try {
            if (inspection.schemaVersion() < Schema.currentVersion()) {
                backUp(file, inspection.schemaVersion());
            }
            Connection c = connect(file, false);
            Migrations.apply(c, inspection.schemaVersion());
            return new ProjectDatabase(file, c, lock.get());
        } catch (SQLException | IOException e) {
            lock.get().close();
            throw new ProjectFileException("Cannot open " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void backUp(Path file, int version) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".bak-v" + version);
        Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        c.setAutoCommit(true);
        return c;
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return lock == null;
    }

    Connection connection() {
        return connection;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public synchronized <T> T transaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(describe(e), e);
        }
    }

    /** A read, or a single-statement write that is its own transaction. */
    public synchronized <T> T run(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException(describe(e), e);
        }
    }

    private String describe(SQLException e) {
        String m = ProjectFileInspector.firstLine(e);
        if (m.contains("SQLITE_FULL")) {
            return "The disk is full: the last change to " + file.getFileName() + " was not saved.";
        }
        if (m.contains("SQLITE_READONLY")) {
            return file.getFileName() + " cannot be written (read-only): the last change was not saved.";
        }
        if (m.contains("SQLITE_IOERR") || m.contains("SQLITE_CANTOPEN")) {
            return "Cannot write " + file.getFileName() + " (" + m + "): the last change was not saved.";
        }
        return "Project " + file.getFileName() + ": " + m;
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                if (!isReadOnly()) {
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
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
