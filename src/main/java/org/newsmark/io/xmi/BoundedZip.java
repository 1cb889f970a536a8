package org.newsmark.io.xmi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.newsmark.io.ImportException;

/**
 * The files of a zip, read into memory within bounds: at most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_INFLATED_BYTES} bytes inflated in all (a zip bomb stops there), no entry whose path
 * climbs out ({@code ..}), starts at the root or names a drive. Folders are skipped.
 */
final class BoundedZip {

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;

    record Entry(String name, byte[] bytes) {
    }

    private BoundedZip() {
    }

    static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    static List<Entry> read(InputStream in, String file) throws ImportException {
        return read(in, file, MAX_INFLATED_BYTES);
    }

    /** As {@link #read(InputStream, String)}, inflating at most {@code maxBytes} (a zip inside a zip shares the bound). */
    static List<Entry> read(InputStream in, String file, long maxBytes) throws ImportException {
        List<Entry> out = new ArrayList<>();
        long total = 0;
        int count = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    throw new ImportException(file, "holds more than " + MAX_ENTRIES + " entries");
                }
                String name = e.getName().replace('\\', '/');
                if (unsafe(name)) {
                    throw new ImportException(file, "entry \"" + name + "\" points outside the archive");
                }
                if (e.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ImportException(file, "inflates to more than " + (MAX_INFLATED_BYTES >> 20) + " MiB");
                    }
                    bytes.write(buffer, 0, n);
                }
                out.add(new Entry(name, bytes.toByteArray()));
            }
        } catch (ZipException e) {
            throw new ImportException(file, "is not a readable zip archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImportException(file, "could not be read: " + e.getMessage());
        }
        if (count == 0) {
            throw new ImportException(file, "is not a zip archive, or an empty one");
        }
        return out;
    }

    private static boolean unsafe(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
