package org.newsmark.io.qdpx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.newsmark.io.ImportException;

/**
 * A .qdpx opened for reading: its entry names checked (no {@code ..}, no absolute path, at most
 * {@value #MAX_ENTRIES} entries) and what is read of it counted as it inflates (at most 1 GiB in
 * all, whatever the entries claim). Nothing is ever extracted to disk.
 */
final class QdpxArchive implements AutoCloseable {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_INFLATED = 1L << 30;

    private final String fileName;
    private final ZipFile zip;
    private final Map<String, ZipEntry> byLowerName = new LinkedHashMap<>();
    private long inflated;

    private QdpxArchive(String fileName, ZipFile zip) {
        this.fileName = fileName;
        this.zip = zip;
    }

    static QdpxArchive open(Path file) throws ImportException {
        String name = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportException(name, "is not a REFI-QDA project (.qdpx is a zip file; this one cannot be opened as a zip: "
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
        QdpxArchive a = new QdpxArchive(name, zip);
        try {
            a.index();
        } catch (ImportException e) {
            a.close();
            throw e;
        }
        return a;
    }

    private void index() throws ImportException {
        if (zip.size() > MAX_ENTRIES) {
            throw new ImportException(fileName, "has " + zip.size() + " entries; at most " + MAX_ENTRIES + " are read");
        }
        long declared = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            String n = e.getName();
            if (n.startsWith("/") || n.contains("\\") || n.matches("^[A-Za-z]:.*")
                    || java.util.Arrays.asList(n.split("/")).contains("..")) {
                throw new ImportException(fileName, "entry \"" + n + "\" points outside the file (an absolute path or ..); refused");
            }
            declared += Math.max(e.getSize(), 0);
            if (declared > MAX_INFLATED) {
                throw new ImportException(fileName, "inflates to more than 1 GiB; refused");
            }
            byLowerName.put(n.toLowerCase(Locale.ROOT), e);
        }
    }

    String fileName() {
        return fileName;
    }

    /** The project's .qde: project.qde, else the only .qde at the top. */
    String qdeName() throws ImportException {
        if (byLowerName.containsKey("project.qde")) {
            return byLowerName.get("project.qde").getName();
        }
        var qde = byLowerName.values().stream().map(ZipEntry::getName).filter(n -> !n.contains("/")
                && n.toLowerCase(Locale.ROOT).endsWith(".qde")).toList();
        if (qde.size() != 1) {
            throw new ImportException(fileName, "holds no project.qde, so it is not a REFI-QDA project");
        }
        return qde.get(0);
    }

    boolean has(String entry) {
        return byLowerName.containsKey(entry.toLowerCase(Locale.ROOT));
    }

    /** The bytes of an entry (found ignoring case: tools write Sources/ or sources/). */
    byte[] read(String entry) throws ImportException {
        ZipEntry e = byLowerName.get(entry.toLowerCase(Locale.ROOT));
        if (e == null) {
            throw new ImportException(fileName, "has no entry \"" + entry + "\"");
        }
        try (InputStream in = zip.getInputStream(e)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                inflated += n;
                if (inflated > MAX_INFLATED) {
                    throw new ImportException(fileName, "inflates to more than 1 GiB (at entry \"" + e.getName() + "\"); refused");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException ex) {
            throw new ImportException(fileName, "entry \"" + e.getName() + "\" could not be read (the zip may be truncated or damaged: "
                    + ex.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
