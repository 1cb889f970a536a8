package org.newsmark.io.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.newsmark.io.ImportException;

/** Shared final steps for every article format: line endings, emptiness, size, title. */
public final class ArticleText {

    private ArticleText() {
    }

    /** CRLF and lone CR become LF so offsets agree with what Python's universal newlines read. */
    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The charset a byte-order mark names, if the bytes start with one (UTF-8 BOM: 3 bytes, UTF-16: 2). */
    static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    static int bomLength(Charset bomCharset) {
        return bomCharset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static void checkNotBlank(String text, String fileName, String whatIsEmpty) throws ImportException {
        if (text.isEmpty()) {
            throw new ImportException(fileName, whatIsEmpty);
        }
        boolean blank = text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == 0x200B || c == 0xFEFF);
        if (blank) {
            throw new ImportException(fileName, "contains only whitespace");
        }
    }

    static void checkSize(String text, String fileName) throws ImportException {
        if (text.length() > ArticleLimits.MAX_TEXT_CHARS) {
            throw new ImportException(fileName, String.format("is too long: %,d characters; the limit is %,d",
                    text.length(), ArticleLimits.MAX_TEXT_CHARS));
        }
    }

    static void checkFileSize(long bytes, String fileName) throws ImportException {
        if (bytes > ArticleLimits.MAX_FILE_BYTES) {
            throw new ImportException(fileName, "is too large: " + bytes + " bytes, at most "
                    + ArticleLimits.MAX_FILE_BYTES + " (64 MiB) can be imported");
        }
    }

    /** First non-blank line, trimmed and cut to {@link ArticleLimits#MAX_TITLE_CHARS}; else the file name. */
    public static String titleFrom(String text, String fileName) {
        for (String line : text.split("\n", 50)) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return shortTitle(t, fileName);
            }
        }
        return fallbackTitle(fileName);
    }

    static String shortTitle(String candidate, String fileName) {
        String t = candidate == null ? "" : candidate.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return fallbackTitle(fileName);
        }
        if (t.length() > ArticleLimits.MAX_TITLE_CHARS) {
            int cut = ArticleLimits.MAX_TITLE_CHARS;
            if (Character.isHighSurrogate(t.charAt(cut - 1))) {
                cut--;
            }
            t = t.substring(0, cut).strip();
        }
        return t;
    }

    /** The file name without directory and extension. */
    static String fallbackTitle(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "Untitled";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Common finishing for formats whose text was extracted by a library. */
    static ImportedArticle finish(String title, String rawText, String fileName, String emptyProblem)
            throws ImportException {
        String text = normaliseLineEnds(stripBom(rawText));
        checkSize(text, fileName);
        if (text.isEmpty() || text.isBlank()) {
            throw new ImportException(fileName, emptyProblem);
        }
        checkNotBlank(text, fileName, emptyProblem);
        String t = title == null || title.isBlank() ? titleFrom(text, fileName) : shortTitle(title, fileName);
        return new ImportedArticle(t, fileName == null ? "" : fileName, text);
    }
}
