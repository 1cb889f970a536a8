package org.newsmark.io.xmi;

import java.util.Locale;

/**
 * XML 1.0 cannot carry most control characters (not even as {@code &#1;}), nor unpaired
 * surrogates; INCEpTION reads XML 1.0. A string that holds one is refused before anything is written.
 */
final class Xml10 {

    private Xml10() {
    }

    static String checked(String what, String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
            if (!ok) {
                throw new IllegalArgumentException(what + " holds U+" + String.format(Locale.ROOT, "%04X", cp)
                        + " at UTF-16 index " + i + ", which XML 1.0 cannot carry");
            }
            i += Character.charCount(cp);
        }
        return value;
    }
}
