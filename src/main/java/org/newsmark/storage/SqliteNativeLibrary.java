package org.newsmark.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc copies its 1 MB native library out of its jar into the temp folder on every start,
 * then reads both copies back to compare them: half a second of a cold start on a busy machine.
 * This keeps one copy per driver version and platform in a folder of the user's and points the
 * driver at it ({@code org.sqlite.lib.path}); the copy is made once, whole or not at all (written
 * beside, then renamed). Any trouble leaves the driver to extract as before.
 */
public final class SqliteNativeLibrary {

    private SqliteNativeLibrary() {
    }

    /**
     * The driver's folder for this platform, named as {@code OSInfo} names it. On a Linux with glibc
     * it is found without OSInfo's probes, which resolve every file mapped into the process to look
     * for musl and start a {@code uname -o} process to look for Android: 20 ms or more of each start
     * (issue 18). A musl system, an Android runtime and every other OS ask OSInfo. Should the folder
     * still be wrong (Termux), the driver fails to load the copy and extracts its own as before.
     */
    static String platform() {
        if (System.getProperty("os.name", "").startsWith("Linux") && !OSInfo.isAndroidRuntime() && !muslLoader()) {
            return "Linux/" + OSInfo.getArchName();
        }
        return OSInfo.getNativeLibFolderPathForCurrentOS();
    }

    /** musl's dynamic loader, {@code /lib/ld-musl-ARCH.so.1}, is there (Alpine and the like). */
    private static boolean muslLoader() {
        try (var loaders = Files.newDirectoryStream(Path.of("/lib"), "ld-musl-*")) {
            return loaders.iterator().hasNext();
        } catch (IOException | RuntimeException e) {
            return true; // unsure: OSInfo decides
        }
    }

    /** Call before the first SQLite connection; does nothing if the user named a library path already. */
    public static synchronized void keepIn(Path folder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            String platform = platform();
            String name = LibraryLoaderUtil.getNativeLibName();
            URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + platform + "/" + name);
            if (resource == null) {
                return;
            }
            Path dir = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
            Path lib = dir.resolve(name);
            URLConnection entry = resource.openConnection();
            long size = entry.getContentLengthLong();
            if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, name, ".part");
                try (InputStream in = entry.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // the driver's own extraction to the temp folder still works
        }
    }
}
