package org.newsmark.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.compress.compressors.snappy.FramedSnappyCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.exchange.ExchangeRead;

/** An INCEpTION project archive read from its binary CASes: the same project as from its XMI. */
class InceptionArchiveReadTest {

    @TempDir
    Path dir;

    /** Newsmark's zip, each entry kept, changed or left out (null) by {@code change}. */
    private Path rewritten(String name, BiFunction<String, byte[], byte[]> change) throws Exception {
        TestZips zip = new TestZips();
        for (Map.Entry<String, byte[]> e : XmiWriterTest.entries(XmiWriterTest.project()).entrySet()) {
            byte[] bytes = change.apply(e.getKey(), e.getValue());
            if (bytes != null) {
                zip.put(e.getKey(), bytes);
            }
        }
        return zip.writeTo(dir.resolve(name));
    }

    private static byte[] withoutXmi(String name, byte[] bytes) {
        return name.endsWith(".xmi") ? null : bytes;
    }

    private List<String> fromXmi() throws Exception {
        ExchangeRead read = XmiReader.read(rewritten("full.zip", (n, b) -> n.endsWith(".ser") ? null : b));
        assertEquals(List.of(), read.notTaken());
        return Dumps.project(read.project());
    }

    @Test
    void aZipWithBinaryCasesOnlyGivesTheProjectItsXmiGives() throws Exception {
        ExchangeRead read = XmiReader.read(rewritten("ser.zip", InceptionArchiveReadTest::withoutXmi));
        assertEquals(List.of(), read.notTaken());
        List<String> dump = Dumps.project(read.project());
        assertEquals(fromXmi(), dump);
        assertTrue(dump.stream().anyMatch(l -> l.startsWith("tag Café <costs> Ben / B. attributed opinion")), dump.toString());
        assertTrue(dump.stream().anyMatch(l -> l.startsWith("link ")), dump.toString());
        assertTrue(dump.stream().anyMatch(l -> l.startsWith("codes ")), dump.toString());
    }

    @Test
    void withoutTypeSystemXmlTheRolesComeFromTheProjectJson() throws Exception {
        // what INCEpTION's own export of a project imported from Newsmark holds: no TypeSystem.xml, no codebook.json
        ExchangeRead read = XmiReader.read(rewritten("inception.zip", (n, b) -> n.endsWith(".xmi") || n.equals("TypeSystem.xml")
                || n.equals("codebook.json") ? null : b));
        assertEquals(List.of(), read.notTaken());
        ExchangeRead xmi = XmiReader.read(rewritten("xmi.zip", (n, b) -> n.endsWith(".ser") || n.equals("codebook.json") ? null : b));
        assertEquals(Dumps.project(xmi.project()), Dumps.project(read.project()), "attributes, codes and metadata found by the roles");
        assertEquals("number", read.project().codebook().attributes().stream().filter(a -> a.name().equals("value"))
                .findFirst().orElseThrow().type().id(), "the attribute's type, from its feature's description");
    }

    @Test
    void aSnappyFramedBinaryCasIsReadLikeAnUncompressedOne() throws Exception {
        ExchangeRead read = XmiReader.read(rewritten("snappy.zip", (n, b) -> n.endsWith(".xmi") ? null : n.endsWith(".ser")
                ? snappy(b) : b));
        assertEquals(fromXmi(), Dumps.project(read.project()));
    }

    @Test
    void theXmiOfADocumentAndUserIsPreferredToItsBinaryCas() throws Exception {
        ExchangeRead read = XmiReader.read(rewritten("both.zip", (n, b) -> n.endsWith("Ben_B.ser") ? new byte[] {1, 2, 3} : b));
        assertEquals(fromXmi(), Dumps.project(read.project()));
    }

    @Test
    void theCuratedResultIsSaidAsNotTaken() throws Exception {
        TestZips zip = new TestZips();
        XmiWriterTest.entries(XmiWriterTest.project()).forEach((n, b) -> zip.put(n, b));
        zip.put("curation_ser/costs.txt/CURATION_USER.ser", new byte[] {1});
        List<String> notTaken = XmiReader.read(zip.writeTo(dir.resolve("c.zip"))).notTaken();
        assertEquals(List.of("c.zip: curation_ser/costs.txt/CURATION_USER.ser (INCEpTION's curated result) not taken"), notTaken);
    }

    private static byte[] snappy(byte[] plain) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (FramedSnappyCompressorOutputStream out = new FramedSnappyCompressorOutputStream(bytes)) {
                out.write(plain);
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
