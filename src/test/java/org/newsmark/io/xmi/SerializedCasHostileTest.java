package org.newsmark.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.compress.compressors.snappy.FramedSnappyCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.io.ImportException;

/**
 * A binary CAS is Java serialization, so a hostile one is refused before it can do anything: no
 * class but UIMA's CAS and its arrays is resolved, no forged array length is allocated, and a
 * broken stream says so. Each refusal names the zip and the entry, and nothing is imported.
 */
class SerializedCasHostileTest {

    @TempDir
    Path dir;

    /** A gadget stand-in: any class of the class path that is not UIMA's serialized CAS. */
    record Gadget(String command) implements Serializable {
    }

    private static byte[] serialized(Object o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private String refused(byte[] ser) throws Exception {
        Path zip = new TestZips().put("exportedproject.json", "{\"name\":\"x\"}").put("annotation_ser/a.txt/anna.ser", ser)
                .writeTo(dir.resolve("in.zip"));
        ImportException e = assertThrows(ImportException.class, () -> XmiReader.read(zip));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
        String prefix = "in.zip: annotation_ser/a.txt/anna.ser: ";
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        return e.getMessage().substring(prefix.length());
    }

    @Test
    void aSerializedHashMapIsRefused() throws Exception {
        assertEquals("is not a UIMA CAS: it holds java.util.HashMap, and only UIMA's serialized CAS is read; nothing was read"
                + " from it", refused(serialized(new HashMap<>(Map.of("a", "b")))));
    }

    @Test
    void aClassThatIsNotUimasIsRefusedBeforeItIsResolved() throws Exception {
        assertEquals("is not a UIMA CAS: it holds " + Gadget.class.getName() + ", and only UIMA's serialized CAS is read;"
                + " nothing was read from it", refused(serialized(new Gadget("rm -rf ~"))));
    }

    @Test
    void aTruncatedCasIsRefused() throws Exception {
        byte[] ser = XmiWriterTest.entries(XmiWriterTest.project()).get("annotation_ser/costs.txt/Ben_B.ser");
        assertEquals("is truncated; it ends inside the serialized CAS", refused(Arrays.copyOf(ser, ser.length / 2)));
    }

    @Test
    void aForgedGiantArrayLengthIsRefusedBeforeAnythingIsAllocated() throws Exception {
        byte[] ser = serialized(new int[0x12345]);
        int at = indexOf(ser, new byte[] {0x00, 0x01, 0x23, 0x45});
        byte[] forged = Arrays.copyOf(ser, at + 8);
        forged[at] = 0x7f;
        forged[at + 1] = (byte) 0xff;
        forged[at + 2] = (byte) 0xff;
        forged[at + 3] = (byte) 0xff;
        assertEquals("is not a UIMA CAS: it declares an array of 2147483647 elements in " + forged.length
                + " bytes; nothing was read from it", refused(forged));
    }

    @Test
    void anArrayAloneIsNotACas() throws Exception {
        assertEquals("is not a UIMA CAS: it holds an array instead of a serialized CAS", refused(serialized(new int[] {1, 2})));
    }

    @Test
    void aSnappyFramedHashMapIsRefusedToo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FramedSnappyCompressorOutputStream out = new FramedSnappyCompressorOutputStream(bytes)) {
            out.write(serialized(new HashMap<>()));
        }
        assertTrue(refused(bytes.toByteArray()).startsWith("is not a UIMA CAS: it holds java.util.HashMap"));
    }

    @Test
    void brokenSnappyFramingIsRefused() throws Exception {
        byte[] header = {(byte) 0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59, 0x00, 0x7f, 0x00, 0x00, 1, 2};
        assertTrue(refused(header).startsWith("is not readable Snappy-framed data"));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
