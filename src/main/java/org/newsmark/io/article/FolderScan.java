package org.newsmark.io.article;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsmark.domain.TaskControl;

/**
 * The article files of a folder and its subfolders, in path order, and what was passed over
 * with why: files of other kinds (by extension: a folder of articles holds images and notes
 * too), hidden files and folders, links (never followed, so a link cannot lead the walk out of
 * the folder or round in a loop) and folders that cannot be read. See docs/decisions/0029.
 */
public final class FolderScan {

    /** The extensions taken as articles; the reader still decides by content (ArticleFormats). */
    public static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "md", "html", "htm", "xhtml", "docx", "pdf");

    /** A file or folder passed over, relative to the scanned folder. */
    public record Skipped(Path path, String why) {
    }

    public record Scan(Path folder, List<Path> files, List<Skipped> skipped) {
        public Scan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    private FolderScan() {
    }

    public static Scan scan(Path folder, TaskControl control) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder.getFileName() + " is not a folder");
        }
        List<Path> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                control.checkCancelled();
                if (!dir.equals(folder) && hidden(dir)) {
                    skipped.add(new Skipped(folder.relativize(dir), "a hidden folder"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Path rel = folder.relativize(file);
                if (attrs.isSymbolicLink()) {
                    skipped.add(new Skipped(rel, "a link (links are not followed)"));
                } else if (!attrs.isRegularFile()) {
                    skipped.add(new Skipped(rel, "not a regular file"));
                } else if (hidden(file)) {
                    skipped.add(new Skipped(rel, "a hidden file"));
                } else if (!ARTICLE_EXTENSIONS.contains(extension(file))) {
                    skipped.add(new Skipped(rel, extension(file).isEmpty() ? "no extension of an article file"
                            : "not an article file (." + extension(file) + ")"));
                } else {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.add(new Skipped(folder.relativize(file), "cannot be read"));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(p -> folder.relativize(p).toString()));
        skipped.sort(Comparator.comparing(s -> s.path().toString()));
        return new Scan(folder, files, skipped);
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
