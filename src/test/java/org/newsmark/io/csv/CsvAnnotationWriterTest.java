package org.newsmark.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CsvAnnotationWriterTest {

    static final String SHA = "a".repeat(64);
    static final String HEADER = "document_id,document_title,document_sha256,analyst,annotation_id,label,start,end,text,"
            + "note,created_at,updated_at";

    static ExportRow row(String text, String note) {
        return new ExportRow(7, "Harbour, \"north\"", SHA, "dana", 42, "attributed opinion", 3, 9, text, note,
                Instant.parse("2026-11-25T19:07:57Z"), Instant.parse("2026-11-25T19:08:00.250Z"));
    }

    static String write(CsvOptions options, ExportRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvAnnotationWriter w = new CsvAnnotationWriter(out, options)) {
            for (ExportRow r : rows) {
                w.write(r);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesHeaderAndRfc4180RowsWithLf() throws IOException {
        String csv = write(CsvOptions.DEFAULT, row("ships \"returned\"", "line one\nline two"));
        assertEquals(HEADER + "\n"
                + "7,\"Harbour, \"\"north\"\"\"," + SHA + ",dana,42,attributed opinion,3,9,\"ships \"\"returned\"\"\","
                + "\"line one\nline two\",2026-11-25T19:07:57Z,2026-11-25T19:08:00.250Z\n", csv);
    }

    @Test
    void excelModeAddsBomAndCrlf() throws IOException {
        String csv = write(new CsvOptions(true, false), row("x", ""));
        assertTrue(csv.startsWith("\uFEFF" + HEADER + "\r\n"), csv);
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(2, csv.split("\r\n").length);
    }

    @Test
    void guardsFormulaLikeCellsUnlessRaw() throws IOException {
        String guarded = write(CsvOptions.DEFAULT, row("=SUM(A1)", "@cmd"));
        assertTrue(guarded.contains(",'=SUM(A1),'@cmd,"), guarded);
        String raw = write(new CsvOptions(false, true), row("=SUM(A1)", "@cmd"));
        assertTrue(raw.contains(",=SUM(A1),@cmd,"), raw);
    }

    /** Issue 13: a tagged statistic and a signed number keep their value in a guarded export. */
    @Test
    void theGuardLeavesNumbersAndPercentagesAsTheyAre() throws IOException {
        String guarded = write(CsvOptions.DEFAULT, row("+12%", "-3.5"), row("-2+3", "-check against the 2019 figure"));
        assertTrue(guarded.contains(",+12%,-3.5,"), guarded);
        assertTrue(guarded.contains(",'-2+3,'-check against the 2019 figure,"), guarded);
    }

    @Test
    void nullNoteAndTimesAreEmptyCells() throws IOException {
        String csv = write(CsvOptions.DEFAULT,
                new ExportRow(1, "t", SHA, "a", 2, "claim", 0, 1, "x", null, null, null));
        assertTrue(csv.endsWith(",claim,0,1,x,,,\n"), csv);
    }
}
