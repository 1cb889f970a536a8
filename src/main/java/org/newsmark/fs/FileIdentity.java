package org.newsmark.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Which file a path names, whatever the spelling: relative, with {@code ..}, through a symbolic
 * link or as a second hard link. Names are compared only where no file exists yet.
 */
public final class FileIdentity {

    private FileIdentity() {
    }

    /** The identity of the file {@code path} leads to (device and inode on Unix), or empty when there is none. */
    public static Optional<Object> of(Path path) {
        try {
            Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
            return Optional.of(key != null ? key : path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A stable text for the identity, fit for a file name: {@code DEV-INODE} on Unix. */
    public static Optional<String> token(Path path) {
        try {
            Object dev = Files.getAttribute(path, "unix:dev");
            Object ino = Files.getAttribute(path, "unix:ino");
            return Optional.of(dev + "-" + ino);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return of(path).map(k -> Integer.toHexString(k.toString().hashCode()));
        }
    }

    /** True when both paths lead to one existing file. */
    public static boolean same(Path a, Path b) {
        Optional<Object> x = of(a);
        return x.isPresent() && x.equals(of(b));
    }

    /** The file's real path (links resolved) when it exists, else its {@link #location}. */
    public static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return location(path);
        }
    }

    /**
     * Where {@code path} is or would be: its folder with every link and {@code ..} resolved, plus
     * its own name. Two paths with the same location name the same (possibly future) file.
     */
    public static Path location(Path path) {
        Path abs = path.toAbsolutePath();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(abs)) {
            try {
                return abs.toRealPath(LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                // fall through to the folder
            }
        }
        Path name = abs.getFileName();
        Path parent = abs.getParent();
        if (name == null || parent == null) {
            return abs.normalize();
        }
        try {
            return parent.toRealPath().resolve(name.toString());
        } catch (IOException e) {
            return abs.normalize();
        }
    }
}
