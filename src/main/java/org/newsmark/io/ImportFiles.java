package org.newsmark.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an import file whole, but never more than a limit: the size a file system reports can
 * lie (a FIFO, {@code /dev/zero}, a file still growing), so the bytes actually read are counted.
 */
public final class ImportFiles {

    /**
     * The most a tag or code file (CSV, brat .ann, SemEval labels) may hold: 512 MB (far above
     * 1,000,000 tags), or a quarter of the memory Java may use when that is less, since the rows
     * are held while the import checks them all.
     */
    public static final long MAX_TABLE_BYTES = Math.min(512L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);

    private ImportFiles() {
    }

    /** The file's bytes, or an ImportException naming it when it holds more than {@code limit}. */
    public static byte[] read(Path file, long limit, LinkOption... options) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.exists(file, options) && !Files.isRegularFile(file, options) && !Files.isDirectory(file, options)) {
            // as for articles: a device or pipe reports no size and may never end
            throw new ImportException(name, "is not a regular file (a device, pipe or socket); refused");
        }
        try (InputStream in = Files.newInputStream(file, options)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ImportException(name, "is larger than " + megabytes(limit) + "; refused (is it the right file?)");
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ImportException(name, "needs more memory to read than is available; refused");
        }
    }

    /** The first bytes of the file (at most {@code max}), for telling formats apart without reading it all. */
    public static byte[] head(Path file, int max) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%,d bytes", bytes)
                : String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
