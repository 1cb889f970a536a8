package org.newsmark.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.newsmark.service.port.ProjectStore;

/**
 * Every file or folder Newsmark writes passes here first. An output never replaces the open
 * project, its write-ahead log, shared memory, lock or backups, by whatever name they are given
 * (relative, {@code ..}, a symbolic or hard link: the file's identity is compared), and never
 * replaces any other database file either.
 */
final class OutputGuard {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private OutputGuard() {
    }

    static void requireSafe(ProjectStore project, Path target) throws FileRefusedException {
        if (project.isOwnFile(target)) {
            throw new FileRefusedException(target + " is " + project.name() + " itself or one of the files it keeps"
                    + " beside it (log, lock, backup). Nothing was written; choose another name.");
        }
        if (Files.isRegularFile(target) && isDatabase(target)) {
            throw new FileRefusedException(target + " is a database (another Newsmark project?), which an export"
                    + " never replaces. Nothing was written; choose another name.");
        }
    }

    private static boolean isDatabase(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }
}
