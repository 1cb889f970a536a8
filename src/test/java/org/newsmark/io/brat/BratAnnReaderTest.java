package org.newsmark.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;

class BratAnnReaderTest {

    private static final String TEXT = "🌍 Mayor Ana Ruiz said the new port would create jobs.";

    @Test
    void parsesTextBoundsNotesAndSkipsTheRest() throws ImportException {
        String ann = "T1\tPER 8 16\tAna Ruiz\r\n"
                + "T2\tattributed_opinion 17 21;26 34\tsaid new port\n"
                + "#1\tAnnotatorNotes T2\tcheck the quote\n"
                + "#2\tAnnotatorNotes T2\tsecond note\n"
                + "R1\tSpeaker Arg1:T1 Arg2:T2\n"
                + "A1\tNegated T2\n"
                + "E1\tSay:T2\n"
                + "N1\tReference T1 Wikipedia:123\tAna\n"
                + "*\tEquiv T1 T2\n"
                + "M1\tConfidence T1 High\n\n";
        BratAnnFile file = BratAnnReader.parse(ann, "doc.ann");
        assertEquals(2, file.textBounds().size());
        BratTextBound t2 = file.textBounds().get(1);
        assertEquals("attributed opinion", t2.label());
        assertEquals("attributed_opinion", t2.bratType());
        assertEquals(List.of(new BratFragment(17, 21), new BratFragment(26, 34)), t2.fragments());
        assertEquals(2, t2.line());
        assertEquals("check the quote\nsecond note", file.noteFor(t2));
        assertEquals(List.of("N", "*", "M"), file.skipped().stream().map(SkippedLine::kind).toList());
        assertEquals(List.of(new BratAttribute("A1", "Negated", "T2", "yes", 6)), file.attributesOf(t2), "a binary attribute reads as yes");
        assertEquals(8, file.skipped().get(0).line());
        assertEquals(List.of(new BratEvent("E1", "Say", "T2", List.of(), 7)), file.events(), "E lines are read");
        assertEquals(List.of(new BratRelation("R1", "Speaker", "T1", "T2", 5)), file.relations(), "R lines are read as links");

        CodePointOffsets offsets = new CodePointOffsets(TEXT);
        assertEquals(List.of(new Span(9, 17)), BratTextCheck.verify("doc.ann", file.textBounds().get(0), TEXT, offsets));
        assertEquals(List.of(new Span(18, 22), new Span(27, 35)), BratTextCheck.verify("doc.ann", t2, TEXT, offsets));
    }

    @Test
    void eventsAreReadWithTheirRolesAndOneNamingAMissingIdIsRefusedWithItsLine() throws ImportException {
        String t = "T1\tsource 0 5\tMayor\nT2\tcue 6 9\tsaid\nT3\tcontent 10 20\tthe port\n";
        BratAnnFile file = BratAnnReader.parse(t + "E1\tcue:T2 Source:T1 Content:T3\nE2\tcue:T2 Arg2:E1 Other_Role:T3\n", "doc.ann");
        assertEquals(List.of(new BratEvent("E1", "cue", "T2", List.of(new BratEvent.Argument("Source", "T1"),
                new BratEvent.Argument("Content", "T3")), 4), new BratEvent("E2", "cue", "T2",
                List.of(new BratEvent.Argument("Arg2", "E1"), new BratEvent.Argument("Other Role", "T3")), 5)), file.events());
        assertEquals("Arg", file.events().get(1).arguments().get(0).baseRole(), "numbered roles lose their number");
        assertEquals("doc.ann line 4: E1 has the argument Source:T9, which is neither a T nor an E line of this file",
                assertThrows(ImportException.class, () -> BratAnnReader.parse(t + "E1\tcue:T2 Source:T9\n", "doc.ann")).getMessage());
        assertEquals("doc.ann line 4: E1 has the trigger T7, which is not a T line of this file",
                assertThrows(ImportException.class, () -> BratAnnReader.parse(t + "E1\tcue:T7 Source:T1\n", "doc.ann")).getMessage());
        assertTrue(assertThrows(ImportException.class, () -> BratAnnReader.parse(t + "E1\tcue:T2 Source\n", "doc.ann"))
                .getMessage().startsWith("doc.ann line 4: event line needs"));
    }

    @Test
    void relationsAreReadInOrderAndOneNamingAMissingTLineIsRefusedWithItsLine() throws ImportException {
        BratAnnFile file = BratAnnReader.parse("T1\tclaim 0 5\tMayor\nT2\tstatistic 6 9\tAna\n"
                + "R1\tresponds_to Arg1:T2 Arg2:T1\nR2\tsupports Source:T2 Target:T1\n", "doc.ann");
        assertEquals(List.of(new BratRelation("R1", "responds to", "T2", "T1", 3), new BratRelation("R2", "supports", "T2", "T1", 4)),
                file.relations(), "type underscores read as spaces; the first argument is the start, whatever its role");
        assertEquals("doc.ann line 2: R1 links T9, which is not a T line of this file",
                assertThrows(ImportException.class, () -> BratAnnReader.parse("T1\tclaim 0 5\tMayor\nR1\tsupports Arg1:T1 Arg2:T9\n",
                        "doc.ann")).getMessage());
        assertTrue(assertThrows(ImportException.class, () -> BratAnnReader.parse("T1\tclaim 0 5\tMayor\nR1\tsupports Arg1:T1\n",
                "doc.ann")).getMessage().startsWith("doc.ann line 2: relation line needs"));
    }

    @Test
    void malformedLinesNameFileAndLine() {
        assertEquals("doc.ann line 2: T line needs three tab-separated fields (id, type and offsets, text): 'T2\tPER 1 4'",
                assertThrows(ImportException.class, () -> BratAnnReader.parse("T1\tPER 0 1\t🌍\nT2\tPER 1 4\n", "doc.ann"))
                        .getMessage());
        assertEquals("doc.ann line 1: offset 'x' of T1 is not a non-negative whole number",
                assertThrows(ImportException.class, () -> BratAnnReader.parse("T1\tPER x 4\tabc\n", "doc.ann")).getMessage());
        assertEquals("doc.ann line 1: T1: end 2 must be greater than begin 4",
                assertThrows(ImportException.class, () -> BratAnnReader.parse("T1\tPER 4 2\tab\n", "doc.ann")).getMessage());
        assertTrue(assertThrows(ImportException.class, () -> BratAnnReader.parse("X1\tfoo\n", "doc.ann")).getMessage()
                .startsWith("doc.ann line 1: is not a brat annotation line"));
    }

    @Test
    void textMismatchAndOutOfRangeAreReported() throws ImportException {
        CodePointOffsets offsets = new CodePointOffsets(TEXT);
        BratTextBound wrong = BratAnnReader.parse("T1\tPER 8 16\tAna Ruis\n", "d.ann").textBounds().get(0);
        assertEquals("d.ann line 1: T1 text 'Ana Ruis' does not match the article's 'Ana Ruiz' at 8–16",
                assertThrows(ImportException.class, () -> BratTextCheck.verify("d.ann", wrong, TEXT, offsets)).getMessage());
        BratTextBound beyond = BratAnnReader.parse("\nT1\tPER 50 99\tx\n", "d.ann").textBounds().get(0);
        assertEquals("d.ann line 2: end 99 is beyond the article's 53 characters",
                assertThrows(ImportException.class, () -> BratTextCheck.verify("d.ann", beyond, TEXT, offsets)).getMessage());
    }
}
