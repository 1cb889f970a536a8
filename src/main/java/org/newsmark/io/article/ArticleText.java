package org.newsmark.io.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /** How many lines from the top {@link #titleFrom} looks at for a substantial one. */
    static final int TITLE_LINES = 40;

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u200B\\u2060\\uFEFF]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200D]]");
    /** Lines that say when or by whom, not what: "Published: Feb 08, 2024", "By a staff reporter", "Photo: …". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^(by|from|published|updated|posted|last updated|source|photo|photos|image|credit|filed|advertisement)\\b.*");
    private static final Pattern FILE_NAME_LIKE = Pattern.compile(
            "(?iu)^(microsoft (word|powerpoint|excel) - .*|.*\\.(docx?|pdf|odt|rtf|txt|html?|indd|qxd|tmp))$");
    private static final java.util.Set<String> PLACEHOLDER_TITLES = java.util.Set.of(
            "untitled", "untitled document", "document", "title", "no title", "new document", "document1", "article");

    /**
     * The article's title from its text: the first <em>substantial</em> line of the first
     * {@value #TITLE_LINES}, white space normalised ({@link #normaliseTitle}) and cut to
     * {@link ArticleLimits#MAX_TITLE_CHARS}. A line is not substantial when it is a section label
     * in capitals ("WORLD / MID-EAST"), a single word ("Advertisement"), a label ending in a colon,
     * a dateline or byline ("Published: …", "By …"), or has more digits than letters (a date).
     * With no substantial line the first non-blank line is the title; with none at all, the file name.
     */
    public static String titleFrom(String text, String fileName) {
        String first = null;
        int seen = 0;
        for (String line : text.split("\n", TITLE_LINES * 4)) {
            String t = normaliseTitle(line);
            if (t.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = t;
            }
            if (isSubstantial(t)) {
                return shortTitle(t, fileName);
            }
            if (++seen >= TITLE_LINES) {
                break;
            }
        }
        return first == null ? fallbackTitle(fileName) : shortTitle(first, fileName);
    }

    /** See {@link #titleFrom}: whether a (normalised) line can be a headline. */
    static boolean isSubstantial(String line) {
        int upper = 0;
        int lower = 0;
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (letters == 0 || digits > letters || line.endsWith(":") || BYLINE.matcher(line).matches()) {
            return false;
        }
        boolean cased = upper + lower > 0;
        if (cased && lower == 0) {
            return false; // a section label or kicker in capitals
        }
        long words = java.util.Arrays.stream(line.split(" ")).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
        // scripts without case or spaces (Chinese, Japanese) write a headline as one "word"
        return cased ? words >= 2 : line.codePointCount(0, line.length()) >= 4;
    }

    /** One space for every run of white space (no-break and zero-width spaces too), controls dropped, trimmed. */
    public static String normaliseTitle(String title) {
        if (title == null) {
            return "";
        }
        return CONTROLS.matcher(SPACES.matcher(title).replaceAll(" ")).replaceAll("").strip();
    }

    /**
     * A title from a file's metadata (HTML og:title, DOCX core properties, PDF document info),
     * normalised, or empty when it says nothing: blank, a placeholder ("Untitled", "Document1"),
     * or a file name ("Microsoft Word - draft3.docx").
     */
    static Optional<String> metadataTitle(String candidate) {
        String t = normaliseTitle(candidate);
        if (t.isEmpty() || t.codePoints().noneMatch(Character::isLetterOrDigit)
                || PLACEHOLDER_TITLES.contains(t.toLowerCase(java.util.Locale.ROOT))
                || FILE_NAME_LIKE.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(t);
    }

    /** The first candidate that {@link #metadataTitle} takes, cut to length; else {@link #titleFrom} the text. */
    static String pickTitle(String text, String fileName, String... candidates) {
        for (String c : candidates) {
            Optional<String> t = metadataTitle(c);
            if (t.isPresent()) {
                return shortTitle(t.get(), fileName);
            }
        }
        return titleFrom(text, fileName);
    }

    static String shortTitle(String candidate, String fileName) {
        String t = normaliseTitle(candidate);
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

    /**
     * Common finishing for formats whose text was extracted by a library, and the title: the first of {@code titles} (metadata, best first) that {@link #metadataTitle} takes, else {@link #titleFrom} the text. */
    static ImportedArticle finish(String rawText, String fileName, String emptyProblem, String... titles)
            throws ImportException {
        String text = normaliseLineEnds(stripBom(rawText));
        checkSize(text, fileName);
        if (text.isEmpty() || text.isBlank()) {
            throw new ImportException(fileName, emptyProblem);
        }
        checkNotBlank(text, fileName, emptyProblem);
        String t = pickTitle(text, fileName, titles);
        return new ImportedArticle(t, fileName == null ? "" : fileName, text);
    }
}
