package org.newsmark.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes refusing malformed input instead of silently inserting U+FFFD: a replaced
 * character would shift nothing but would corrupt the text analysts quote, unnoticed.
 */
public final class StrictText {

    private StrictText() {
    }

    /** UTF-8, a leading BOM removed, nothing else changed (offsets in standoff files count every char). */
    public static String utf8(byte[] bytes, String fileName) throws ImportException {
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        return decode(bytes, skip, StandardCharsets.UTF_8, fileName);
    }

    public static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Decodes {@code bytes[offset..]}; the error names the byte offset in the whole file. */
    public static String decode(byte[] bytes, int offset, Charset charset, String fileName) throws ImportException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            String bad = at < bytes.length ? String.format(" 0x%02X", bytes[at] & 0xFF) : "";
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? "; choose its encoding (e.g. windows-1252) when importing" : "";
            throw new EncodingNeededException(fileName, "is not valid " + charset.name() + " (invalid byte" + bad
                    + " at byte offset " + at + ")" + hint);
        }
        out.flip();
        return out.toString();
    }
}
