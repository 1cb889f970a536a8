package org.newsmark.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for analyst and label names, wherever a name enters: CSV, brat and SemEval
 * imports, the command line, the window's dialogs and preferences (see
 * docs/decisions/0008-names.md).
 *
 * <p>A name is stripped of leading and trailing white space (everything {@link String#strip()}
 * removes, plus no-break spaces such as U+00A0), and then must
 * <ul>
 *   <li>not be empty;</li>
 *   <li>hold no control character (Unicode category Cc: tab, line feed, NUL, ESC, U+0085 …), no
 *       line or paragraph separator (U+2028, U+2029);</li>
 *   <li>hold no invisible character that can hide or reorder text: the bidirectional embeddings,
 *       overrides and isolates U+202A–U+202E and U+2066–U+2069, U+200B ZERO WIDTH SPACE, U+2060
 *       WORD JOINER, U+2061–U+2064, the deprecated U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, U+E0001,
 *       and tag characters U+E0020–U+E007F except inside an emoji flag (after U+1F3F4);</li>
 *   <li>hold no unpaired surrogate and no noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF);</li>
 *   <li>be at most {@value #MAX_CODE_POINTS} code points long (a code point is one character as
 *       Python counts it: an emoji is one, a ZWJ family several).</li>
 * </ul>
 * Letters of any script, digits, punctuation, symbols, emoji, combining marks, ZWJ and ZWNJ, the
 * directional marks LRM/RLM/ALM and inner spaces are all allowed. The name is not otherwise
 * changed: no case folding and no Unicode normalisation, so names compare exactly after stripping.
 */
public final class Names {

    /** The longest name, in code points. */
    public static final int MAX_CODE_POINTS = 200;

    /** How much of a refused name a message quotes. */
    private static final int SHOWN_CODE_POINTS = 40;

    private Names() {
    }

    /** The analyst name to use for {@code raw} (stripped), or an exception whose message says what is wrong. */
    public static String analyst(String raw) {
        return check("Analyst name", raw);
    }

    /** The label name to use for {@code raw} (stripped), or an exception whose message says what is wrong. */
    public static String label(String raw) {
        return check("Label name", raw);
    }

    /**
     * What is wrong with {@code raw} as a name, e.g. {@code holds the control character U+0007 BEL
     * at position 4}, or empty when it is a valid name. Meant to follow the name in a message:
     * {@code analyst "…" holds …}; use {@link #shown} to quote the name.
     */
    public static Optional<String> problem(String raw) {
        String s = strip(raw);
        if (s.isEmpty()) {
            return Optional.of("is empty");
        }
        int position = 0;
        boolean inFlag = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            position++;
            String bad = refused(cp, inFlag);
            if (bad != null) {
                return Optional.of(bad + " at position " + position);
            }
            inFlag = cp == 0x1F3F4 || (inFlag && isTag(cp) && cp != 0xE007F);
            i += Character.charCount(cp);
        }
        int length = s.codePointCount(0, s.length());
        if (length > MAX_CODE_POINTS) {
            return Optional.of(String.format(Locale.ROOT, "is %,d characters long; at most %d are allowed",
                    length, MAX_CODE_POINTS));
        }
        return Optional.empty();
    }

    /** Whether {@code raw} is a valid name. */
    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /**
     * {@code raw} in quotes, safe to put in a message: every character a name may not hold is
     * written as {@code <U+XXXX>}, and only the first {@value #SHOWN_CODE_POINTS} characters are kept.
     */
    public static String shown(String raw) {
        if (raw == null) {
            return "\"\"";
        }
        StringBuilder b = new StringBuilder("\"");
        int count = 0;
        boolean inFlag = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (++count > SHOWN_CODE_POINTS) {
                b.append('…');
                break;
            }
            if (refused(cp, inFlag) != null) {
                b.append('<').append(hex(cp)).append('>');
            } else {
                b.appendCodePoint(cp);
            }
            inFlag = cp == 0x1F3F4 || (inFlag && isTag(cp) && cp != 0xE007F);
            i += Character.charCount(cp);
        }
        return b.append('"').toString();
    }

    /** Leading and trailing white space removed, including no-break spaces; null becomes "". */
    public static String strip(String raw) {
        if (raw == null) {
            return "";
        }
        int begin = 0;
        int end = raw.length();
        while (begin < end && isSpace(raw.codePointAt(begin))) {
            begin += Character.charCount(raw.codePointAt(begin));
        }
        while (end > begin && isSpace(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(begin, end);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** {@code raw} stripped, or an exception whose message names {@code what} ("Attribute name") and says what is wrong. */
    public static String check(String what, String raw) {
        Optional<String> problem = problem(raw);
        if (problem.isPresent()) {
            throw new InvalidNameException(what, raw, problem.get());
        }
        return strip(raw);
    }

    /** Why {@code cp} may not be in a name, or null when it may. */
    private static String refused(int cp, boolean inFlag) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL) {
            return "holds the control character " + described(cp);
        }
        if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return "holds a line break (" + described(cp) + ")";
        }
        if (type == Character.SURROGATE) {
            return "holds half a character (the unpaired surrogate " + hex(cp) + ")";
        }
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
            return "holds the noncharacter " + hex(cp);
        }
        if (hides(cp) || (isTag(cp) && !inFlag)) {
            return "holds the invisible character " + described(cp) + ", which can hide or reorder text";
        }
        return null;
    }

    /** Format characters that make text invisible or reorder it, and are never needed in a name. */
    private static boolean hides(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200B
                || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x206A && cp <= 0x206F) || cp == 0xFEFF
                || (cp >= 0xFFF9 && cp <= 0xFFFB) || cp == 0xE0001;
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    private static String hex(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }

    private static String described(int cp) {
        String name = Character.getName(cp);
        return name == null ? hex(cp) : hex(cp) + " " + name;
    }

    /** A name that the rule refuses; the message names what was checked, the name and the problem. */
    public static final class InvalidNameException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String raw;
        private final String problem;

        InvalidNameException(String what, String raw, String problem) {
            super(describe(what, raw, problem));
            this.raw = raw;
            this.problem = problem;
        }

        /** The name as given. */
        public String raw() {
            return raw;
        }

        /** As {@link Names#problem}, e.g. {@code is empty}. */
        public String problem() {
            return problem;
        }

        /** {@code subject "name" problem}, or {@code subject is empty}: for messages such as a file's line. */
        public String describe(String subject) {
            return describe(subject, raw, problem);
        }

        private static String describe(String subject, String raw, String problem) {
            String name = strip(raw);
            return name.isEmpty() ? subject + " is empty" : subject + " " + shown(name) + " " + problem;
        }
    }
}
