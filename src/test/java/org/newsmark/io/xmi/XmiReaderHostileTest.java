package org.newsmark.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.ImportException;

/** Files that are not what they claim: refused with a message naming the file and entry, never a class name. */
class XmiReaderHostileTest {

    @TempDir
    Path dir;

    private ImportException refused(Path file) {
        ImportException e = assertThrows(ImportException.class, () -> XmiReader.read(file));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
        return e;
    }

    private Path zip(String xmi, String typeSystem) throws Exception {
        return new TestZips().put("TypeSystem.xml", typeSystem).put("annotation/report.txt/anna.xmi", xmi)
                .writeTo(dir.resolve("in.zip"));
    }

    @Test
    void aFileThatIsNeitherZipNorXmi() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.zip"), "just some text");
        assertEquals("notes.zip: is neither a zip archive nor an .xmi file", refused(f).getMessage());
    }

    @Test
    void aDoctypeInTheXmiIsRefusedSoNoEntityIsExpandedOrFetched() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String xmi = InceptionStyle.xmi(true).replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \""
                + secret.toUri() + "\">]>").replace("value=\"statistic\"", "value=\"&e;\"");
        ImportException e = refused(zip(xmi, InceptionStyle.TYPE_SYSTEM));
        assertTrue(e.getMessage().startsWith("in.zip: annotation/report.txt/anna.xmi line "), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"));
    }

    @Test
    void aDoctypeInTheTypeSystemIsRefused() throws Exception {
        String ts = InceptionStyle.TYPE_SYSTEM.replaceFirst("\\?>", "?><!DOCTYPE t [<!ENTITY a \"aaaaaaaa\">]>");
        ImportException e = refused(zip(InceptionStyle.xmi(true), ts));
        assertTrue(e.getMessage().startsWith("in.zip: TypeSystem.xml line "), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void aTypeSystemThatImportsAnotherIsRefused() throws Exception {
        String ts = InceptionStyle.TYPE_SYSTEM.replace("<types>",
                "<imports><import location=\"http://example.org/other.xml\"/></imports><types>");
        assertEquals("in.zip: TypeSystem.xml: imports another type system; only a self-contained TypeSystem.xml is read",
                refused(zip(InceptionStyle.xmi(true), ts)).getMessage());
    }

    @Test
    void anEntryThatClimbsOutOfTheArchiveIsRefused() throws Exception {
        Path f = new TestZips().put("TypeSystem.xml", InceptionStyle.TYPE_SYSTEM).put("../../evil.xmi", InceptionStyle.xmi(true))
                .writeTo(dir.resolve("slip.zip"));
        assertEquals("slip.zip: entry \"../../evil.xmi\" points outside the archive", refused(f).getMessage());
    }

    @Test
    void anXmiWhoseTypesItsTypeSystemDoesNotDeclareIsRefused() throws Exception {
        String ts = InceptionStyle.TYPE_SYSTEM.replace("webanno.custom.ClaimRelation", "webanno.custom.Other");
        ImportException e = refused(zip(InceptionStyle.xmi(true), ts));
        assertEquals("in.zip: annotation/report.txt/anna.xmi line 13: does not fit in.zip: TypeSystem.xml: unknown type:"
                + " webanno.custom.ClaimRelation.", e.getMessage());
    }

    @Test
    void anXmiWithoutATypeSystemIsRefused() throws Exception {
        Path f = new TestZips().put("annotation/report.txt/anna.xmi", InceptionStyle.xmi(true)).writeTo(dir.resolve("bare.zip"));
        assertEquals("bare.zip: annotation/report.txt/anna.xmi has no TypeSystem.xml beside it or at the root",
                refused(f).getMessage());
    }

    @Test
    void aZipWithNeitherXmiNorBinaryCasSaysHowToExportFromInception() throws Exception {
        Path f = new TestZips().put("exportedproject-x.json", "{}").put("source/a.txt", "text").writeTo(dir.resolve("bare.zip"));
        assertTrue(refused(f).getMessage().startsWith("bare.zip: holds no .xmi file and no annotation_ser/<document>/<user>.ser"));
    }

    @Test
    void aBinaryCasThatIsNotOneIsRefusedNamingItsEntry() throws Exception {
        Path f = new TestZips().put("exportedproject-x.json", "{}").put("annotation_ser/a.txt/anna.ser", "x")
                .writeTo(dir.resolve("binary.zip"));
        assertEquals("binary.zip: annotation_ser/a.txt/anna.ser: is not a serialized UIMA CAS; its Java object stream is"
                + " missing its header", refused(f).getMessage());
    }

    @Test
    void aTagOutsideTheTextIsNotTakenAndSaidSo() throws Exception {
        String xmi = InceptionStyle.xmi(true).replaceFirst("begin=\"\\d+\" end=\"\\d+\" value=\"statistic\"",
                "begin=\"5\" end=\"900\" value=\"statistic\"");
        var read = XmiReader.read(zip(xmi, InceptionStyle.TYPE_SYSTEM));
        assertEquals(1, read.project().tags().size());
        assertTrue(read.notTaken().stream().anyMatch(m -> m.equals("in.zip: annotation/report.txt/anna.xmi: a Claim"
                + " \"statistic\" at [5,900) is empty or outside the text's " + InceptionStyle.TEXT.length()
                + " UTF-16 units; not taken")), read.notTaken().toString());
    }
}
