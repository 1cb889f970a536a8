package org.newsmark.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeLibraryTest {

    @TempDir
    Path home;

    /** One whole copy per driver version, made once and then reused; a cut-short copy is made again. */
    @Test
    void theDriversLibraryIsCopiedOnceAndRepairedWhenCutShort() throws Exception {
        String before = System.getProperty("org.sqlite.lib.path");
        String name = System.getProperty("org.sqlite.lib.name");
        try {
            System.clearProperty("org.sqlite.lib.path");
            SqliteNativeLibrary.keepIn(home);
            Path dir = Path.of(System.getProperty("org.sqlite.lib.path"));
            Path lib = dir.resolve(System.getProperty("org.sqlite.lib.name"));
            assertTrue(dir.startsWith(home), dir.toString());
            long size = Files.size(lib);
            assertTrue(size > 100_000, "the native library, not an empty file: " + size);
            long modified = Files.getLastModifiedTime(lib).toMillis();

            System.clearProperty("org.sqlite.lib.path");
            SqliteNativeLibrary.keepIn(home);
            assertEquals(modified, Files.getLastModifiedTime(lib).toMillis(), "reused, not copied again");

            Files.write(lib, new byte[10]);
            System.clearProperty("org.sqlite.lib.path");
            SqliteNativeLibrary.keepIn(home);
            assertEquals(size, Files.size(lib));
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(lib), left.toList(), "no part file left");
            }
        } finally {
            restore("org.sqlite.lib.path", before);
            restore("org.sqlite.lib.name", name);
        }
    }

    /** The folder found without OSInfo's probes is the one OSInfo names (here: a Linux with glibc, or any OS OSInfo answers for). */
    @Test
    void thePlatformFolderIsTheOneTheDriverWouldPick() {
        assertEquals(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS(), SqliteNativeLibrary.platform());
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
