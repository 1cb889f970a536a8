package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What a brat export wrote: for each analyst with tags in the export, the folder that holds them
 * (also listed in {@code analysts.tsv}), how many documents and tags. {@code warnings} are
 * problems after the export was complete and in place (an old export that could not be deleted).
 */
public record BratExportReport(Path folder, List<AnalystFolder> analysts, List<String> warnings) {

    public record AnalystFolder(String analyst, String folder, int documents, long tags) {
    }

    public BratExportReport {
        analysts = List.copyOf(analysts);
        warnings = List.copyOf(warnings);
    }

    public long tags() {
        return analysts.stream().mapToLong(AnalystFolder::tags).sum();
    }

    /** {@code Alex → out/Alex: 2 documents, 14 tags}, one line per analyst. */
    public List<String> lines() {
        return analysts.stream().map(a -> printable(a.analyst()) + " → " + folder.resolve(a.folder()) + ": "
                + a.documents() + (a.documents() == 1 ? " document, " : " documents, ")
                + a.tags() + (a.tags() == 1 ? " tag" : " tags")).toList();
    }

    /** Control characters (line breaks, terminal escapes) shown escaped: a line feed as a backslash and n, ESC (U+001B) as a backslash, u and 001b. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.getType(c) == Character.CONTROL) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
