package org.newsmark.service;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.TextHash;
import org.newsmark.io.ImportException;
import org.newsmark.io.article.FolderScan;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.port.ProjectStore;

/**
 * Importing a folder of articles (issue 16.1): a plan first — every article file read, each one
 * to add or to skip with why (another kind of file, a copy of an earlier file, already in the
 * project, unreadable) — then the adding, all or nothing or each file on its own, as the user
 * chose. See docs/decisions/0029-folder-import.md.
 */
public final class FolderImport {

    /** How a plan is carried out when some files cannot be read. */
    public enum Mode {
        /** One transaction: a file that cannot be read refuses the whole import (nothing is added). */
        ALL_OR_NOTHING,
        /** Every readable file is added; those that cannot be read are reported. */
        EACH_FILE
    }

    /** A file to add, with the article read from it. */
    public record Item(Path file, ImportedArticle article) {
    }

    /** A file passed over, relative to the folder, and why. */
    public record Skip(Path file, String why) {
    }

    /** What an import of the folder would do; {@code unreadable}: files that could not be read (a mode decides). */
    public record Plan(Path folder, List<Item> toAdd, List<Skip> skipped, List<ImportException> unreadable) {
        public Plan {
            toAdd = List.copyOf(toAdd);
            skipped = List.copyOf(skipped);
            unreadable = List.copyOf(unreadable);
        }

        /** "12 articles to add; 3 skipped (2 already in the project, 1 not an article file); 1 cannot be read". */
        public String summary() {
            Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
            for (Skip s : skipped) {
                kinds.merge(kindOf(s.why()), 1, Integer::sum);
            }
            StringBuilder b = new StringBuilder(toAdd.size() + (toAdd.size() == 1 ? " article" : " articles") + " to add");
            if (!skipped.isEmpty()) {
                b.append("; ").append(skipped.size()).append(" skipped (");
                b.append(String.join(", ", kinds.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())).append(')');
            }
            if (!unreadable.isEmpty()) {
                b.append("; ").append(unreadable.size()).append(" cannot be read");
            }
            return b.toString();
        }

        private static String kindOf(String why) {
            return why.startsWith("a copy of") ? "copies" : why.startsWith("already in the project") ? "already in the project"
                    : why.startsWith("not an article file") || why.startsWith("no extension") ? "not article files"
                    : why.startsWith("a hidden") ? "hidden" : why.startsWith("a link") ? "links" : "other";
        }
    }

    /** What was done: the articles added (in folder order), the files that could not be read (EACH_FILE). */
    public record Result(List<DocumentService.AddResult> added, List<ImportException> failed, Plan plan) {
        public Result {
            added = List.copyOf(added);
            failed = List.copyOf(failed);
        }
    }

    private final ProjectStore project;
    private final ArticleImportService articles;

    FolderImport(ProjectStore project, ArticleImportService articles) {
        this.project = project;
        this.articles = articles;
    }

    /** Scans and reads the folder (the long part; nothing is written). */
    public Plan plan(Path folder, Optional<Charset> encoding, TaskControl control) throws IOException {
        FolderScan.Scan scan = FolderScan.scan(folder, control);
        List<Skip> skipped = new ArrayList<>();
        scan.skipped().forEach(s -> skipped.add(new Skip(s.path(), s.why())));
        List<Item> toAdd = new ArrayList<>();
        List<ImportException> unreadable = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < scan.files().size(); i++) {
            control.checkCancelled();
            Path f = scan.files().get(i);
            Path rel = folder.relativize(f);
            ArticleImportService.Batch one = articles.read(List.of(f), Map.of(), encoding, TaskControl.NONE);
            if (!one.problems().isEmpty()) {
                ImportException e = one.problems().get(0);
                unreadable.add(new ImportException(rel.toString(), e.line(), e.problem(), e));
            } else if (!one.needEncoding().isEmpty()) {
                unreadable.add(new ImportException(rel.toString(), "is not valid UTF-8 text; name its encoding"));
            } else {
                ImportedArticle a = one.articles().get(0);
                String sha = TextHash.sha256(a.text());
                Path earlier = seen.putIfAbsent(sha, rel);
                var present = project.documents().findBySha256(sha);
                if (earlier != null) {
                    skipped.add(new Skip(rel, "a copy of " + earlier));
                } else if (present.isPresent()) {
                    skipped.add(new Skip(rel, "already in the project as \u201c" + present.get().title() + "\u201d"));
                } else {
                    toAdd.add(new Item(f, a));
                }
            }
            control.progress(i + 1, scan.files().size());
        }
        return new Plan(folder, toAdd, skipped, unreadable);
    }

    /** Adds what the plan says, in the chosen mode; ALL_OR_NOTHING with a file that could not be read adds nothing. */
    public Result run(Plan plan, Mode mode, TaskControl control) throws ImportException {
        if (mode == Mode.ALL_OR_NOTHING) {
            if (!plan.unreadable().isEmpty()) {
                ImportException first = plan.unreadable().get(0);
                throw new ImportException(first.file(), first.line(), first.problem() + "; nothing was imported from "
                        + plan.folder().getFileName() + " (" + plan.unreadable().size() + " file(s) cannot be read)", first);
            }
            List<DocumentService.AddResult> added = articles.addAll(plan.toAdd().stream().map(Item::article).toList(),
                    plan.toAdd().stream().map(Item::file).toList());
            return new Result(added, List.of(), plan);
        }
        List<DocumentService.AddResult> added = new ArrayList<>();
        List<ImportException> failed = new ArrayList<>(plan.unreadable());
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
        return new Result(added, failed, plan);
    }
}
