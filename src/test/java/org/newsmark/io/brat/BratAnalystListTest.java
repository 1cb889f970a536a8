package org.newsmark.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

class BratAnalystListTest {

    @Test
    void namesWithTabsLineBreaksAndBackslashesComeBackExactly() throws ImportException {
        List<BratAnalystList.Entry> entries = List.of(
                new BratAnalystList.Entry("Ana", "Ana", 2, 14),
                new BratAnalystList.Entry("a_b-1c0f5e2a", "a/b\tc\nd\re\\n", 1, 1));
        String tsv = BratAnalystList.format(entries);
        assertEquals("folder\tanalyst\tdocuments\ttags\nAna\tAna\t2\t14\na_b-1c0f5e2a\ta/b\\tc\\nd\\re\\\\n\t1\t1\n", tsv);
        assertEquals(entries, BratAnalystList.parse(tsv));
        assertEquals(entries, BratAnalystList.parse("\uFEFF" + tsv.replace("\n", "\r\n")), "edited on Windows");
    }

    @Test
    void aListNotWrittenByNewsmarkIsRefusedNamingTheLine() {
        assertEquals("analysts.tsv line 1: is not Newsmark's list of analyst folders (its first line is not"
                + " 'folder<TAB>analyst<TAB>documents<TAB>tags')",
                assertThrows(ImportException.class, () -> BratAnalystList.parse("name\tfolder\n")).getMessage());
        assertEquals("analysts.tsv line 3: needs 'folder<TAB>analyst<TAB>documents<TAB>tags'",
                assertThrows(ImportException.class, () -> BratAnalystList.parse(BratAnalystList.HEADER
                        + "\nAna\tAna\t1\t1\n../x\tEve\t1\t1\n")).getMessage());
        assertEquals("analysts.tsv line 2: unknown escape '\\x' in the analyst name (only \\\\ \\t \\n \\r)",
                assertThrows(ImportException.class, () -> BratAnalystList.parse(BratAnalystList.HEADER
                        + "\nAna\tA\\xna\t1\t1\n")).getMessage());
    }
}
