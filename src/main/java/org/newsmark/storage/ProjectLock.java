package org.newsmark.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsmark.fs.FileIdentity;

/**
 * One writer per project file, whatever name it is opened by. Two OS locks: {@code NAME.lock}
 * beside the file's real path (also seen by other users and by Newsmark 0.1), and a lock named
 * after the file's identity (device and inode) in a per-user folder, so that a second hard link
 * or a symbolic link to the same file cannot open a second writer. The OS drops both when the
 * process dies. See docs/decisions/0010-one-writer-per-file.md.
 */
final class ProjectLock implements AutoCloseable {

    /** Lock files this JVM holds: a second channel on a locked file would release the lock when closed. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final List<Held> held;

    private record Held(Path path, FileChannel channel, FileLock lock) {
    }

    private ProjectLock(List<Held> held) {
        this.held = held;
    }

    /** The locks, or empty when another process (or this one) already writes the file. */
    static Optional<ProjectLock> tryAcquire(Path project) {
        Path real = FileIdentity.real(project);
        List<Path> lockFiles = new ArrayList<>();
        lockFiles.add(ProjectFiles.lock(real));
        identityLockFile(real).ifPresent(lockFiles::add);
        List<Held> held = new ArrayList<>();
        for (Path p : lockFiles) {
            Optional<Held> h = lock(p);
            if (h.isEmpty()) {
                held.forEach(ProjectLock::release);
                return Optional.empty();
            }
            held.add(h.get());
        }
        if (held.size() > 1) {
            record(held.get(1), real);
        }
        return Optional.of(new ProjectLock(held));
    }

    /**
     * SQLite names the write-ahead log after the path it opened, not after the file: a writer
     * through one hard link logs to {@code A-wal}, a reader through another sees no log and reads
     * a file that is half checkpointed, and after a crash the edits in {@code A-wal} are missing
     * when the file is opened as {@code B}. So the writer writes its name into the identity lock,
     * and whoever opens the file by another name while a log exists under that name opens it by
     * that name too. Returns {@code project} when there is no such other name.
     */
    static Path nameInUse(Path project) {
        Path real = FileIdentity.real(project);
        Optional<String> token = FileIdentity.token(real);
        if (token.isEmpty()) {
            return project;
        }
        Path lockFile = lockFolderPath().resolve(token.get() + ".lock");
        String recorded;
        try {
            if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS) || Files.size(lockFile) > 8192) {
                return project;
            }
            recorded = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return project;
        }
        if (recorded.isEmpty()) {
            return project;
        }
        Path other = Path.of(recorded);
        if (!other.isAbsolute() || other.equals(real) || !FileIdentity.same(other, real)
                || !Files.exists(ProjectFiles.wal(other), LinkOption.NOFOLLOW_LINKS)) {
            return project;
        }
        return other;
    }

    /** Writes the name the writer opened into its identity lock (see {@link #nameInUse}). */
    private static void record(Held identityLock, Path real) {
        try {
            FileChannel ch = identityLock.channel();
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((real.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            // without the name, a second hard link is still kept from writing; it only cannot find the log
        }
    }

    private static Optional<Held> lock(Path path) {
        if (!HELD.add(path)) {
            return Optional.empty();
        }
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            try {
                FileLock l = ch.tryLock();
                if (l != null) {
                    return Optional.of(new Held(path, ch, l));
                }
            } catch (OverlappingFileLockException e) {
                // held by this JVM through a path HELD did not know: treat as taken
            }
            ch.close();
        } catch (IOException e) {
            // an unwritable folder, or a link planted where the lock file goes: the project can only be read
        }
        HELD.remove(path);
        return Optional.empty();
    }

    /**
     * The lock files of {@code project} whether or not anyone holds them now (nothing is created):
     * a read-only session must refuse to write over them too, or a writer elsewhere loses its lock.
     */
    static List<Path> lockFilesOf(Path project) {
        Path real = FileIdentity.real(project);
        List<Path> out = new ArrayList<>(List.of(ProjectFiles.lock(real)));
        FileIdentity.token(real).ifPresent(token -> out.add(lockFolderPath().resolve(token + ".lock")));
        return out;
    }

    /** {@code <per-user lock folder>/<device>-<inode>.lock}, when the file exists and the folder is usable. */
    private static Optional<Path> identityLockFile(Path project) {
        Optional<String> token = FileIdentity.token(project);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return lockFolder().map(dir -> dir.resolve(token.get() + ".lock"));
    }

    private static Path lockFolderPath() {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isBlank() ? Path.of(runtime)
                : Path.of(System.getProperty("java.io.tmpdir"));
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return base.resolve("newsmark-locks-" + user);
    }

    private static Optional<Path> lockFolder() {
        Path dir = lockFolderPath();
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectory(dir);
                }
            }
            // a folder someone else planted (a link, or not ours) is not trusted with our locks
            if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    || !Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))) {
                return Optional.empty();
            }
            return Optional.of(dir);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void release(Held h) {
        try {
            h.lock().release();
            h.channel().close();
        } catch (IOException ignored) {
            // the OS releases the lock with the channel anyway
        } finally {
            HELD.remove(h.path());
        }
    }

    /** The lock files, which outputs must never replace. */
    List<Path> files() {
        return held.stream().map(Held::path).toList();
    }

    @Override
    public void close() {
        held.forEach(ProjectLock::release);
    }
}
