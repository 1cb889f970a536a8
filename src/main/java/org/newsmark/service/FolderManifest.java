package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.domain.Document;
import org.newsmark.io.ImportException;
import org.newsmark.io.article.FolderScan;
import org.newsmark.io.csv.ManifestReader;
import org.newsmark.service.port.ProjectStore;

/**
 * Which row of a manifest names which article of a folder import (ADR 0029, "Folder and
 * manifest"). A {@code path} row (relative to the manifest) must name an article file of the
 * folder; a {@code sha256} row the text of a file of the folder or an article of the project.
 * Rows are matched to texts, not files: a row naming a copy gives the metadata to the article
 * the copy is, and when two rows name one text the first gives it and the other is noted as not
 * used. A row naming nothing of the folder, a file or hash named twice, and a row the reader
 * refused are refused with the manifest's name and line, and the article they name is left out
 * (a per-file import adds the others; all or nothing adds nothing).
 */
final class FolderManifest {

    /** How the plan sorted one article file of the folder; {@code sha} null when it cannot be read. */
    enum Kind { TO_ADD, COPY, PRESENT, UNREADABLE }

    record Sorted(Path file, Kind kind, String sha, Document present) {
    }

    /**
     * What the rows do: the metadata of articles to add (by text hash), the details of articles
     * already in the project, the rows refused, the texts left out because of them, and a note
     * for the preview on files whose row is not used or sets details.
     */
    record Matched(Map<String, ManifestReader.Row> toAdd, List<FolderImport.Update> updates, List<ImportException> refused,
                   Map<String, Long> leftOut, Map<Path, String> notes) {
    }

    private final ManifestReader.Manifest manifest;
    private final Path folder;
    private final ProjectStore project;

    FolderManifest(ManifestReader.Manifest manifest, Path folder, ProjectStore project) {
        this.manifest = manifest;
        this.folder = folder;
        this.project = project;
    }

    /** @param sorted every article file the folder import read; {@code passedOver} what its scan skipped */
    Matched match(List<Sorted> sorted, List<FolderScan.Skipped> passedOver) throws IOException {
        Path realFolder = folder.toRealPath();
        Map<Path, Sorted> byFile = new HashMap<>();
        Map<String, Sorted> bySha = new HashMap<>();
        for (Sorted s : sorted) {
            byFile.put(canonical(s.file()), s);
            if (s.sha() != null && s.kind() != Kind.COPY) {
                bySha.put(s.sha(), s);
            }
        }
        Map<Path, String> skippedWhy = new HashMap<>();
        passedOver.forEach(p -> skippedWhy.put(canonical(folder.resolve(p.path())), p.why()));

        Map<String, ManifestReader.Row> rowOfText = new LinkedHashMap<>();
        Map<Path, ManifestReader.Row> rowOfFile = new HashMap<>();
        Map<String, ManifestReader.Row> rowOfSha = new HashMap<>();
        Map<String, Long> leftOut = new LinkedHashMap<>();
        Map<Path, String> notes = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (ManifestReader.Refused r : manifest.refused()) {
            problems.add(new Problem(r.line(), r.problem().problem()));
            textNamed(r.path(), r.sha256(), byFile).ifPresent(sha -> leftOut.putIfAbsent(sha, r.line()));
        }
        for (ManifestReader.Row row : manifest.rows()) {
            String sha;
            Sorted s = null;
            if (row.path() != null) {
                Path named = canonical(manifest.folder().resolve(row.path()));
                s = byFile.get(named);
                if (s == null) {
                    problems.add(new Problem(row.line(), "names " + row.path() + ", " + whyNotAnArticle(named, realFolder, skippedWhy)));
                    continue;
                }
                ManifestReader.Row twin = rowOfFile.putIfAbsent(named, row);
                if (twin != null) {
                    problems.add(new Problem(row.line(), "names " + row.path() + " as line " + twin.line() + " does"));
                    if (s.sha() != null) {
                        leftOut.putIfAbsent(s.sha(), row.line());
                    }
                    continue;
                }
                if (s.kind() == Kind.UNREADABLE) {
                    continue; // reported as a file that cannot be read
                }
                sha = s.sha();
            } else {
                sha = row.sha256();
                if (!bySha.containsKey(sha) && project.documents().findBySha256(sha).isEmpty()) {
                    problems.add(new Problem(row.line(), "sha256 " + sha + " is neither the text of a file of " + folder.getFileName()
                            + " nor an article of " + project.name()));
                    continue;
                }
                ManifestReader.Row twin = rowOfSha.putIfAbsent(sha, row);
                if (twin != null) {
                    problems.add(new Problem(row.line(), "names the article of sha256 " + sha + " as line " + twin.line() + " does"));
                    leftOut.putIfAbsent(sha, row.line());
                    continue;
                }
            }
            ManifestReader.Row first = rowOfText.putIfAbsent(sha, row);
            if (first != null && s != null) {
                notes.put(s.file(), manifest.fileName() + " line " + row.line()
                        + " is not used: line " + first.line() + " gives this text its metadata");
            } else if (first == null && s != null && s.kind() == Kind.COPY) {
                notes.put(s.file(), "its row, " + manifest.fileName() + " line " + row.line() + ", gives that article its metadata");
            }
        }
        leftOut.keySet().forEach(rowOfText::remove);

        Map<String, ManifestReader.Row> toAdd = new HashMap<>();
        List<FolderImport.Update> updates = new ArrayList<>();
        for (Map.Entry<String, ManifestReader.Row> e : rowOfText.entrySet()) {
            Sorted s = bySha.get(e.getKey());
            if (s != null && s.kind() == Kind.TO_ADD) {
                toAdd.put(e.getKey(), e.getValue());
                continue;
            }
            Document d = s != null ? s.present() : project.documents().findBySha256(e.getKey()).orElseThrow();
            updates.add(new FolderImport.Update(d, e.getValue()));
            if (s != null) {
                notes.putIfAbsent(s.file(), manifest.fileName() + " line " + e.getValue().line() + " sets its details");
            }
        }
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        List<ImportException> refused = problems.stream().map(p -> new ImportException(manifest.fileName(), p.line(), p.problem())).toList();
        return new Matched(toAdd, updates, refused, leftOut, notes);
    }

    private record Problem(long line, String problem) {
    }

    /** The text a refused row names, when its cells say and it is a file of the folder or a hash. */
    private Optional<String> textNamed(String path, String sha, Map<Path, Sorted> byFile) {
        if (sha != null) {
            return Optional.of(sha);
        }
        if (path == null) {
            return Optional.empty();
        }
        Sorted s = byFile.get(canonical(manifest.folder().resolve(path)));
        return s == null ? Optional.empty() : Optional.ofNullable(s.sha());
    }

    /** Why a path row's file is not one the folder import reads. */
    private String whyNotAnArticle(Path named, Path realFolder, Map<Path, String> skippedWhy) {
        if (!Files.exists(named, LinkOption.NOFOLLOW_LINKS)) {
            return "which does not exist";
        }
        if (!named.startsWith(realFolder)) {
            return "which is not in the folder " + folder.getFileName();
        }
        if (Files.isDirectory(named, LinkOption.NOFOLLOW_LINKS)) {
            return "which is a folder, not a file";
        }
        for (Path p = named; p != null && !p.equals(realFolder); p = p.getParent()) {
            String why = skippedWhy.get(p);
            if (why != null) {
                return "which the folder import passes over (" + (p.equals(named) ? "" : realFolder.relativize(p) + ": ") + why + ")";
            }
        }
        return "which the folder import does not read";
    }

    /**
     * The path with its folders' links resolved but not the file's own: a manifest and a folder
     * named through different links still meet, and a link in the folder stays a link.
     */
    static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || abs.getFileName() == null) {
            return abs;
        }
        try {
            return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    /** The manifest's new custom fields, in column order. */
    List<String> newFields() {
        Set<String> declared = new HashSet<>(project.metadata().fields());
        return manifest.customFields().stream().filter(f -> !declared.contains(f)).toList();
    }
}
