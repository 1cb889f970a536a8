package org.newsmark.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A folder written as a whole: built in a temporary sibling of its target and renamed into place,
 * so the target name only ever shows the old folder, nothing, or the complete new one. See
 * docs/decisions/0007-brat-export-folder.md.
 */
final class AtomicFolder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFolder() {
    }

    /** A failure whose message is already complete for the analyst: names the folder and what became of it. */
    static final class Failure extends IOException {
        Failure(String message) {
            super(message);
        }

        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What went wrong, naming the file: {@code /x/brat/Ana/one-1.txt: already exists}, never just a class name. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String what = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "does not exist"
                    : e instanceof java.nio.file.AccessDeniedException ? "access denied"
                    : e instanceof FileAlreadyExistsException ? "already exists"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "is not empty"
                    : e instanceof java.nio.file.NotDirectoryException ? "is not a folder"
                    : e.getClass().getSimpleName();
            String file = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " → " + f.getOtherFile());
            return file.isEmpty() ? what : file + ": " + what;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** 16 hex digits from a SecureRandom: not guessable by another user of the machine. */
    static String randomName() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static Path createTemp(Path parent, String prefix) throws IOException {
        return createTemp(parent, prefix, AtomicFolder::randomName);
    }

    /**
     * Creates {@code parent/prefix+random} with mkdir, which fails on anything already at that name
     * (a symbolic link included, dangling or not) and so never follows one; it then tries another
     * name. Owner-only permissions where the file system has POSIX permissions.
     */
    static Path createTemp(Path parent, String prefix, Supplier<String> random) throws IOException {
        boolean posix = Files.getFileStore(parent).supportsFileAttributeView("posix");
        for (int attempt = 0; attempt < 100; attempt++) {
            Path candidate = parent.resolve(prefix + random.get());
            try {
                return posix
                        ? Files.createDirectory(candidate, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rwx------")))
                        : Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                // someone or something is there: never reuse it, pick another name
            }
        }
        throw new IOException(parent + ": no temporary folder could be created there (100 names were taken)");
    }

    /**
     * Renames the complete {@code temp} folder to {@code target}. With {@code replace}, the folder
     * at {@code target} is first renamed aside (to a fresh hidden name beside it), the new one
     * renamed in, and the old one deleted; if the second rename fails the old folder is renamed
     * back. Returns a warning when the old folder could not be deleted afterwards.
     */
    static Optional<String> install(Path temp, Path target, boolean replace) throws IOException {
        Path parent = target.getParent();
        if (!replace) {
            move(temp, target);
            fsyncDirectory(parent);
            return Optional.empty();
        }
        Path aside = parent.resolve(temp.getFileName().toString().replace(".tmp-", ".old-"));
        move(target, aside);
        try {
            move(temp, target);
        } catch (IOException e) {
            try {
                move(aside, target);
            } catch (IOException back) {
                e.addSuppressed(back);
                throw new Failure(target + " could not be replaced (" + describe(e)
                        + "); the previous export was kept as " + aside, e);
            }
            throw e;
        }
        fsyncDirectory(parent);
        try {
            deleteTree(aside);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("the previous export, set aside as " + aside + ", could not be deleted: " + describe(e));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(from + " cannot be renamed to " + to + " in one step (" + e.getReason() + ")", e);
        }
    }

    /** Deletes a folder and everything in it, deleting symbolic links as links, never what they point to. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes the temporary folder after a failure; a problem doing so is attached to the failure. */
    static void deleteAfterFailure(Path temp, Throwable failure) {
        try {
            deleteTree(temp);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Makes the folder's entries (names created, renamed) durable. Not possible on Windows, where it is skipped. */
    static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
