package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;
import org.newsmark.io.brat.BratAnalystList;
import org.newsmark.io.brat.BratDocument;
import org.newsmark.io.brat.BratDocumentReader;

/**
 * Finds the brat documents under the chosen folder and reads every one before the import's
 * transaction starts. Reads {@code FOLDER/ANALYST/NAME.ann} with {@code NAME.txt} beside it, and
 * {@code FOLDER/NAME.ann} as the analyst named after the folder. Everything else that is not read
 * is listed with its reason: hidden folders and files, folders without .ann files, folders inside
 * an analyst's folder, and symbolic links that lead out of the chosen folder (or nowhere).
 * Symbolic links whose target lies inside the chosen folder are followed, so a shared
 * {@code texts/} folder linked into each analyst's folder works. When the folder holds a
 * Newsmark {@code analysts.tsv}, the folders it lists are imported under the analyst names it
 * gives ({@code a_b-1c0f5e2a} → {@code a/b}); a list naming an analyst {@link Names} refuses is
 * reported and not used. A folder whose own name is its analyst's and is no valid name is refused,
 * quoting the folder's name safely (it may hold control characters).
 */
final class BratFolders {

    /** One document to read: {@code folder} and {@code name} as shown in messages, the files resolved. */
    record Source(String analyst, String folder, String name, Path ann, Path txt) {
    }

    record Found(List<Source> sources, List<String> skipped) {
    }

    record Loaded(String analyst, String folder, BratDocument document) {
    }

    private static final String NESTED = "folder inside an analyst's folder; not read (brat import reads"
            + " ANALYST/NAME.ann only)";

    private BratFolders() {
    }

    static Found find(Path folder) throws ImportException {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            throw new ImportException(name, "is not a folder (brat import takes a folder with one sub-folder per analyst)");
        }
        List<Source> sources = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try {
            Path root = folder.toRealPath();
            Map<String, String> analysts = analystList(root, skipped);
            for (Path child : list(root)) {
                String childName = child.getFileName().toString();
                if (!Files.isDirectory(child)) {
                    if (Files.isSymbolicLink(child) && !Files.exists(child)) {
                        skipped.add(childName + ": is a symbolic link that leads nowhere; not read");
                    }
                    continue;
                }
                if (childName.startsWith(".")) {
                    skipped.add(childName + ": hidden folder; not read");
                    continue;
                }
                Path real = child.toRealPath();
                if (!real.startsWith(root) || real.equals(root)) {
                    skipped.add(childName + ": is a symbolic link to " + (real.equals(root) ? name + " itself"
                            : "a folder outside " + name) + "; not read");
                    continue;
                }
                analystFolder(root, name, child, childName, analysts.getOrDefault(childName, childName), true,
                        sources, skipped);
            }
            analystFolder(root, name, root, null, name, false, sources, skipped);
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
        for (Source s : sources) {
            try {
                Names.analyst(s.analyst());
            } catch (Names.InvalidNameException e) {
                throw new ImportException(name, "the folder " + Names.shown(s.folder()) + " is no valid analyst name: it "
                        + e.problem() + " (a folder's name is its analyst's name; rename the folder)");
            }
        }
        if (sources.isEmpty()) {
            throw new ImportException(name, "holds no .ann files that can be read (expected ANALYST/NAME.txt +"
                    + " ANALYST/NAME.ann)" + (skipped.isEmpty() ? "" : "; not read: " + String.join("; ",
                    skipped.subList(0, Math.min(3, skipped.size()))) + (skipped.size() > 3 ? "; …" : "")));
        }
        return new Found(sources, skipped);
    }

    /**
     * The .ann files directly in {@code dir}. {@code shown} is the folder's name in messages
     * (null for the chosen folder itself); {@code report} says whether an analyst folder without
     * .ann files is worth a line.
     */
    private static void analystFolder(Path root, String rootName, Path dir, String shown, String analyst,
                                      boolean report, List<Source> sources, List<String> skipped) throws IOException {
        String prefix = shown == null ? "" : shown + "/";
        List<String> lines = new ArrayList<>();
        boolean anyAnn = false;
        for (Path entry : list(dir)) {
            String entryName = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                if (shown != null) {
                    lines.add(prefix + entryName + ": " + (entryName.startsWith(".") ? "hidden folder; not read" : NESTED));
                }
                continue;
            }
            if (!entryName.endsWith(".ann")) {
                continue;
            }
            anyAnn = true;
            if (entryName.startsWith(".")) {
                lines.add(prefix + entryName + ": hidden file; not read");
                continue;
            }
            Path ann = inside(root, entry);
            if (ann == null) {
                lines.add(prefix + entryName + ": is a symbolic link to a file outside " + rootName + "; not read");
                continue;
            }
            if (!Files.isRegularFile(ann, LinkOption.NOFOLLOW_LINKS)) {
                lines.add(prefix + entryName + ": is not a regular file; not read");
                continue;
            }
            String docName = entryName.substring(0, entryName.length() - 4);
            Path txtLink = dir.resolve(docName + ".txt");
            if (Files.isSymbolicLink(txtLink) && !Files.exists(txtLink)) {
                lines.add(prefix + docName + ".txt: is a symbolic link that leads nowhere; " + prefix + entryName
                        + " not read");
                continue;
            }
            Path txt = Files.exists(txtLink) ? inside(root, txtLink) : txtLink;
            if (txt == null) {
                lines.add(prefix + docName + ".txt: is a symbolic link to a file outside " + rootName + "; " + prefix
                        + entryName + " not read");
                continue;
            }
            sources.add(new Source(analyst, shown == null ? rootName : shown, docName, ann, txt));
        }
        if (report && !anyAnn) {
            skipped.add(prefix.substring(0, prefix.length() - 1) + ": holds no .ann files; not read");
        }
        skipped.addAll(lines);
    }

    /** The real path of {@code entry} when it lies inside {@code root}, else null (a link leading out, or nowhere). */
    private static Path inside(Path root, Path entry) throws IOException {
        try {
            Path real = entry.toRealPath();
            return real.startsWith(root) ? real : null;
        } catch (NoSuchFileException dangling) {
            return null;
        }
    }

    /** Folder → analyst from Newsmark's {@code analysts.tsv}; a list that cannot be used is reported and ignored. */
    private static Map<String, String> analystList(Path root, List<String> skipped) throws IOException {
        Path list = root.resolve(BratAnalystList.FILE_NAME);
        Map<String, String> out = new HashMap<>();
        if (!Files.exists(list, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        String ignored = "; folder names are used as analyst names";
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
            skipped.add(BratAnalystList.FILE_NAME + ": is not a regular file; not read" + ignored);
            return out;
        }
        try {
            for (BratAnalystList.Entry e : BratAnalystList.parse(StrictText.utf8(Files.readAllBytes(list),
                    BratAnalystList.FILE_NAME))) {
                try {
                    Names.analyst(e.analyst());
                } catch (Names.InvalidNameException bad) {
                    skipped.add(BratAnalystList.FILE_NAME + ": folder " + Names.shown(e.folder()) + ": " + bad.describe("analyst")
                            + "; not read" + ignored);
                    out.clear();
                    return out;
                }
                out.put(e.folder(), e.analyst());
            }
        } catch (ImportException e) {
            skipped.add(e.getMessage() + "; not read" + ignored);
            out.clear();
        }
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static List<Loaded> load(Found found, TaskControl control) throws ImportException {
        List<Loaded> out = new ArrayList<>();
        for (Source s : found.sources()) {
            control.checkCancelled();
            try {
                out.add(new Loaded(s.analyst(), s.folder(), BratDocumentReader.read(s.name(), s.ann(), s.txt())));
            } catch (ImportException x) {
                throw new ImportException(s.folder() + "/" + x.file(), x.line(), x.problem(), x);
            }
        }
        return out;
    }
}
