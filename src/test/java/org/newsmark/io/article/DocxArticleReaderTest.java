package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.ImportException;

class DocxArticleReaderTest {

    private final DocxArticleReader reader = new DocxArticleReader();

    @Test
    void joinsParagraphsAndTakesTitleStyledParagraph() throws Exception {
        byte[] docx = Fixtures.docx("Dam inquiry opens", "The inquiry began on Friday.", "", "Witnesses 👩‍⚖️ spoke.");
        ImportedArticle a = reader.read(docx, "dam.docx");
        assertEquals("Dam inquiry opens", a.title());
        assertEquals("Dam inquiry opens\n\nThe inquiry began on Friday.\n\nWitnesses 👩‍⚖️ spoke.", a.text());
    }

    @Test
    void withoutHeadingTheFirstParagraphIsTheTitle() throws Exception {
        ImportedArticle a = reader.read(Fixtures.docx(null, "First words here.", "Second."), "x.docx");
        assertEquals("First words here.", a.title());
    }

    @Test
    void truncatedFileGivesAClearMessage() throws Exception {
        byte[] docx = Fixtures.docx("T", "Some body text for the test.");
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        ImportException e = assertThrows(ImportException.class, () -> reader.read(truncated, "cut.docx"));
        assertTrue(e.getMessage().startsWith("cut.docx: could not be read as a Word document (damaged or truncated file: "),
                e.getMessage());
    }

    @Test
    void zipBombIsRefused() throws Exception {
        byte[] bomb = replaceDocumentXml(Fixtures.docx("T", "x"), out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".getBytes(StandardCharsets.UTF_8));
            out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                out.write(spaces); // 50 MB that deflate to about 50 KB
            }
            out.write("<w:body><w:p><w:r><w:t>boom</w:t></w:r></w:p></w:body></w:document>"
                    .getBytes(StandardCharsets.UTF_8));
        });
        assertTrue(bomb.length < 1_000_000, "fixture should be small: " + bomb.length);
        ImportException e = assertThrows(ImportException.class, () -> reader.read(bomb, "bomb.docx"));
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    /**
     * 40 extra parts of 8 MiB, each compressing about 45:1, so within POI's ratio and entry-size
     * guards; POI holds every part in memory, and together they inflate to 320 MiB.
     */
    @Test
    void partsThatInflateBeyondTheBudgetTogetherAreRefused() throws Exception {
        byte[] block = new byte[8 << 20];
        Arrays.fill(block, (byte) ' ');
        Random random = new Random(11);
        for (int i = 0; i < block.length; i += 96) {
            block[i] = (byte) ('a' + random.nextInt(26));
        }
        byte[] docx = withExtraParts(Fixtures.docx("T", "Short text."), 40, block);
        assertTrue(docx.length < 10_000_000, "fixture should be small: " + docx.length);
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ImportException.class, () -> reader.read(docx, "parts.docx")));
        assertEquals("parts.docx: refused: its parts inflate to more than 256 MiB (the file may be a zip bomb)",
                e.getMessage());
    }

    /** About 27 MiB of paragraphs, within every size guard, take seconds to parse: stopped inside POI's parse. */
    @Test
    void aSlowDocxIsStoppedAtTheTimeBudgetFromInsideTheParse() throws Throwable {
        byte[] docx = paragraphs(400_000);
        ImportException e = Fixtures.withReadBudgetSeconds(1, () -> assertTimeoutPreemptively(Duration.ofSeconds(8),
                () -> assertThrows(ImportException.class, () -> reader.read(docx, "long.docx"))));
        assertEquals("long.docx: took longer than 1 s to read; refused (the file may be crafted to never finish)",
                e.getMessage());
        List<Thread> left = Fixtures.readerThreadsAliveAfter(Fixtures.READER_STOP_MILLIS);
        assertTrue(left.isEmpty(), "reader threads still running: " + left);
    }

    /**
     * 40 MiB of document.xml (ratio about 1:30, so within POI's guards): POI's XML tree takes ~17
     * times the XML, so this would need ~700 MiB of heap; refused before parsing.
     */
    @Test
    void xmlPartsTooLargeToParseAreRefusedBeforeParsing() throws Exception {
        byte[] docx = paragraphs(600_000);
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(ImportException.class, () -> reader.read(docx, "report.docx")));
        assertEquals("report.docx: refused: its XML parts hold more than 32 MiB, far more than any article (the file "
                + "may be crafted to exhaust memory)", e.getMessage());
    }

    /** A DOCX whose document.xml holds {@code count} short paragraphs (about 68 bytes each). */
    private static byte[] paragraphs(int count) throws IOException {
        return replaceDocumentXml(Fixtures.docx("T", "x"), out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            StringBuilder chunk = new StringBuilder();
            for (int i = 0; i < count; i++) {
                chunk.append("<w:p><w:r><w:t>Paragraph ").append(i).append(" of a long report.</w:t></w:r></w:p>");
                if (chunk.length() > 1 << 20) {
                    out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                    chunk.setLength(0);
                }
            }
            out.write((chunk + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7731");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p></w:body></w:document>";
        byte[] evil = replaceDocumentXml(Fixtures.docx("T", "x"), out -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
        try {
            ImportedArticle a = reader.read(evil, "evil.docx");
            assertFalse(a.text().contains("TOP-SECRET"), a.text());
        } catch (ImportException e) {
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
            assertEquals("evil.docx: refused: the document declares a DOCTYPE or external entity, which Word never "
                    + "writes", e.getMessage());
        }
    }

    /**
     * Importing must print nothing on stderr (log4j's "StatusLogger" warning would alarm analysts).
     * Runs in a fresh JVM because log4j prints that warning only once, on first use.
     */
    @Test
    void importingPrintsNothingOnStderr(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("quiet.docx");
        Files.write(docx, Fixtures.docx("Quiet", "Nothing should be logged."));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DocxImportProbe.class.getName(), docx.toString())
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe timed out");
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, p.exitValue(), out + err);
        assertEquals("Quiet|Quiet\n\nNothing should be logged.", out.strip());
        assertEquals("", err);
    }

    interface Body {
        void write(ZipOutputStream out) throws IOException;
    }

    /** Copies a DOCX, writing new content for word/document.xml. */
    static byte[] replaceDocumentXml(byte[] docx, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    body.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Copies a DOCX and adds {@code count} parts word/media/partN.bin holding {@code content}. */
    static byte[] withExtraParts(byte[] docx, int count, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(1);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("[Content_Types].xml")) { // a content type for the new parts
                    String types = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    out.write(types.replace("<Default ", "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
                            + "<Default ").getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            for (int i = 0; i < count; i++) {
                out.putNextEntry(new ZipEntry("word/media/part" + i + ".bin"));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
