package org.newsmark.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a folder holds, recursively and without following links: every entry's relative path with
 * its kind, and for a file its identity (inode) and the SHA-256 of its bytes, for a link its
 * target. Two equal states mean nothing in the folder was created, removed, replaced or changed.
 */
record FolderState(Path root, Map<String, String> entries) {

    static FolderState of(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (p.equals(root)) {
                    continue;
                }
                out.put(root.relativize(p).toString(), describe(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderState(root, out);
    }

    private static String describe(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            return "link -> " + Files.readSymbolicLink(p);
        }
        if (a.isDirectory()) {
            return "folder";
        }
        return "file " + a.fileKey() + " " + a.size() + " bytes sha256 " + sha256(Files.readAllBytes(p));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This state without the named entries (relative paths), e.g. the one output a command was asked to write. */
    FolderState without(String... names) {
        Map<String, String> copy = new TreeMap<>(entries);
        Arrays.stream(names).forEach(n -> copy.keySet().removeIf(k -> k.equals(n) || k.startsWith(n + "/")));
        return new FolderState(root, copy);
    }

    /** What differs from {@code before}, one line per entry; empty when nothing does. */
    String changesSince(FolderState before) {
        StringBuilder s = new StringBuilder();
        Set<String> names = new TreeSet<>(before.entries.keySet());
        names.addAll(entries.keySet());
        for (String n : names) {
            String was = before.entries.get(n);
            String now = entries.get(n);
            if (was == null) {
                s.append("created ").append(n).append(": ").append(now).append('\n');
            } else if (now == null) {
                s.append("removed ").append(n).append('\n');
            } else if (!was.equals(now)) {
                s.append("changed ").append(n).append(": ").append(was).append(" -> ").append(now).append('\n');
            }
        }
        return s.toString();
    }
}
