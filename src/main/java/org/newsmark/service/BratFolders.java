package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsmark.io.ImportException;
import org.newsmark.io.brat.BratDocument;
import org.newsmark.io.brat.BratDocumentReader;

/** Finds the brat folders and reads every document before the transaction starts. */
final class BratFolders {

    record Loaded(String analyst, BratDocument document) {
    }

    static Map<String, List<Path>> annFilesByAnalyst(Path folder) throws ImportException {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        if (!Files.isDirectory(folder)) {
            throw new ImportException(name, "is not a folder (brat import takes a folder with one sub-folder per analyst)");
        }
        Map<String, List<Path>> out = new java.util.TreeMap<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && !child.getFileName().toString().startsWith(".")) {
                    List<Path> anns = annFiles(child);
                    if (!anns.isEmpty()) {
                        out.put(child.getFileName().toString(), anns);
                    }
                }
            }
            List<Path> own = annFiles(folder);
            if (!own.isEmpty()) {
                out.put(name, own);
            }
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new ImportException(name, "holds no .ann files (expected ANALYST/NAME.txt + ANALYST/NAME.ann)");
        }
        return out;
    }

    private static List<Path> annFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ann") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    static List<Loaded> load(Map<String, List<Path>> byAnalyst, TaskControl control) throws ImportException {
        List<Loaded> out = new java.util.ArrayList<>();
        for (var e : byAnalyst.entrySet()) {
            for (Path ann : e.getValue()) {
                control.checkCancelled();
                try {
                    out.add(new Loaded(e.getKey(), BratDocumentReader.read(ann)));
                } catch (ImportException x) {
                    throw new ImportException(e.getKey() + "/" + x.file(), x.line(), x.problem(), x);
                }
            }
        }
        return out;
    }

    private BratFolders() {
    }
}
