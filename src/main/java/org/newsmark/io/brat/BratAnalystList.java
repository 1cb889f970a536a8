package org.newsmark.io.brat;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.io.ImportException;

/**
 * {@code analysts.tsv}, written by Newsmark's brat export next to the analyst folders: which folder
 * holds whose tags, because a folder name is only a safe form of the analyst's name
 * ({@code a/b} → {@code a_b-1c0f5e2a}). UTF-8, LF, a header line, then one line per folder:
 * {@code folder<TAB>analyst<TAB>documents<TAB>tags}. In the analyst column a backslash, tab, line
 * feed and carriage return are written {@code \\ \t \n \r}; folder names never contain them.
 */
public final class BratAnalystList {

    public static final String FILE_NAME = "analysts.tsv";
    public static final String HEADER = "folder\tanalyst\tdocuments\ttags";

    public record Entry(String folder, String analyst, int documents, long tags) {
    }

    private BratAnalystList() {
    }

    public static String format(List<Entry> entries) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Entry e : entries) {
            if (e.folder().matches(".*[\\t\\n\\r\\\\/].*")) {
                throw new IllegalArgumentException("not a plain folder name: '" + e.folder() + "'");
            }
            out.append(e.folder()).append('\t').append(escape(e.analyst())).append('\t').append(e.documents())
                    .append('\t').append(e.tags()).append('\n');
        }
        return out.toString();
    }

    /** @throws ImportException naming the line, when the header or a line is not as written by {@link #format} */
    public static List<Entry> parse(String content) throws ImportException {
        String[] lines = (content.startsWith("\uFEFF") ? content.substring(1) : content).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
        }
        if (!lines[0].equals(HEADER)) {
            throw new ImportException(FILE_NAME, 1, "is not Newsmark's list of analyst folders (its first line is not '"
                    + HEADER.replace("\t", "<TAB>") + "')");
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            if (f.length != 4 || f[0].isEmpty() || f[0].contains("/") || f[0].contains("\\") || f[0].startsWith(".")) {
                throw new ImportException(FILE_NAME, i + 1L, "needs 'folder<TAB>analyst<TAB>documents<TAB>tags'");
            }
            try {
                out.add(new Entry(f[0], unescape(f[1], i + 1L), Integer.parseInt(f[2]), Long.parseLong(f[3])));
            } catch (NumberFormatException e) {
                throw new ImportException(FILE_NAME, i + 1L, "documents and tags must be whole numbers");
            }
        }
        return out;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String s, long line) throws ImportException {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < s.length() ? s.charAt(++i) : '?';
            switch (next) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new ImportException(FILE_NAME, line, "unknown escape '\\" + next
                        + "' in the analyst name (only \\\\ \\t \\n \\r)");
            }
        }
        if (out.toString().isBlank()) {
            throw new ImportException(FILE_NAME, line, "the analyst name is empty");
        }
        return out.toString();
    }
}
