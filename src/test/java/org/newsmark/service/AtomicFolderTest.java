package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temporary folder of a folder export: created exclusively, never through a planted link. */
class AtomicFolderTest {

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkPlantedAtTheTemporaryNameIsNeitherFollowedNorReused() throws Exception {
        Path victim = Files.createDirectories(dir.resolve("victim"));
        Path parent = Files.createDirectories(dir.resolve("exports"));
        Path planted = Files.createSymbolicLink(parent.resolve(".brat.tmp-guessed"), victim);
        Files.createSymbolicLink(parent.resolve(".brat.tmp-dangling"), dir.resolve("nowhere"));
        Iterator<String> names = List.of("guessed", "dangling", "fresh").iterator();
        Path temp = AtomicFolder.createTemp(parent, ".brat.tmp-", names::next);
        assertEquals(parent.resolve(".brat.tmp-fresh"), temp);
        assertTrue(Files.isDirectory(temp) && !Files.isSymbolicLink(temp));
        assertTrue(Files.isSymbolicLink(planted), "the planted link is left as it was");
        assertFalse(Files.exists(dir.resolve("nowhere")), "nothing was created where the dangling link points");
        try (var s = Files.list(victim)) {
            assertEquals(0, s.count());
        }
        if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
        }
    }

    @Test
    void theDefaultNamesAreRandom() throws Exception {
        Path a = AtomicFolder.createTemp(dir, ".x.tmp-");
        Path b = AtomicFolder.createTemp(dir, ".x.tmp-");
        assertNotEquals(a, b);
        assertTrue(a.getFileName().toString().matches("\\.x\\.tmp-[0-9a-f]{16}"), a.toString());
    }

    @Test
    void deletingATreeDeletesLinksNotWhatTheyPointTo() throws Exception {
        Path keep = Files.writeString(dir.resolve("keep.txt"), "mine");
        Path tree = Files.createDirectories(dir.resolve("tree").resolve("sub"));
        Files.createSymbolicLink(tree.resolve("link.txt"), keep);
        Files.createSymbolicLink(tree.resolve("linkdir"), dir);
        AtomicFolder.deleteTree(dir.resolve("tree"));
        assertFalse(Files.exists(dir.resolve("tree")));
        assertEquals("mine", Files.readString(keep));
    }
}
