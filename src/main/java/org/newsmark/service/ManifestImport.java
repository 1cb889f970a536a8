package org.newsmark.service;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.ImportException;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.io.csv.ManifestReader;
import org.newsmark.service.port.ProjectStore;

/**
 * Imports the articles a manifest names by path (and any other files given) with the manifest's
 * metadata, and sets the metadata of articles it names by sha256. All or nothing: every row is
 * checked (the file exists, the hash is an article of the project) and every file read before
 * anything is written, then one transaction adds the articles, declares the new custom fields and
 * sets the metadata.
 */
public final class ManifestImport {

    /** What an import did: the articles read (added or already there), the articles named by hash, the new custom fields. */
    public record Report(List<DocumentService.AddResult> imported, List<Document> updated, List<String> fieldsDeclared) {
        public Report {
            imported = List.copyOf(imported);
            updated = List.copyOf(updated);
            fieldsDeclared = List.copyOf(fieldsDeclared);
        }

        /** One line for the status bar: "Imported 2 of 3 articles; details set on 1; new fields: wave". */
        public String summary() {
            long added = imported.stream().filter(DocumentService.AddResult::added).count();
            StringBuilder s = new StringBuilder("Imported " + added + " of " + imported.size() + (imported.size() == 1 ? " article" : " articles"));
            if (!updated.isEmpty()) {
                s.append("; details set on ").append(updated.size()).append(updated.size() == 1 ? " article" : " articles");
            }
            if (!fieldsDeclared.isEmpty()) {
                s.append("; new fields: ").append(String.join(", ", fieldsDeclared));
            }
            return s.toString();
        }
    }

    private final ProjectStore project;
    private final ArticleImportService articles;

    ManifestImport(ProjectStore project, ArticleImportService articles) {
        this.project = project;
        this.articles = articles;
    }

    /** Reads {@code manifestFile} and imports what it names, as below (the app's File › Import with Manifest…). */
    public Report run(Path manifestFile, TaskControl control) throws ImportException {
        return run(ManifestReader.read(manifestFile), List.of(), Optional.empty(), null, control);
    }

    /**
     * @param files  more article files to import (with the manifest's metadata when a row names them)
     * @param outlet every imported article's outlet under the manifest's (the command line's --outlet), or null
     */
    public Report run(ManifestReader.Manifest manifest, List<Path> files, Optional<Charset> encoding, String outlet,
                      TaskControl control) throws ImportException {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name() + " is open read-only; articles cannot be added.");
        }
        Map<Path, ManifestReader.Row> byPath = new LinkedHashMap<>();
        Map<String, ManifestReader.Row> bySha = new LinkedHashMap<>();
        Map<String, Document> known = new HashMap<>();
        for (ManifestReader.Row row : manifest.rows()) {
            if (row.path() != null) {
                Path file = manifest.folder().resolve(row.path()).toAbsolutePath().normalize();
                if (!Files.isRegularFile(file)) {
                    throw refused(manifest, row, "names " + row.path() + ", " + (Files.exists(file) ? "which is not a file" : "which does not exist"));
                }
                ManifestReader.Row twin = byPath.putIfAbsent(file, row);
                if (twin != null) {
                    throw refused(manifest, row, "names " + row.path() + " as line " + twin.line() + " does");
                }
            } else {
                Optional<Document> d = project.documents().findBySha256(row.sha256());
                if (d.isEmpty()) {
                    throw refused(manifest, row, "sha256 " + row.sha256() + " is not an article of " + project.name());
                }
                ManifestReader.Row twin = bySha.putIfAbsent(row.sha256(), row);
                if (twin != null) {
                    throw refused(manifest, row, "names the article of sha256 " + row.sha256() + " as line " + twin.line() + " does");
                }
                known.put(row.sha256(), d.get());
            }
        }
        List<Path> toRead = new ArrayList<>(byPath.keySet());
        for (Path f : files) {
            Path p = f.toAbsolutePath().normalize();
            if (!toRead.contains(p)) {
                toRead.add(p);
            }
        }
        ArticleImportService.Batch batch = articles.read(toRead, Map.of(), encoding, control);
        if (!batch.problems().isEmpty()) {
            ImportException e = batch.problems().get(0);
            throw new ImportException(e.file(), e.line(), e.problem() + "; nothing from " + manifest.fileName() + " was imported", e);
        }
        if (!batch.needEncoding().isEmpty()) {
            throw new org.newsmark.io.EncodingNeededException(name(batch.needEncoding().get(0)),
                    "is not valid UTF-8 text; name its encoding (--encoding on the command line); nothing from "
                            + manifest.fileName() + " was imported");
        }
        List<ImportedArticle> read = new ArrayList<>();
        for (int i = 0; i < toRead.size(); i++) {
            ImportedArticle a = batch.articles().get(i);
            if (outlet != null) {
                a = a.withOutlet(outlet);
            }
            ManifestReader.Row row = byPath.get(toRead.get(i));
            read.add(row == null ? a : withRow(a, row));
        }
        List<String> before = project.metadata().fields();
        List<String> declared = manifest.customFields().stream().filter(f -> !before.contains(f)).toList();
        return project.inTransaction(() -> {
            declared.forEach(project.metadata()::declare);
            List<DocumentService.AddResult> added = articles.addAll(read, toRead);
            List<Document> updated = new ArrayList<>();
            for (ManifestReader.Row row : bySha.values()) {
                Document d = known.get(row.sha256());
                setDetails(project, d, row);
                updated.add(d);
            }
            return new Report(added, updated, declared);
        });
    }

    /** An article about to be added, with a row's metadata over its own and the row's title, when it has one. */
    static ImportedArticle withRow(ImportedArticle a, ManifestReader.Row row) {
        ImportedArticle out = a.withMetadata(a.metadata().overlaidWith(row.metadata()));
        String title = row.title() == null ? "" : DocumentService.cleanTitle(row.title());
        return title.isEmpty() ? out : out.withTitle(title);
    }

    /** An article of the project given a row's metadata (over what it has) and title; the caller holds the transaction. */
    static void setDetails(ProjectStore project, Document d, ManifestReader.Row row) {
        project.metadata().set(d.id(), project.metadata().of(d.id()).overlaidWith(row.metadata()));
        String title = row.title() == null ? "" : DocumentService.cleanTitle(row.title());
        if (!title.isEmpty()) {
            project.documents().rename(d.id(), title);
        }
    }

    private static ImportException refused(ManifestReader.Manifest manifest, ManifestReader.Row row, String problem) {
        return new ImportException(manifest.fileName(), row.line(), problem + "; nothing was imported");
    }

    private static String name(Path f) {
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }
}
