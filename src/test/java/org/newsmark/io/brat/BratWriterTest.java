package org.newsmark.io.brat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Span;

class BratWriterTest {

    private static final String TEXT = "😀 Officials said\nthe bridge is safe, critics disagree.";

    private static Span span(String piece) {
        int b = TEXT.indexOf(piece);
        return new Span(b, b + piece.length());
    }

    @Test
    void writesCodePointOffsetsDiscontinuousLinesAndNotes() {
        List<BratExportAnnotation> anns = List.of(
                new BratExportAnnotation("claim", span("the bridge is safe"), "", null),
                new BratExportAnnotation("attributed opinion", span("critics disagree"), "", "g1"),
                new BratExportAnnotation("attributed opinion", span("Officials said"), "line\none\tx", "g1"),
                new BratExportAnnotation("framing", span("said\nthe"), "", null));
        assertEquals("T1\tattributed_opinion 2 16;37 53\tOfficials said critics disagree\n"
                + "#1\tAnnotatorNotes T1\tline one x\n"
                + "T2\tframing 12 20\tsaid the\n"
                + "T3\tclaim 17 35\tthe bridge is safe\n", BratWriter.annContent(TEXT, anns));
    }

    @Test
    void roundTripThroughFilesRebuildsSpansLabelsNotesAndGroups(@TempDir Path dir) throws Exception {
        List<BratExportAnnotation> anns = List.of(
                new BratExportAnnotation("attributed opinion", span("Officials said"), "who?", "g1"),
                new BratExportAnnotation("attributed opinion", span("critics disagree"), "", "g1"),
                new BratExportAnnotation("claim", span("said\nthe bridge"), "", null));
        Path ann = BratWriter.write(dir, "story", TEXT, anns);
        assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("story.txt")));
        BratDocument doc = BratDocumentReader.read(ann);
        assertEquals(TEXT, doc.text());
        assertEquals(List.of(
                new BratImportedSpan("attributed opinion", span("Officials said"), "who?", "story:T1", "T1", 1),
                new BratImportedSpan("attributed opinion", span("critics disagree"), "who?", "story:T1", "T1", 1),
                new BratImportedSpan("claim", span("said\nthe bridge"), "", null, "T2", 3)), doc.spans());
    }
}
