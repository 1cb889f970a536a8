package org.newsmark.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs appear whole or not at all, never through a link, and never leave a temporary file behind. */
class AtomicOutputTest {

    private static final byte[] OLD = "old content, which must survive any failure\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNothingElse() throws Exception {
        Path out = dir.resolve("out.csv");
        AtomicOutput.write(out, s -> s.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a,b\n1,2\n", Files.readString(out));
        assertEquals(List.of("out.csv"), listing(dir));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path out = Files.write(dir.resolve("private.csv"), OLD);
        var owner = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(out, owner);
        AtomicOutput.write(out, s -> s.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(out));
        assertEquals(owner, Files.getPosixFilePermissions(out), "an export of private notes stays private");
    }

    @Test
    void aWriterThatClosesItsStreamStillGetsEverythingWritten() throws Exception {
        Path out = dir.resolve("closed.txt");
        AtomicOutput.write(out, s -> {
            s.write("first".getBytes(StandardCharsets.UTF_8));
            s.close(); // writers close what they are given
        });
        assertEquals("first", Files.readString(out));
        assertEquals(List.of("closed.txt"), listing(dir));
    }

    @Test
    void aFailingWriterLeavesTheOldFileByteIdenticalAndNoTemporaryFile() throws Exception {
        Path out = Files.write(dir.resolve("out.csv"), OLD);
        Object identity = FileIdentity.of(out).orElseThrow();
        IOException failure = new IOException("the export failed midway");
        IOException thrown = assertThrows(IOException.class, () -> AtomicOutput.write(out, s -> {
            s.write(new byte[200_000]); // more than the buffer: the temporary file really holds data
            throw failure;
        }));
        assertSame(failure, thrown);
        assertArrayEquals(OLD, Files.readAllBytes(out));
        assertEquals(identity, FileIdentity.of(out).orElseThrow(), "the old file was not even replaced");
        assertEquals(List.of("out.csv"), listing(dir), "no temporary file left");

        RuntimeException bug = new IllegalStateException("a bug in a writer");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> AtomicOutput.write(out, s -> {
            s.write(1);
            throw bug;
        })));
        assertArrayEquals(OLD, Files.readAllBytes(out));
        assertEquals(List.of("out.csv"), listing(dir));

        assertThrows(UncheckedIOException.class, () -> AtomicOutput.write(dir.resolve("new.csv"), s -> {
            s.write(1);
            throw new UncheckedIOException(new IOException("wrapped"));
        }));
        assertEquals(List.of("out.csv"), listing(dir), "a failed first write leaves no file at all");
    }

    @Test
    void aSymbolicLinkTargetIsReplacedAndTheFileItPointsToIsUntouched() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path pointee = Files.write(elsewhere.resolve("precious.txt"), OLD);
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path link = Files.createSymbolicLink(folder.resolve("out.csv"), Path.of("..", "elsewhere", "precious.txt"));
        AtomicOutput.write(link, s -> s.write("new".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Files.isSymbolicLink(link), "the link itself was replaced");
        assertEquals("new", Files.readString(link));
        assertArrayEquals(OLD, Files.readAllBytes(pointee));
        assertEquals(List.of("precious.txt"), listing(elsewhere));

        Path dangling = Files.createSymbolicLink(folder.resolve("dangling.csv"), elsewhere.resolve("not-yet.txt"));
        AtomicOutput.write(dangling, s -> s.write("x".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Files.isSymbolicLink(dangling));
        assertEquals(List.of("precious.txt"), listing(elsewhere), "nothing created where a dangling link pointed");
    }

    @Test
    void aTargetInsideALinkedFolderIsWrittenThere() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), real);
        AtomicOutput.write(alias.resolve("x.csv"), s -> s.write('x'));
        assertEquals(List.of("x.csv"), listing(real));
        assertTrue(Files.isSymbolicLink(alias), "the folder link is not replaced");
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("brat"));
        Files.write(folder.resolve("inside.txt"), OLD);
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.write(folder, s -> s.write('x')));
        assertTrue(e.getMessage().contains("brat") && e.getMessage().contains("folder"), e.getMessage());
        assertEquals(List.of("inside.txt"), listing(folder));
        assertEquals(List.of("brat"), listing(dir));
    }

    @Test
    void copyIsByteForByte() throws Exception {
        byte[] bytes = new byte[300_000];
        new java.util.Random(7).nextBytes(bytes);
        Path source = Files.write(dir.resolve("source.bin"), bytes);
        Path target = Files.write(dir.resolve("target.bin"), OLD);
        AtomicOutput.copy(source, target);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        assertEquals(List.of("source.bin", "target.bin"), listing(dir));
    }

    @Test
    void temporaryFilesAreNewHiddenEmptyAndUnpredictable() throws Exception {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Path tmp = AtomicOutput.createTemp(dir, "out.csv");
            assertEquals(dir, tmp.getParent(), "beside the target, so the rename stays on one file system");
            String name = tmp.getFileName().toString();
            assertTrue(name.startsWith(".out.csv.") && name.endsWith(".tmp"), name);
            assertTrue(Files.isRegularFile(tmp, LinkOption.NOFOLLOW_LINKS));
            assertEquals(0, Files.size(tmp));
            assertTrue(names.add(name), "a name given twice: " + name);
        }
        assertEquals(200, listing(dir).size());
    }

    @Test
    void aFilePlantedAtTheTemporaryNameIsNeverWrittenThrough() throws Exception {
        Path victim = Files.write(dir.resolve("victim.txt"), OLD);
        Path plantedLink = Files.createSymbolicLink(dir.resolve(".out.csv.00000000000000aa.tmp"), victim);
        Path plantedFile = Files.write(dir.resolve(".out.csv.00000000000000bb.tmp"), OLD);
        Deque<Byte> lastBytes = new ArrayDeque<>(List.of((byte) 0xaa, (byte) 0xbb, (byte) 0xcc));
        Consumer<byte[]> predictable = r -> {
            java.util.Arrays.fill(r, (byte) 0);
            r[r.length - 1] = lastBytes.pop();
        };
        Path tmp = AtomicOutput.createTemp(dir, "out.csv", predictable);
        assertEquals(".out.csv.00000000000000cc.tmp", tmp.getFileName().toString(), "the taken names were skipped");
        assertTrue(Files.isSymbolicLink(plantedLink), "the planted link is left alone");
        assertArrayEquals(OLD, Files.readAllBytes(victim));
        assertArrayEquals(OLD, Files.readAllBytes(plantedFile));

        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> AtomicOutput.createTemp(dir, "out.csv", r -> {
                    java.util.Arrays.fill(r, (byte) 0);
                    r[r.length - 1] = (byte) 0xaa;
                }));
        assertNotEquals(null, e.getMessage());
        assertArrayEquals(OLD, Files.readAllBytes(victim), "giving up does not write through the link either");
    }

    @Test
    void anyFileNameGetsATemporaryName() throws Exception {
        // the temporary name keeps the first 60 chars of the target's; an emoji (two UTF-16 chars)
        // across that cut must not leave half a character, which no file name can hold
        String name = "a".repeat(59) + "😀 report.csv";
        Path out = dir.resolve(name);
        AtomicOutput.write(out, s -> s.write("ok".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ok", Files.readString(out));
        assertEquals(List.of(name), listing(dir));

        String longest = "b".repeat(251) + ".csv"; // 255 bytes, the longest name Linux allows
        AtomicOutput.write(dir.resolve(longest), s -> s.write('x'));
        assertTrue(Files.exists(dir.resolve(longest)));
    }

    @Test
    void aMissingFolderIsAnIoErrorNamingNothingWritten() {
        Path out = dir.resolve("no-such-folder").resolve("out.csv");
        assertThrows(IOException.class, () -> AtomicOutput.write(out, s -> s.write('x')));
        assertFalse(Files.exists(dir.resolve("no-such-folder")));
    }
}
