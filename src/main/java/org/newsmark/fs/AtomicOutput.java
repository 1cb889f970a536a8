package org.newsmark.fs;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Writes a file so that it appears whole or not at all: into a temporary file created exclusively
 * beside the target (an unpredictable name, {@code CREATE_NEW}, never through a symbolic link),
 * forced to disk, then renamed over the target. A crash or a full disk leaves the old file (or
 * none) under the target's name, and a failure removes the temporary file.
 */
public final class AtomicOutput {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path location = FileIdentity.location(target);
        if (Files.isDirectory(location, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a folder, not a file; choose a file name.");
        }
        Path folder = location.getParent();
        Path tmp = createTemp(folder, location.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                // writers close what they are given; the channel must stay open to be forced to disk
                content.write(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            keepPermissions(location, tmp);
            move(tmp, location);
            moved = true;
            forceFolder(folder);
        } catch (IOException e) {
            throw explain(e, target);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A byte-for-byte copy of {@code source}, written the same way. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, out -> {
            try (InputStream in = Files.newInputStream(source)) {
                in.transferTo(out);
            }
        });
    }

    /** An empty file of an unpredictable name in {@code folder}, created by this call and by no one else. */
    static Path createTemp(Path folder, String forName) throws IOException {
        return createTemp(folder, forName, RANDOM::nextBytes);
    }

    /** As above, the name's random part drawn from {@code random} (tests plant files at the names it gives). */
    static Path createTemp(Path folder, String forName, Consumer<byte[]> random) throws IOException {
        int cut = Math.min(60, forName.length());
        if (cut < forName.length() && Character.isHighSurrogate(forName.charAt(cut - 1))) {
            cut--; // half an emoji is no character and cannot be in a file name
        }
        String stem = forName.substring(0, cut);
        for (int attempt = 0; ; attempt++) {
            byte[] r = new byte[8];
            random.accept(r);
            Path tmp = folder.resolve("." + stem + "." + HexFormat.of().formatHex(r) + ".tmp");
            try {
                // CREATE_NEW fails on anything already there, a planted symbolic link included
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw e;
                }
            }
        }
    }

    /** A file that is replaced keeps who may read it (an export of private notes stays private). */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the new file gets the folder's defaults
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable (Linux); where folders cannot be opened this is a no-op. */
    static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every system lets a folder be opened; the data itself is already on disk
        }
    }

    private static IOException explain(IOException e, Path target) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("No space left") || m.contains("Disk quota")) {
            return new IOException("The disk is full: " + target.getFileName() + " was not written"
                    + " (an older file of that name, if any, is unchanged).", e);
        }
        return e;
    }
}
