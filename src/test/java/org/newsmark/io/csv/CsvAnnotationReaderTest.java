package org.newsmark.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

class CsvAnnotationReaderTest {

    private static final String SHA = "b".repeat(64);

    /** commons-csv wraps its syntax errors; the analyst reads the reason, not a Java class name. */
    @org.junit.jupiter.api.Test
    void aQuoteFollowedByTextIsRefusedInPlainWords() {
        String message = error("document_id,analyst,label,start,end\n1,\"Ana\"x,claim,0,4\n");
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("is not valid CSV: Invalid character between encapsulated token"),
                message);
        org.junit.jupiter.api.Assertions.assertFalse(message.contains("org.apache") || message.contains("Exception"), message);
    }

    private static List<CsvAnnotationRow> read(String csv) throws ImportException {
        return CsvAnnotationReader.read(csv.getBytes(StandardCharsets.UTF_8), "annotations.csv");
    }

    private static String error(String csv) {
        return assertThrows(ImportException.class, () -> read(csv)).getMessage();
    }

    @Test
    void readsASubsetInAnyOrderWithBomAndCrlf() throws ImportException {
        List<CsvAnnotationRow> rows = read("\uFEFFLabel,End,start,Analyst,DOCUMENT_SHA256,extra\r\n"
                + "claim,9,3,dana," + SHA.toUpperCase() + ",whatever\r\n"
                + "\r\n"
                + "framing,12,10,lee," + SHA + ",\r\n");
        assertEquals(List.of(
                new CsvAnnotationRow(2, null, SHA, "dana", "claim", 3, 9, null, ""),
                new CsvAnnotationRow(4, null, SHA, "lee", "framing", 10, 12, null, "")), rows);
    }

    @Test
    void lineNumbersCountPhysicalLinesOfMultiLineCells() throws ImportException {
        List<CsvAnnotationRow> rows = read("document_id,analyst,label,start,end,text,note\n"
                + "5,dana,claim,0,4,\"a\nb\",\"n1\nn2\nn3\"\n"
                + "5,dana,claim,5,6,x,'=x\n");
        assertEquals(2, rows.get(0).line());
        assertEquals(6, rows.get(1).line()); // row 2 spans lines 2–5
        assertEquals(5L, rows.get(1).documentId());
        assertEquals("=x", rows.get(1).note());
        assertEquals("a\nb", rows.get(0).text());
        assertNull(rows.get(0).documentSha256());
    }

    @Test
    void missingColumnsAreNamed() {
        assertEquals("annotations.csv line 1: missing columns label, document_sha256 or document_id",
                error("analyst,start,end,text\n"));
        assertEquals("annotations.csv line 1: missing column end", error("document_id,analyst,label,start\n"));
    }

    @Test
    void badNumbersNameTheLine() {
        String head = "document_id,analyst,label,start,end\n";
        assertEquals("annotations.csv line 3: start 'ten' is not a whole number (write it with the digits 0-9 only)",
                error(head + "1,a,claim,0,4\n1,a,claim,ten,12\n"));
        assertEquals("annotations.csv line 2: start -3 is negative", error(head + "1,a,claim,-3,4\n"));
        assertEquals("annotations.csv line 2: end 4 must be greater than start 4", error(head + "1,a,claim,4,4\n"));
        assertEquals("annotations.csv line 2: document_id 'x' is not a whole number (write it with the digits 0-9 only)",
                error(head + "x,a,claim,1,4\n"));
        assertEquals("annotations.csv line 2: label is empty", error(head + "1,a,,1,4\n"));
    }

    @Test
    void rowWithoutAnyDocumentReferenceIsRefused() {
        assertEquals("annotations.csv line 2: neither document_sha256 nor document_id is given",
                error("document_id,document_sha256,analyst,label,start,end\n,,a,claim,1,4\n"));
        assertEquals("annotations.csv line 2: document_sha256 'abc' is not 64 hexadecimal digits",
                error("document_sha256,analyst,label,start,end\nabc,a,claim,1,4\n"));
    }

    @Test
    void invalidUtf8AndBrokenQuotesAreRefused() {
        byte[] latin1 = "document_id,analyst,label,start,end\n1,Jos\u00e9,claim,1,4\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> CsvAnnotationReader.read(latin1, "a.csv"));
        assertEquals("a.csv: is not valid UTF-8 (invalid byte 0xE9 at byte offset 41); choose its encoding "
                + "(e.g. windows-1252) when importing", e.getMessage());
        String msg = error("document_id,analyst,label,start,end\n1,a,claim,1,4\n1,\"a,claim,1,4\n");
        assertEquals(true, msg.startsWith("annotations.csv line 3: is not valid CSV"), msg);
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals("annotations.csv: is empty; expected a header line", error(""));
    }

    @Test
    void analystAndLabelNamesAreStrippedAndCheckedNamingTheLine() throws ImportException {
        String head = "document_id,analyst,label,start,end\n";
        List<CsvAnnotationRow> rows = read(head + "1,\u00A0 Ana ,\" attributed opinion\t\",0,4\n");
        assertEquals("Ana", rows.get(0).analyst());
        assertEquals("attributed opinion", rows.get(0).label());
        assertEquals("annotations.csv line 3: analyst \"Ana<U+0007>\" holds the control character U+0007 BEL at position 4",
                error(head + "1,Ana,claim,0,4\n1,Ana\u0007,claim,0,4\n"));
        assertEquals("annotations.csv line 2: label \"cl<U+202E>aim\" holds the invisible character U+202E "
                + "RIGHT-TO-LEFT OVERRIDE, which can hide or reorder text at position 3",
                error(head + "1,Ana,cl\u202Eaim,0,4\n"));
        assertEquals("annotations.csv line 2: label \"two<U+000A>lines\" holds the control character U+000A "
                + "LINE FEED (LF) at position 4", error(head + "1,Ana,\"two\nlines\",0,4\n"));
        assertEquals("annotations.csv line 2: analyst \"" + "L".repeat(40) + "…\" is 201 characters long; "
                + "at most 200 are allowed", error(head + "1," + "L".repeat(201) + ",claim,0,4\n"));
        assertEquals("annotations.csv line 2: analyst \"a<U+D83D>\" holds half a character (the unpaired surrogate "
                + "U+D83D) at position 2", assertThrows(ImportException.class, () -> CsvAnnotationReader.read(
                new java.io.StringReader(head + "1,a\uD83D,claim,0,4\n"), "annotations.csv")).getMessage());
        assertEquals("annotations.csv line 2: analyst is empty", error(head + "1, \u00A0 ,claim,0,4\n"));
    }

    @Test
    void aDocumentIdAndADocumentSha256ThatDisagreeWithinTheFileAreRefusedNamingBothLines() throws ImportException {
        String head = "document_id,document_sha256,analyst,label,start,end\n";
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        assertEquals("annotations.csv line 3: document_id 3 is given with document_sha256 bbbbbbbbbbbb… here but with "
                + "aaaaaaaaaaaa… on line 2; a document_id and a document_sha256 must name the same article throughout the file",
                error(head + "3," + a + ",x,claim,0,4\n3," + b + ",x,claim,0,4\n"));
        assertEquals("annotations.csv line 4: document_sha256 aaaaaaaaaaaa… is given with document_id 5 here but with "
                + "document_id 3 on line 2; a document_id and a document_sha256 must name the same article throughout the file",
                error(head + "3," + a + ",x,claim,0,4\n3," + a + ",x,claim,5,9\n5," + a.toUpperCase() + ",x,claim,0,4\n"));
        // agreeing rows, and rows that give only one of the two, are read as before
        assertEquals(4, read(head + "3," + a + ",x,claim,0,4\n5," + b + ",x,claim,0,4\n3,,x,claim,1,4\n,"
                + b + ",x,claim,2,4\n").size());
    }

    @Test
    void offsetsAndIdsAreAsciiDigitsOnly() throws ImportException {
        String head = "document_id,analyst,label,start,end,annotation_id\n";
        for (String bad : new String[] {"\u0661\u0662", "+5", " 5", "5 ", "5.0", "0x10", "\uFF15", "1e3", "5,0", "\u00A05"}) {
            String cell = bad.contains(",") ? "\"" + bad + "\"" : bad;
            assertEquals("annotations.csv line 2: start '" + bad + "' is not a whole number (write it with the digits 0-9 only)",
                    error(head + "1,a,claim," + cell + ",9,\n"), bad);
            assertEquals("annotations.csv line 2: end '" + bad + "' is not a whole number (write it with the digits 0-9 only)",
                    error(head + "1,a,claim,0," + cell + ",\n"), bad);
            assertEquals("annotations.csv line 2: document_id '" + bad + "' is not a whole number (write it with the digits 0-9 only)",
                    error(head + cell + ",a,claim,0,9,\n"), bad);
            assertEquals("annotations.csv line 2: annotation_id '" + bad + "' is not a whole number (write it with the digits 0-9 only)",
                    error(head + "1,a,claim,0,9," + cell + "\n"), bad);
        }
        assertEquals("annotations.csv line 2: end 2147483648 is too large (at most 2147483647)",
                error(head + "1,a,claim,0,2147483648,\n"));
        assertEquals("annotations.csv line 2: document_id 99999999999999999999 is too large (at most 9223372036854775807)",
                error(head + "99999999999999999999,a,claim,0,4,\n"));
        CsvAnnotationRow leadingZeros = read(head + "007,a,claim,0003,0010,\n").get(0);
        assertEquals(7L, leadingZeros.documentId());
        assertEquals(3, leadingZeros.start());
        assertEquals(10, leadingZeros.end());
    }

    @Test
    void aHeaderColumnThatAppearsTwiceIsRefused() throws ImportException {
        assertEquals("annotations.csv line 1: the column \"label\" appears twice (columns 2 and 5)",
                error("analyst,label,start,end,label,document_id\n"));
        assertEquals("annotations.csv line 1: the column \"analyst\" appears twice (columns 1 and 6)",
                error("\uFEFFAnalyst,label,start,end,document_id, ANALYST \n"));
        // columns Newsmark does not read may repeat, and empty header cells are ignored
        assertEquals(1, read("extra,analyst,label,start,end,document_id,extra,,\nx,a,claim,0,4,1,y,,\n").size());
    }

    @Test
    void aRowWithMoreOrFewerCellsThanTheHeaderIsRefused() {
        String head = "document_id,analyst,label,start,end,note\n";
        assertEquals("annotations.csv line 3: has 7 cells but the header has 6 (a cell holding a comma must be in "
                + "double quotes)", error(head + "1,a,claim,0,4,n\n1,a,claim,0,4,n, and more\n"));
        assertEquals("annotations.csv line 2: has 5 cells but the header has 6 (a cell holding a comma must be in "
                + "double quotes)", error(head + "1,a,claim,0,4\n"));
    }

    @Test
    void aHugeCellIsQuotedShortlyInTheMessage() {
        String head = "document_id,analyst,label,start,end\n";
        String message = error(head + "1,a,claim," + "9".repeat(50) + "x".repeat(100_000) + ",4\n");
        assertEquals("annotations.csv line 2: start '" + "9".repeat(40) + "…' is not a whole number (write it with the "
                + "digits 0-9 only)", message);
        String time = error("document_id,analyst,label,start,end,created_at\n1,a,claim,0,4,\"" + "\u0007".repeat(100_000) + "\"\n");
        assertTrue(time.length() < 700, time.length() + " characters, not 100,000");
        assertTrue(time.startsWith("annotations.csv line 2: created_at '<U+0007><U+0007>"), time);
    }

    @Test
    void nulCharactersSayTheFileMayBeUtf16AndAreRefusedWhereTheColumnChecksThem() throws ImportException {
        byte[] utf16 = "analyst,label,start,end,document_id\na,claim,0,4,1\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("a.csv line 1: holds NUL characters (U+0000); the file may be UTF-16 or binary: save it as UTF-8 CSV",
                assertThrows(ImportException.class, () -> CsvAnnotationReader.read(utf16, "a.csv")).getMessage());
        String head = "document_id,document_sha256,analyst,label,start,end,note,created_at\n";
        assertEquals("annotations.csv line 2: analyst \"a<U+0000>\" holds the control character U+0000 NULL at position 2",
                error(head + "1,,a\u0000,claim,0,4,,\n"));
        assertEquals("annotations.csv line 2: start '0<U+0000>' is not a whole number (write it with the digits 0-9 only)",
                error(head + "1,,a,claim,0\u0000,4,,\n"));
        assertTrue(error(head + "1," + SHA + "\u0000,a,claim,0,4,,\n").startsWith(
                "annotations.csv line 2: document_sha256 '" + SHA.substring(0, 40)), "sha");
        assertTrue(error(head + "1,,a,claim,0,4,,2026-01-01T00:00:00Z\u0000\n").startsWith(
                "annotations.csv line 2: created_at '2026-01-01T00:00:00Z<U+0000>' is not an ISO 8601"), "time");
        assertEquals("n\u0000te", read(head + "1,,a,claim,0,4,n\u0000te,\n").get(0).note(), "a note is free text, kept as is");
    }
}
