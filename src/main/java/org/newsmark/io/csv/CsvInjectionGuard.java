package org.newsmark.io.csv;

import java.util.regex.Pattern;

/**
 * The spreadsheet-formula guard of OWASP's CSV-injection advice: spreadsheets run cells that start
 * with {@code = + - @}, tab or CR, so such cells get a leading apostrophe, which spreadsheets show
 * as text.
 *
 * <p><b>Plain numbers are never altered.</b> A cell that is a sign followed by a number, as a
 * spreadsheet reads it as a plain number or percentage, is written as it is ({@code +12%},
 * {@code -3.5}, {@code +1,200}, {@code -0,25}, {@code +5}, {@code -1e3}): it holds nothing a
 * spreadsheet could run, and the apostrophe would change the value analysts see and compute with.
 * {@link #PLAIN_NUMBER} is the exact rule: after the sign, ASCII digits, either written whole
 * ({@code 1200}) or in groups of three ({@code 1,200} or {@code 1.200}), then at most one decimal
 * part ({@code .5} or {@code ,5}, the other separator than the grouping one), then either an
 * exponent ({@code e3}, {@code E-5}) or a percent sign. Nothing else: no space, no second sign, no
 * operator, so {@code -2+3}, {@code -1+1}, {@code +44 20}, {@code -5 %}, {@code +cmd|' /C calc'!A0},
 * {@code =1}, {@code @SUM(1)} are all guarded.
 *
 * <p>To keep the round trip exact, a cell that already starts with {@code '} followed by
 * something starting with one of the six characters gets one more {@code '}; {@link #unguard}
 * removes exactly one. So for every string s, {@code unguard(guard(s)).equals(s)}. A cell
 * starting with {@code '} followed by an ordinary character is left alone both ways. Unguard is
 * the same as before the number rule: a file an older Newsmark wrote with {@code '+12%} still
 * imports as {@code +12%}.
 */
public final class CsvInjectionGuard {

    /** The characters that make a spreadsheet read a cell as a formula when they lead it. */
    private static final String TRIGGERS = "=+-@\t\r";

    /** A sign and a number a spreadsheet reads as a plain number or percentage; see the class comment. */
    static final Pattern PLAIN_NUMBER = Pattern.compile(
            "[+-](?:"
                    // point decimals, optionally with comma grouping: 1200, 1,200, 1,200.5, .5
                    + "(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]+)?|\\.[0-9]+"
                    // comma decimals, optionally with point grouping: 3,5, 1.200,50, ,5
                    + "|(?:[0-9]+|[0-9]{1,3}(?:\\.[0-9]{3})+),[0-9]+|,[0-9]+"
                    + ")(?:[eE][+-]?[0-9]+|%)?");

    private CsvInjectionGuard() {
    }

    public static String guard(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        if (cell.charAt(0) == '\'') {
            return startsLikeAFormula(cell) ? "'" + cell : cell;
        }
        return startsLikeAFormula(cell) && !isPlainNumber(cell) ? "'" + cell : cell;
    }

    public static String unguard(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeAFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * True when the cell read may have been {@code "'" + value} in a file the data preset wrote
     * (which adds nothing): {@link #unguard} gives {@code value} for both. The article decides for
     * the {@code text} column; notes and names have nothing to decide by (docs/formats.md).
     */
    public static boolean mayHaveLostAnApostrophe(String value) {
        return value != null && startsLikeAFormula(value);
    }

    /** A sign and a number, as {@link #PLAIN_NUMBER} says: never guarded. */
    public static boolean isPlainNumber(String cell) {
        return PLAIN_NUMBER.matcher(cell).matches();
    }

    /** After any leading {@code '}, the first character is one that starts a formula. */
    static boolean startsLikeAFormula(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        return i < s.length() && TRIGGERS.indexOf(s.charAt(i)) >= 0;
    }
}
