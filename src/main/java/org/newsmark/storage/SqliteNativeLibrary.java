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

    /** Call before the first SQLite connection; does nothing if the user named a library path already. */
    public static synchronized void keepIn(Path folder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
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
