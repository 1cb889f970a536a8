package org.newsmark.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.fs.FileIdentity;

/** A project kept in one SQLite file: its connection, its lock when it writes, and the repositories. */
final class SqliteProject extends JdbcProject {

    private final SqliteDatabase db;
    private final ProjectLock lock;
    private final Optional<String> readOnlyReason;
    /** The quick check running beside an export's reads, or null: checked before the first read. */
    private final DeferredIntegrityCheck besideReads;

    /** A project in the current format (every writer: it was migrated when opened). */
    SqliteProject(SqliteDatabase db, ProjectLock lock, String readOnlyReason) {
        this(db, lock, readOnlyReason, Schema.currentVersion());
    }

    /** @param schemaVersion the file's format: a read-only session may see an older one */
    SqliteProject(SqliteDatabase db, ProjectLock lock, String readOnlyReason, int schemaVersion) {
        this(db, lock, readOnlyReason, schemaVersion, null);
    }

    /** @param besideReads the quick check of a reader opened for an export, running while it reads */
    SqliteProject(SqliteDatabase db, ProjectLock lock, String readOnlyReason, int schemaVersion, DeferredIntegrityCheck besideReads) {
        super(db, new SqliteCorpusIndex(db, schemaVersion), schemaVersion);
        this.db = db;
        this.lock = lock;
        this.readOnlyReason = Optional.ofNullable(readOnlyReason);
        this.besideReads = besideReads;
    }

    SqliteDatabase database() {
        return db;
    }

    @Override
    public String name() {
        return db.file().getFileName().toString();
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(db.file());
    }

    @Override
    public Optional<String> readOnlyReason() {
        return readOnlyReason;
    }

    @Override
    public boolean isOwnFile(Path path) {
        Path real = FileIdentity.real(db.file());
        Path where = FileIdentity.location(path);
        if (where.getParent() != null && where.getParent().equals(real.getParent())
                && ProjectFiles.belongsTo(real.getFileName().toString(), where.getFileName().toString())) {
            return true;
        }
        // the lock files count whether this session holds them or not (a read-only export must not replace a writer's lock)
        List<Path> locks = ProjectLock.lockFilesOf(real);
        if (locks.stream().anyMatch(l -> where.equals(FileIdentity.location(l)))) {
            return true;
        }
        Optional<Object> identity = FileIdentity.of(path);
        return identity.isPresent() && ownFiles(real, locks).stream().anyMatch(f -> identity.equals(FileIdentity.of(f)));
    }

    /** The project file, its side files and backups as they exist now, and the lock files. */
    private List<Path> ownFiles(Path real, List<Path> locks) {
        List<Path> out = new ArrayList<>(List.of(db.file(), real));
        out.addAll(locks);
        if (lock != null) {
            out.addAll(lock.files());
        }
        String name = real.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(real.getParent(), name + "*")) {
            for (Path p : siblings) {
                if (ProjectFiles.belongsTo(name, p.getFileName().toString())) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            // an unreadable folder: the names compared above still protect the side files
        }
        return out;
    }

    @Override
    public String integrityCheck() {
        return db.integrityCheck();
    }

    @Override
    public void requireIntact() {
        if (besideReads != null) {
            besideReads.requirePassed(DeferredIntegrityCheck.Use.EXPORT);
        }
    }

    @Override
    public void close() {
        if (besideReads != null) {
            besideReads.close();
        }
        try {
            db.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
