package org.newsmark.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only reader for brat standoff text-bound annotations ({@code T1<TAB>PER 4 17<TAB>text}).
 * Just enough for the bratiaa example; the real importer lives elsewhere. Offsets in .ann are
 * code points; they are converted to UTF-16 indices against the .txt.
 */
final class BratTestFiles {

    private BratTestFiles() {
    }

    /** Shared data folder: system property newsmark.shared (set by surefire), else ../shared. */
    static Path sharedFolder() {
        return Path.of(System.getProperty("newsmark.shared", "../shared"));
    }

    static String text(Path txt) {
        try {
            return Files.readString(txt, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LabeledSpan> spans(Path ann, String text) {
        List<LabeledSpan> spans = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                if (!line.startsWith("T")) continue;
                String[] fields = line.split("\t");
                String[] typeAndOffsets = fields[1].split(" ");
                if (typeAndOffsets.length != 3) {
                    throw new IllegalArgumentException("discontinuous spans not supported by this test reader: " + line);
                }
                int begin = text.offsetByCodePoints(0, Integer.parseInt(typeAndOffsets[1]));
                int end = text.offsetByCodePoints(0, Integer.parseInt(typeAndOffsets[2]));
                spans.add(LabeledSpan.of(typeAndOffsets[0], begin, end));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }
}
