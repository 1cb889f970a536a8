package org.newsmark.io.codebook;

import java.util.Locale;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/** How a codebook file looks: two-space indentation, LF, {@code "name": value}, and invisible characters escaped. */
final class JsonStyle {

    private JsonStyle() {
    }

    /** A fresh printer (a pretty printer keeps the nesting depth, so one per file). */
    static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * JSON's own escapes, plus {@code \\uXXXX} for DEL, the C1 controls, the line and paragraph
     * separators and every format character (bidirectional controls, zero-width space, BOM, soft
     * hyphen, LRM/RLM) except the joiners ZWJ and ZWNJ, which emoji and some scripts need. The
     * text read back is the same; only the file shows what an editor would hide.
     */
    static final CharacterEscapes ESCAPES = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;

        private final int[] ascii = ascii();

        private int[] ascii() {
            int[] codes = standardAsciiEscapesForJSON();
            codes[0x7F] = ESCAPE_STANDARD;
            return codes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return hidden(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
        }
    };

    static boolean hidden(int ch) {
        if (ch == 0x200C || ch == 0x200D) {
            return false;
        }
        int type = Character.getType(ch);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
