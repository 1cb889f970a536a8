package org.newsmark.io.qdpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.ImportException;

/** Files that are not a readable .qdpx are refused with the file and the entry or line named, nothing read beyond them. */
class HostileQdpxTest {

    private static final String MINIMAL = "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>";

    @TempDir
    Path dir;

    @Test
    void aZipSlipEntryIsRefused() throws Exception {
        Path f = RefiSchemas.zip(dir.resolve("slip.qdpx"), Map.of("project.qde", MINIMAL, "Sources/../../evil.txt", "x"));
        ImportException e = assertThrows(ImportException.class, () -> QdpxReader.read(f));
        assertTrue(e.getMessage().startsWith("slip.qdpx: entry \"Sources/../../evil.txt\" points outside"), e.getMessage());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        Path f = RefiSchemas.zip(dir.resolve("xxe.qdpx"), Map.of("project.qde", xxe));
        ImportException e = assertThrows(ImportException.class, () -> QdpxReader.read(f));
        assertEquals("xxe.qdpx (project.qde) line 2: has a DOCTYPE, which a REFI-QDA file never needs; refused so that no "
                + "entity is ever expanded", e.getMessage());
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("plain.qdpx"), "just text");
        ImportException e = assertThrows(ImportException.class, () -> QdpxReader.read(f));
        assertTrue(e.getMessage().startsWith("plain.qdpx: is not a REFI-QDA project (.qdpx is a zip file"), e.getMessage());
    }

    @Test
    void aZipWithoutProjectQdeIsRefused() throws Exception {
        Path f = RefiSchemas.zip(dir.resolve("none.qdpx"), Map.of("Sources/a.txt", "x"));
        ImportException e = assertThrows(ImportException.class, () -> QdpxReader.read(f));
        assertEquals("none.qdpx: holds no project.qde, so it is not a REFI-QDA project", e.getMessage());
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("project.qde", MINIMAL);
        entries.put("Sources/a.txt", "x".repeat(5000));
        byte[] whole = Files.readAllBytes(RefiSchemas.zip(dir.resolve("whole.qdpx"), entries));
        Path f = Files.write(dir.resolve("cut.qdpx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ImportException e = assertThrows(ImportException.class, () -> QdpxReader.read(f));
        assertTrue(e.getMessage().startsWith("cut.qdpx: "), e.getMessage());
    }

    @Test
    void xmlThatIsNotWellFormedNamesTheLine() throws Exception {
        Path f = RefiSchemas.zip(dir.resolve("bad.qdpx"), Map.of("project.qde", "<?xml version=\"1.0\"?>\n<Project>\n<Users>\n</Project>"));
        ImportException e = assertThrows(ImportException.class, () -> QdpxReader.read(f));
        assertTrue(e.getMessage().startsWith("bad.qdpx (project.qde) line 4: is not well-formed XML"), e.getMessage());
    }

    @Test
    void aTextThatIsNotUtf8NamesItsEntry() throws Exception {
        String qde = "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>"
                + "<TextSource guid=\"0a0a0a0a-0000-4000-8000-000000000021\" name=\"a\" plainTextPath=\"internal://a.txt\"/>"
                + "</Sources></Project>";
        Path f = dir.resolve("latin.qdpx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            out.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            out.write(qde.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("Sources/a.txt"));
            out.write(new byte[] {'c', 'a', 'f', (byte) 0xE9});
            out.closeEntry();
        }
        ImportException e = assertThrows(ImportException.class, () -> QdpxReader.read(f));
        assertTrue(e.getMessage().startsWith("latin.qdpx: entry \"Sources/a.txt\" (the text of \"a\") is not valid UTF-8"),
                e.getMessage());
    }

    @Test
    void theSchemaCopyRejectsAProjectWithoutItsName() {
        byte[] nameless = "<?xml version=\"1.0\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\"/>".getBytes();
        assertThrows(org.xml.sax.SAXException.class, () -> RefiSchemas.validate(nameless, "Project.xsd"));
    }
}
