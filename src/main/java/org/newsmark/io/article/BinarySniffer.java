package org.newsmark.io.article;

import java.util.Optional;

/** Recognises files that are certainly not text, so they are refused instead of imported as noise. */
final class BinarySniffer {

    private BinarySniffer() {
    }

    /** A short description of the binary kind, or empty when the bytes may be text. */
    static Optional<String> describe(byte[] b) {
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
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return Optional.of("NUL byte at byte offset " + i);
            }
        }
        return Optional.empty();
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
