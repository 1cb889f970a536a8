package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.io.ImportException;
import org.newsmark.io.brat.BratAnalystList;
import org.newsmark.domain.Link;
import org.newsmark.io.brat.BratExportAnnotation;
import org.newsmark.io.brat.BratExportRelation;
import org.newsmark.io.brat.BratWriter;
import org.newsmark.service.port.ProjectStore;

/**
 * brat standoff export: a folder per analyst, each with {@code NAME.txt} + {@code NAME.ann} per
 * document, and {@code analysts.tsv} saying which folder is whose. Every analyst gets a folder of
 * their own, also on file systems that ignore case ({@link FileNames#distinctFolders}).
 *
 * <p>The whole export is built in a new hidden folder beside the target and renamed into place
 * ({@link AtomicFolder}): the target shows the previous export or nothing until the new one is
 * complete and on disk, and a failure deletes what was built. The target must be absent, an empty
 * folder, or a previous Newsmark brat export (which is replaced whole); anything else is refused
 * untouched. See docs/decisions/0007-brat-export-folder.md.
 */
final class BratExport {

    private static final Set<String> OS_METADATA = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    private final ProjectStore project;

    BratExport(ProjectStore project) {
        this.project = project;
    }

    BratExportReport write(Path folder, Long analystId, List<DocumentSummary> docs, TaskControl control)
            throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new AtomicFolder.Failure(folder + " is not a folder a brat export can be written to; choose a new folder");
        }
        boolean replace;
        Path temp;
        try {
            replace = existingTarget(target);
            Files.createDirectories(parent);
            temp = AtomicFolder.createTemp(parent, "." + FileNames.safe(target.getFileName().toString()) + ".tmp-");
        } catch (AtomicFolder.Failure e) {
            throw e;
        } catch (IOException e) {
            throw new AtomicFolder.Failure("The brat export to " + target + " could not start (" + AtomicFolder.describe(e)
                    + "); nothing was written.", e);
        }
        try {
            List<BratExportReport.AnalystFolder> written = fill(temp, analystId, docs, control);
            List<BratAnalystList.Entry> entries = written.stream().map(a ->
                    new BratAnalystList.Entry(a.folder(), a.analyst(), a.documents(), a.tags())).toList();
            BratWriter.writeNew(temp.resolve(BratAnalystList.FILE_NAME), BratAnalystList.format(entries));
            for (BratExportReport.AnalystFolder a : written) {
                AtomicFolder.fsyncDirectory(temp.resolve(a.folder()));
            }
            AtomicFolder.fsyncDirectory(temp);
            control.checkCancelled();
            if (existingTarget(target) != replace) {
                throw new AtomicFolder.Failure(target + " was created or removed by someone else during the export; nothing"
                        + " was written there. Export again");
            }
            List<String> warnings = new ArrayList<>();
            AtomicFolder.install(temp, target, replace).ifPresent(warnings::add);
            return new BratExportReport(folder, written, warnings);
        } catch (AtomicFolder.Failure e) {
            AtomicFolder.deleteAfterFailure(temp, e);
            throw e;
        } catch (IOException e) {
            AtomicFolder.deleteAfterFailure(temp, e);
            throw new AtomicFolder.Failure("The brat export to " + target + " failed (" + AtomicFolder.describe(e) + "); "
                    + (replace ? target + " still holds what it held before." : target + " was not created."), e);
        } catch (RuntimeException | Error e) {
            AtomicFolder.deleteAfterFailure(temp, e);
            throw e;
        }
    }

    private List<BratExportReport.AnalystFolder> fill(Path temp, Long analystId, List<DocumentSummary> docs,
                                                      TaskControl control) throws IOException {
        Map<Long, String> labels = new HashMap<>();
        project.labels().all().forEach(l -> labels.put(l.id(), l.name()));
        Map<Long, String> analystNames = new HashMap<>();
        project.analysts().all().forEach(a -> analystNames.put(a.id(), a.name()));
        Map<String, String> folders = FileNames.distinctFolders(analystNames.values(),
                Set.of(BratAnalystList.FILE_NAME));
        Map<Long, int[]> documents = new HashMap<>();
        Map<Long, long[]> tags = new HashMap<>();
        Set<String> documentNames = new HashSet<>();
        AttributeColumns columns = AttributeColumns.of(project.attributes().all()).withSourceNames(project.sources().all());
        Map<Long, String> types = new HashMap<>();
        project.links().types().forEach(t -> types.put(t.id(), t.name()));
        int done = 0;
        for (DocumentSummary s : docs) {
            control.checkCancelled();
            Document d = project.documents().find(s.id()).orElseThrow();
            String name = FileNames.documentName(d);
            if (!documentNames.add(FileNames.key(name))) {
                throw new IllegalStateException("two documents would share the file name " + name);
            }
            Map<Long, List<BratExportAnnotation>> byAnalyst = new LinkedHashMap<>();
            // a document's tags and links from one snapshot, so every link finds its two tags
            record Read(List<Annotation> tags, List<Link> links) {
            }
            Read read = project.inSnapshot(() -> new Read(project.annotations().forDocument(d.id(), analystId),
                    project.links().forDocument(d.id(), analystId)));
            for (Annotation a : read.tags()) {
                Damage.requireSound(project.name(), a, d, labels, analystNames);
                byAnalyst.computeIfAbsent(a.analystId(), k -> new ArrayList<>())
                        .add(new BratExportAnnotation(labels.get(a.labelId()), a.span(), a.note(), a.fragmentGroup(),
                                columns.valuesOf(a), a.id()));
            }
            Map<Long, List<BratExportRelation>> linksOf = new HashMap<>();
            for (Link l : read.links()) {
                String type = types.get(l.typeId());
                if (type == null) {
                    throw new IllegalStateException(project.name() + " is damaged: link " + l.id() + " has no type");
                }
                linksOf.computeIfAbsent(l.analystId(), k -> new ArrayList<>()).add(new BratExportRelation(type, l.fromTagId(), l.toTagId()));
            }
            for (var e : byAnalyst.entrySet()) {
                Path dir = temp.resolve(folders.get(analystNames.get(e.getKey())));
                if (!documents.containsKey(e.getKey())) {
                    Files.createDirectory(dir);
                }
                BratWriter.write(dir, name, d.text(), e.getValue(), linksOf.getOrDefault(e.getKey(), List.of()));
                documents.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
                tags.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue().size();
            }
            control.progress(++done, docs.size());
        }
        Map<String, BratExportReport.AnalystFolder> byFolder = new TreeMap<>();
        for (long id : documents.keySet()) {
            String analyst = analystNames.get(id);
            byFolder.put(folders.get(analyst), new BratExportReport.AnalystFolder(analyst, folders.get(analyst),
                    documents.get(id)[0], tags.get(id)[0]));
        }
        return List.copyOf(byFolder.values());
    }

    /**
     * False when nothing is at {@code target}; true when it is an empty folder or a previous brat
     * export, which the export replaces; otherwise refuses, naming the folder and the reason. The
     * files Finder and Explorer leave behind do not count.
     */
    static boolean existingTarget(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isSymbolicLink(target)) {
            throw new AtomicFolder.Failure(target + " is a symbolic link; choose a new folder (the export does not write"
                    + " through links)");
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new AtomicFolder.Failure(target + " is a file, not a folder; choose a new folder");
        }
        List<Path> entries = list(target).stream().filter(p -> !osMetadata(p)).toList();
        if (entries.isEmpty()) {
            return true;
        }
        Path listFile = target.resolve(BratAnalystList.FILE_NAME);
        if (!Files.isRegularFile(listFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new AtomicFolder.Failure(target + " already exists and is not empty, and it is not a Newsmark brat export"
                    + " (it has no " + BratAnalystList.FILE_NAME + "); choose a new folder");
        }
        Set<String> listed = new HashSet<>();
        try {
            for (BratAnalystList.Entry e : BratAnalystList.parse(Files.readString(listFile, StandardCharsets.UTF_8))) {
                listed.add(e.folder());
            }
        } catch (ImportException | java.nio.charset.CharacterCodingException e) {
            throw new AtomicFolder.Failure(target + " already exists and is not empty, and it is not a Newsmark brat export ("
                    + e.getMessage() + "); choose a new folder", e);
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.equals(BratAnalystList.FILE_NAME)) {
                continue;
            }
            if (!listed.contains(name) || !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                throw notOnlyOurs(target, name);
            }
            for (Path file : list(entry)) {
                String f = file.getFileName().toString();
                if (osMetadata(file)) {
                    continue;
                }
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !(f.endsWith(".txt") || f.endsWith(".ann"))) {
                    throw notOnlyOurs(target, name + "/" + f);
                }
            }
        }
        return true;
    }

    /** Files Finder and Explorer leave in any folder they show ({@code .DS_Store}, {@code Thumbs.db}, {@code desktop.ini}). */
    private static boolean osMetadata(Path file) {
        return OS_METADATA.contains(file.getFileName().toString()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    private static IOException notOnlyOurs(Path target, String entry) {
        return new AtomicFolder.Failure(target + " is a Newsmark brat export but also holds " + entry
                + ", which the export did not write; replacing the folder would delete it. Move it out or choose a new"
                + " folder");
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
