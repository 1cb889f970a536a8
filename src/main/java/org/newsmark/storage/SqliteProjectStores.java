package org.newsmark.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.fs.FileIdentity;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.service.port.ProjectStores;

/** Projects kept in SQLite files ({@code .newsmark}). The one public entry to this package. */
public final class SqliteProjectStores implements ProjectStores {

    static final String HELD_ELSEWHERE = "another Newsmark window or program is writing it";
    static final String READ_ONLY_MEDIUM = "it is on a medium that cannot be written";
    static final String SNAPSHOT = "it was opened for reading only";

    /** Files above this many bytes are quick-checked beside the first look, not before it (see {@link DeferredIntegrityCheck}). */
    private final long deferCheckAbove;

    public SqliteProjectStores() {
        this(ProjectFileInspector.DEFER_CHECK_ABOVE);
    }

    /** Tests choose the size from which the integrity check is deferred (0: always). */
    SqliteProjectStores(long deferCheckAbove) {
        this.deferCheckAbove = deferCheckAbove;
    }

    @Override
    public ProjectStore create(Path file) throws ProjectRefusedException {
        String name = file.getFileName().toString();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectRefusedException(name + " already exists.");
        }
        try {
            // created by this call and no one else; a link planted at the name makes this fail
            Files.createFile(file);
        } catch (IOException e) {
            throw new ProjectRefusedException("Cannot create " + name + ": " + reason(e), e);
        }
        Optional<ProjectLock> lock = ProjectLock.tryAcquire(file);
        if (lock.isEmpty()) {
            deleteQuietly(file);
            throw new ProjectRefusedException("Cannot create " + name + ": its folder is not writable or it is in use.");
        }
        try {
            SqliteDatabase db = SqliteDatabase.writer(file);
            try {
                Migrations.apply(db, 0);
            } catch (RuntimeException | SQLException e) {
                db.close();
                throw e;
            }
            return new SqliteProject(db, lock.get(), null);
        } catch (SQLException | NotSavedException e) {
            lock.get().close();
            deleteQuietly(file);
            throw new ProjectRefusedException("Cannot create " + name + ": " + SqliteErrors.firstLine(e), e);
        }
    }

    @Override
    public ProjectStore open(Path requested) throws ProjectRefusedException {
        // another name of this file (a hard link) whose log holds edits: SQLite finds them only by that name
        Path file = ProjectLock.nameInUse(requested);
        ProjectFileInspector.Inspection inspection;
        try {
            inspection = ProjectFileInspector.inspect(file, deferCheckAbove);
        } catch (ProjectFileInspector.DamagedProjectException torn) {
            return openAfterDamagedLook(requested, file);
        }
        if (inspection.readOnlyMedium()) {
            return reader(file, inspection, true, READ_ONLY_MEDIUM);
        }
        Optional<ProjectLock> lock = ProjectLock.tryAcquire(file);
        if (lock.isEmpty()) {
            // the writer may have started since the name was chosen: read through the name whose log holds its edits
            Path inUse = ProjectLock.nameInUse(requested);
            return reader(inUse, inUse.equals(file) ? inspection : ProjectFileInspector.inspect(inUse), false, HELD_ELSEWHERE);
        }
        return writer(file, inspection, lock.get());
    }

    /**
     * A damaged verdict counts only when the look is repeated while no one else can write: a
     * writer using another name of the file (a hard link) may have been in the middle of a
     * checkpoint, which a reader by this name sees torn.
     */
    private static ProjectStore openAfterDamagedLook(Path requested, Path file) throws ProjectRefusedException {
        boolean hadLockFile = Files.exists(ProjectFiles.lock(FileIdentity.real(file)), LinkOption.NOFOLLOW_LINKS);
        Optional<ProjectLock> lock = ProjectLock.tryAcquire(file);
        if (lock.isEmpty()) {
            Path inUse = ProjectLock.nameInUse(requested);
            return reader(inUse, ProjectFileInspector.inspect(inUse), false, HELD_ELSEWHERE);
        }
        ProjectFileInspector.Inspection again;
        try {
            again = ProjectFileInspector.inspect(file);
        } catch (ProjectRefusedException | RuntimeException e) {
            lock.get().close();
            if (!hadLockFile) {
                // a refused file leaves its folder as it was found: the lock file was made for this look only
                deleteQuietlyOne(ProjectFiles.lock(FileIdentity.real(file)));
            }
            throw e;
        }
        if (again.readOnlyMedium()) {
            lock.get().close();
            return reader(file, again, true, READ_ONLY_MEDIUM);
        }
        return writer(file, again, lock.get());
    }

    private static ProjectStore writer(Path file, ProjectFileInspector.Inspection inspection, ProjectLock lock)
            throws ProjectRefusedException {
        String name = file.getFileName().toString();
        try {
            if (inspection.schemaVersion() < Schema.currentVersion()) {
                backUp(file, inspection.schemaVersion());
            }
            SqliteDatabase db = SqliteDatabase.writer(file);
            try {
                Migrations.apply(db, inspection.schemaVersion());
            } catch (RuntimeException | SQLException e) {
                db.close();
                throw e;
            }
            if (inspection.checkDeferred()) {
                db.writeAfter(DeferredIntegrityCheck.start(file));
            }
            return new SqliteProject(db, lock, null);
        } catch (SQLException | IOException | NotSavedException e) {
            lock.close();
            throw new ProjectRefusedException("Cannot open " + name + ": " + SqliteErrors.firstLine(e), e);
        }
    }

    @Override
    public ProjectStore openReadOnly(Path requested) throws ProjectRefusedException {
        return snapshot(requested, false);
    }

    /** The whole-file quick check (0.4 s for 120 MB) runs on a thread of its own while the export reads. */
    @Override
    public ProjectStore openToExport(Path requested) throws ProjectRefusedException {
        return snapshot(requested, true);
    }

    /**
     * A reader of one snapshot. {@code checkBeside}: a file of the current format is quick-checked
     * on a thread of its own while it is read (an export waits for it at its end); any other file
     * is checked before its first read, as every reader's is.
     */
    private static ProjectStore snapshot(Path requested, boolean checkBeside) throws ProjectRefusedException {
        Path file = ProjectLock.nameInUse(requested);
        ProjectFileInspector.Inspection inspection = checkBeside ? ProjectFileInspector.inspect(file, 0) : ProjectFileInspector.inspect(file);
        boolean nobodyWrites = !Files.exists(ProjectFiles.wal(file)) && !Files.exists(ProjectFiles.shm(file));
        // without a WAL nothing is in flight: SQLite may treat the file as unchanging and create no side file
        boolean immutable = inspection.readOnlyMedium() || nobodyWrites;
        String why = inspection.readOnlyMedium() ? READ_ONLY_MEDIUM : SNAPSHOT;
        if (!inspection.checkDeferred()) {
            return reader(file, inspection, immutable, why);
        }
        DeferredIntegrityCheck check = DeferredIntegrityCheck.start(file, immutable);
        try {
            return new SqliteProject(SqliteDatabase.reader(file, immutable), null, why, inspection.schemaVersion(), check);
        } catch (SQLException e) {
            check.close();
            throw new ProjectRefusedException("Cannot open " + file.getFileName() + ": " + SqliteErrors.firstLine(e), e);
        }
    }

    @Override
    public void discardCreated(ProjectStore created) {
        Path file = created.file().orElseThrow();
        created.close();
        deleteQuietly(file);
    }

    private static ProjectStore reader(Path file, ProjectFileInspector.Inspection inspection, boolean immutable, String why)
            throws ProjectRefusedException {
        String name = file.getFileName().toString();
        if (inspection.checkDeferred()) {
            inspection = ProjectFileInspector.inspect(file); // a reader has no write to hold back: it checks before it reads
        }
        if (inspection.schemaVersion() < Schema.READABLE_FROM) {
            throw new ProjectRefusedException(name + " uses an older project format and " + why
                    + "; it cannot be upgraded now. Open it where it can be written to upgrade it.");
        }
        try {
            return new SqliteProject(SqliteDatabase.reader(file, immutable), null, why, inspection.schemaVersion());
        } catch (SQLException e) {
            throw new ProjectRefusedException("Cannot open " + name + ": " + SqliteErrors.firstLine(e), e);
        }
    }

    /** {@code NAME.bak-vN}, with the WAL a killed session may have left: SQLite finds it beside the backup by name. */
    private static void backUp(Path file, int version) throws IOException {
        Path backup = ProjectFiles.backup(file, version);
        Path wal = ProjectFiles.wal(file);
        if (Files.exists(wal) && Files.size(wal) > 0) {
            AtomicOutput.copy(wal, ProjectFiles.wal(backup));
        }
        AtomicOutput.copy(file, backup);
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileAlreadyExistsException ? "it already exists."
                : e instanceof java.nio.file.AccessDeniedException ? "the folder cannot be written."
                : e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist." : e.getMessage();
    }

    private static void deleteQuietlyOne(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over empty lock file holds no data and is reused by the next open
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(ProjectFiles.wal(file));
            Files.deleteIfExists(ProjectFiles.shm(file));
            Files.deleteIfExists(ProjectFiles.lock(file));
        } catch (IOException ignored) {
            // a left-over empty file is refused as "empty" when opened, never mistaken for data
        }
    }
}
