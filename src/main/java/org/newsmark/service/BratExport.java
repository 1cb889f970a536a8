package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.io.brat.BratExportAnnotation;
import org.newsmark.io.brat.BratWriter;
import org.newsmark.storage.Project;

/**
 * brat standoff export: a folder per analyst, each with {@code NAME.txt} + {@code NAME.ann} per
 * document. Every analyst gets a folder of their own, also on file systems that ignore case
 * ({@link FileNames#distinctFolders}).
 */
final class BratExport {

    private final Project project;

    BratExport(Project project) {
        this.project = project;
    }

    void write(Path folder, Long analystId, List<DocumentSummary> docs, TaskControl control) throws IOException {
        Map<Long, String> labels = new HashMap<>();
        project.labels().all().forEach(l -> labels.put(l.id(), l.name()));
        Map<Long, String> analystNames = new HashMap<>();
        project.analysts().all().forEach(a -> analystNames.put(a.id(), a.name()));
        Map<String, String> folders = FileNames.distinctFolders(analystNames.values(), Set.of());
        Files.createDirectories(folder);
        int done = 0;
        for (DocumentSummary s : docs) {
            control.checkCancelled();
            Document d = project.documents().find(s.id()).orElseThrow();
            Map<Long, List<BratExportAnnotation>> byAnalyst = new HashMap<>();
            for (Annotation a : project.annotations().forDocument(d.id(), analystId)) {
                byAnalyst.computeIfAbsent(a.analystId(), k -> new ArrayList<>())
                        .add(new BratExportAnnotation(labels.get(a.labelId()), a.span(), a.note(), a.fragmentGroup()));
            }
            for (var e : byAnalyst.entrySet()) {
                Path dir = folder.resolve(folders.get(analystNames.get(e.getKey())));
                Files.createDirectories(dir);
                BratWriter.write(dir, FileNames.documentName(d), d.text(), e.getValue());
            }
            control.progress(++done, docs.size());
        }
    }
}
