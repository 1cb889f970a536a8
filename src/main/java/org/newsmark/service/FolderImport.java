package org.newsmark.service;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.TextHash;
import org.newsmark.io.ImportException;
import org.newsmark.io.article.FolderScan;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.io.csv.ManifestReader;
import org.newsmark.service.port.ProjectStore;

/**
 * Importing a folder of articles (issue 16.1): a plan first — every article file read, each one
 * to add or to skip with why (another kind of file, a copy of an earlier file, already in the
 * project, unreadable) — then the adding, all or nothing or each file on its own, as the user
 * chose. With a manifest, each file gets the metadata of the row naming it ({@link FolderManifest}).
 * See docs/decisions/0029-folder-import.md.
 */
public final class FolderImport {

    /** How a plan is carried out when some files cannot be read. */
    public enum Mode {
        /** One transaction: a file that cannot be read refuses the whole import (nothing is added). */
        ALL_OR_NOTHING,
        /** Every readable file is added; those that cannot be read are reported. */
        EACH_FILE
    }

    /** A file to add, with the article read from it; {@code manifestLine} the manifest row giving its metadata, or 0. */
    public record Item(Path file, ImportedArticle article, long manifestLine) {
        public Item(Path file, ImportedArticle article) {
            this(file, article, 0);
        }
    }

    /** A file passed over, relative to the folder, and why. */
    public record Skip(Path file, String why) {
    }

    /** An article already in the project whose details a manifest row sets. */
    public record Update(Document article, ManifestReader.Row row) {
    }

    /**
     * What an import of the folder would do; {@code unreadable}: files that could not be read and
     * {@code refusedRows}: manifest rows refused (a mode decides). {@code manifestName} is null
     * without a manifest; {@code newFields} are its custom fields the project lacks, in column order.
     */
    public record Plan(Path folder, List<Item> toAdd, List<Skip> skipped, List<ImportException> unreadable, String manifestName,
                       List<Update> updates, List<ImportException> refusedRows, List<String> newFields) {
        public Plan {
            toAdd = List.copyOf(toAdd);
            skipped = List.copyOf(skipped);
            unreadable = List.copyOf(unreadable);
            updates = List.copyOf(updates);
            refusedRows = List.copyOf(refusedRows);
            newFields = List.copyOf(newFields);
        }

        /** A plan without a manifest. */
        public Plan(Path folder, List<Item> toAdd, List<Skip> skipped, List<ImportException> unreadable) {
            this(folder, toAdd, skipped, unreadable, null, List.of(), List.of(), List.of());
        }

        /** The files that cannot be read and the manifest rows refused: what all or nothing refuses. */
        public List<ImportException> problems() {
            List<ImportException> all = new ArrayList<>(refusedRows);
            all.addAll(unreadable);
            return all;
        }

        /** Whether carrying the plan out writes anything (articles to add, or details to set). */
        public boolean writesSomething() {
            return !toAdd.isEmpty() || !updates.isEmpty();
        }

        /**
         * "12 articles to add; metadata from manifest.csv for 10 of 12 articles; 3 skipped (2 already
         * in the project, 1 not an article file); 1 cannot be read; 1 manifest row refused".
         */
        public String summary() {
            Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
            for (Skip s : skipped) {
                kinds.merge(kindOf(s.why()), 1, Integer::sum);
            }
            StringBuilder b = new StringBuilder(articles(toAdd.size()) + " to add");
            if (manifestName != null) {
                long named = toAdd.stream().filter(i -> i.manifestLine() > 0).count();
                b.append("; metadata from ").append(manifestName).append(" for ").append(named).append(" of ").append(articles(toAdd.size()));
                if (!updates.isEmpty()) {
                    b.append("; details set on ").append(updates.size()).append(updates.size() == 1 ? " article" : " articles")
                            .append(" already in the project");
                }
            }
            if (!skipped.isEmpty()) {
                b.append("; ").append(skipped.size()).append(" skipped (");
                b.append(String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() + " " + (e.getValue() == 1 ? singular(e.getKey())
                        : e.getKey())).toList())).append(')');
            }
            if (!unreadable.isEmpty()) {
                b.append("; ").append(unreadable.size()).append(" cannot be read");
            }
            if (!refusedRows.isEmpty()) {
                b.append("; ").append(refusedRows.size()).append(refusedRows.size() == 1 ? " manifest row" : " manifest rows").append(" refused");
            }
            return b.toString();
        }

        private static String articles(long n) {
            return n + (n == 1 ? " article" : " articles");
        }

        /** "1 copy", "1 not an article file": the kinds below are named for more than one. */
        private static String singular(String kind) {
            return switch (kind) {
                case "copies" -> "copy";
                case "not article files" -> "not an article file";
                case "links" -> "link";
                default -> kind;
            };
        }

        private static String kindOf(String why) {
            return why.startsWith("a copy of") ? "copies" : why.startsWith("already in the project") ? "already in the project"
                    : why.startsWith("not an article file") || why.startsWith("no extension") ? "not article files"
                    : why.startsWith("a hidden") ? "hidden" : why.startsWith("a link") ? "links"
                    : why.startsWith(REFUSED_ROW) ? "with a refused manifest row" : "other";
        }
    }

    private static final String REFUSED_ROW = "its manifest row is refused";

    /**
     * What was done: the articles added (in folder order), the files that could not be read and
     * the manifest rows refused (EACH_FILE), the articles whose details were set, the fields declared.
     */
    public record Result(List<DocumentService.AddResult> added, List<ImportException> failed, Plan plan, List<Document> updated,
                         List<String> fieldsDeclared) {
        public Result {
            added = List.copyOf(added);
            failed = List.copyOf(failed);
            updated = List.copyOf(updated);
            fieldsDeclared = List.copyOf(fieldsDeclared);
        }
    }

    private final ProjectStore project;
    private final ArticleImportService articles;

    FolderImport(ProjectStore project, ArticleImportService articles) {
        this.project = project;
        this.articles = articles;
    }

    /** The manifest File › Import Folder… takes from the top of the chosen folder, when there is one. */
    public static final String OWN_MANIFEST = "manifest.csv";

    /** Scans and reads the folder (the long part; nothing is written). */
    public Plan plan(Path folder, Optional<Charset> encoding, TaskControl control) throws IOException {
        Reading r = read(folder, null, encoding, null, control);
        return new Plan(folder, r.toAdd(), r.skipped(), r.unreadable());
    }

    /** The app's plan: the folder with its own {@value #OWN_MANIFEST} when it has one. */
    public Plan planWithOwnManifest(Path folder, TaskControl control) throws IOException, ImportException {
        Path own = folder.resolve(OWN_MANIFEST);
        return plan(folder, Files.isRegularFile(own) ? Optional.of(own) : Optional.empty(), Optional.empty(), null, control);
    }

    /**
     * Scans and reads the folder and matches the manifest's rows to its files (nothing is
     * written). A manifest that cannot be read as a whole (its header, its encoding) is thrown
     * before the folder is read; its rows' problems are in the plan.
     *
     * @param outlet every article's outlet under the manifest's (the command line's --outlet), or null
     */
    public Plan plan(Path folder, Optional<Path> manifestFile, Optional<Charset> encoding, String outlet, TaskControl control)
            throws IOException, ImportException {
        ManifestReader.Manifest manifest = manifestFile.isPresent() ? ManifestReader.readEachRow(manifestFile.get()) : null;
        Reading r = read(folder, manifestFile.map(FolderManifest::canonical).orElse(null), encoding, outlet, control);
        if (manifest == null) {
            return new Plan(folder, r.toAdd(), r.skipped(), r.unreadable());
        }
        FolderManifest matcher = new FolderManifest(manifest, folder, project);
        FolderManifest.Matched m = matcher.match(r.sorted(), r.scan().skipped());
        List<Skip> skipped = new ArrayList<>();
        for (Skip s : r.skipped()) {
            String note = m.notes().get(folder.resolve(s.file()));
            skipped.add(note == null ? s : new Skip(s.file(), s.why() + "; " + note));
        }
        List<Item> toAdd = new ArrayList<>();
        for (Item item : r.toAdd()) {
            String sha = TextHash.sha256(item.article().text());
            ManifestReader.Row row = m.toAdd().get(sha);
            if (m.leftOut().containsKey(sha)) {
                skipped.add(new Skip(folder.relativize(item.file()), REFUSED_ROW + " (" + manifest.fileName() + " line "
                        + m.leftOut().get(sha) + ")"));
            } else {
                toAdd.add(row == null ? item : new Item(item.file(), ManifestImport.withRow(item.article(), row), row.line()));
            }
        }
        return new Plan(folder, toAdd, skipped, r.unreadable(), manifest.fileName(), m.updates(), m.refused(), matcher.newFields());
    }

    /** The folder's files read and sorted: to add, skipped with why, unreadable; {@code sorted} every article file's kind. */
    private record Reading(FolderScan.Scan scan, List<Item> toAdd, List<Skip> skipped, List<ImportException> unreadable,
                           List<FolderManifest.Sorted> sorted) {
    }

    /** @param manifestItself the manifest when it lies in the folder: used, so not listed as skipped */
    private Reading read(Path folder, Path manifestItself, Optional<Charset> encoding, String outlet, TaskControl control)
            throws IOException {
        FolderScan.Scan scan = FolderScan.scan(folder, control);
        List<Skip> skipped = new ArrayList<>();
        scan.skipped().stream().filter(s -> manifestItself == null || !FolderManifest.canonical(folder.resolve(s.path())).equals(manifestItself))
                .forEach(s -> skipped.add(new Skip(s.path(), s.why())));
        List<Item> toAdd = new ArrayList<>();
        List<ImportException> unreadable = new ArrayList<>();
        List<FolderManifest.Sorted> sorted = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < scan.files().size(); i++) {
            control.checkCancelled();
            Path f = scan.files().get(i);
            Path rel = folder.relativize(f);
            ArticleImportService.Batch one = articles.read(List.of(f), Map.of(), encoding, TaskControl.NONE);
            if (!one.problems().isEmpty()) {
                ImportException e = one.problems().get(0);
                unreadable.add(new ImportException(rel.toString(), e.line(), e.problem(), e));
                sorted.add(new FolderManifest.Sorted(f, FolderManifest.Kind.UNREADABLE, null, null));
            } else if (!one.needEncoding().isEmpty()) {
                unreadable.add(new ImportException(rel.toString(), "is not valid UTF-8 text; name its encoding"));
                sorted.add(new FolderManifest.Sorted(f, FolderManifest.Kind.UNREADABLE, null, null));
            } else {
                ImportedArticle a = one.articles().get(0);
                String sha = TextHash.sha256(a.text());
                Path earlier = seen.putIfAbsent(sha, rel);
                var present = project.documents().findBySha256(sha);
                if (earlier != null) {
                    skipped.add(new Skip(rel, "a copy of " + earlier));
                    sorted.add(new FolderManifest.Sorted(f, FolderManifest.Kind.COPY, sha, null));
                } else if (present.isPresent()) {
                    skipped.add(new Skip(rel, "already in the project as \u201c" + present.get().title() + "\u201d"));
                    sorted.add(new FolderManifest.Sorted(f, FolderManifest.Kind.PRESENT, sha, present.get()));
                } else {
                    toAdd.add(new Item(f, outlet == null ? a : a.withOutlet(outlet)));
                    sorted.add(new FolderManifest.Sorted(f, FolderManifest.Kind.TO_ADD, sha, null));
                }
            }
            control.progress(i + 1, scan.files().size());
        }
        return new Reading(scan, toAdd, skipped, unreadable, sorted);
    }

    /**
     * Adds what the plan says and sets the details it names, in the chosen mode; ALL_OR_NOTHING
     * with a file that could not be read or a manifest row refused writes nothing.
     */
    public Result run(Plan plan, Mode mode, TaskControl control) throws ImportException {
        if (mode == Mode.ALL_OR_NOTHING) {
            List<ImportException> problems = plan.problems();
            if (!problems.isEmpty()) {
                ImportException first = problems.get(0);
                throw new ImportException(first.file(), first.line(), first.problem() + "; nothing was imported from "
                        + plan.folder().getFileName() + " (" + counts(plan) + ")", first);
            }
            return project.inTransaction(() -> {
                plan.newFields().forEach(project.metadata()::declare);
                List<DocumentService.AddResult> added = articles.addAll(plan.toAdd().stream().map(Item::article).toList(),
                        plan.toAdd().stream().map(Item::file).toList());
                plan.updates().forEach(u -> ManifestImport.setDetails(project, u.article(), u.row()));
                return new Result(added, List.of(), plan, plan.updates().stream().map(Update::article).toList(), plan.newFields());
            });
        }
        List<DocumentService.AddResult> added = new ArrayList<>();
        List<ImportException> failed = new ArrayList<>(plan.problems());
        List<String> declared = plan.writesSomething() ? plan.newFields() : List.of();
        if (!declared.isEmpty()) {
            // first, so the fields keep the manifest's column order whichever articles come in
            project.inTransaction(() -> {
                declared.forEach(project.metadata()::declare);
                return null;
            });
        }
        for (int i = 0; i < plan.toAdd().size(); i++) {
            control.checkCancelled();
            Item item = plan.toAdd().get(i);
            try {
                added.addAll(articles.addAll(List.of(item.article()), List.of(item.file())));
            } catch (ImportException e) {
                failed.add(new ImportException(plan.folder().relativize(item.file()).toString(), e.line(), e.problem(), e));
            }
            control.progress(i + 1, plan.toAdd().size());
        }
        List<Document> updated = new ArrayList<>();
        for (Update u : plan.updates()) {
            control.checkCancelled();
            project.inTransaction(() -> {
                ManifestImport.setDetails(project, u.article(), u.row());
                return null;
            });
            updated.add(u.article());
        }
        return new Result(added, failed, plan, updated, declared);
    }

    /** "2 manifest rows refused, 1 file cannot be read". */
    private static String counts(Plan plan) {
        List<String> parts = new ArrayList<>();
        if (!plan.refusedRows().isEmpty()) {
            parts.add(plan.refusedRows().size() + (plan.refusedRows().size() == 1 ? " manifest row" : " manifest rows") + " refused");
        }
        if (!plan.unreadable().isEmpty()) {
            parts.add(plan.unreadable().size() + " file(s) cannot be read");
        }
        return String.join(", ", parts);
    }
}
