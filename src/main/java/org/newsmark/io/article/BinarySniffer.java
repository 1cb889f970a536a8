package org.newsmark.io.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises files that are certainly not text, so they are refused instead of imported as noise. */
final class BinarySniffer {

    private BinarySniffer() {
    }

    /** A short description of the binary kind, or empty when the bytes may be text. */
    static Optional<String> describe(byte[] b) {
        Optional<String> kind = magic(b);
        if (kind.isPresent()) {
            return kind;
        }
        int nul = firstNul(b);
        return nul < 0 ? Optional.empty() : Optional.of("NUL byte at byte offset " + nul);
    }

    /** Recognised by its first bytes (image, archive, executable...), whatever the text encoding. */
    static Optional<String> magic(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG image");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return Optional.of("GIF image");
        }
        if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
            return Optional.of("WebP image");
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
            return Optional.of("zip archive that is not a Word document");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("gzip archive");
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("PDF document");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("old Office document (.doc); save it as .docx");
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F') || startsWith(b, 'M', 'Z')) {
            return Optional.of("executable");
        }
        return Optional.empty();
    }

    /** Whether text in this charset has NUL bytes anyway (UTF-16 and UTF-32 encode "A" with zero bytes). */
    static boolean encodesTextWithNulBytes(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        for (byte x : "A".getBytes(charset)) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-16LE or UTF-16BE when the bytes look like UTF-16 text that lacks a byte-order mark: an even
     * length, NUL bytes (the high halves of Latin characters and spaces) mostly at odd offsets (LE)
     * or mostly at even offsets (BE), and the start decodes as that charset into characters without
     * NUL or other control characters. Binary files fail the last test.
     */
    static Optional<Charset> utf16WithoutBom(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) {
            return Optional.empty();
        }
        int n = Math.min(b.length, 64 * 1024);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        // a few characters have a zero low byte too (U+0100, U+0600, the surrogate U+DE00 of 😀...)
        Charset guess = odd > 4 * even ? StandardCharsets.UTF_16LE
                : even > 4 * odd ? StandardCharsets.UTF_16BE : null;
        if (guess == null) {
            return Optional.empty();
        }
        try {
            CharBuffer text = guess.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                    return Optional.empty(); // NUL or another control character: not text
                }
            }
        } catch (CharacterCodingException e) {
            // an unpaired surrogate, or a cut in the middle of a pair at the sample's end
            if (n == b.length) {
                return Optional.empty();
            }
        }
        return Optional.of(guess);
    }

    static int firstNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
