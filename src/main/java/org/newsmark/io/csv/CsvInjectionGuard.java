package org.newsmark.io.csv;

/**
 * OWASP CSV-injection guard: spreadsheets execute cells that start with {@code = + - @}, tab or
 * CR, so such cells get a leading apostrophe, which spreadsheets show as text.
 *
 * <p>To keep the round trip exact, a cell that already starts with {@code '} followed by
 * something that would itself be guarded gets one more {@code '}; {@link #unguard} removes
 * exactly one. So for every string s, {@code unguard(guard(s)).equals(s)}. A cell starting with
 * {@code '} followed by an ordinary character is left alone both ways.
 */
public final class CsvInjectionGuard {

    private CsvInjectionGuard() {
    }

    public static String guard(String cell) {
        return needsGuard(cell) ? "'" + cell : cell;
    }

    public static String unguard(String cell) {
        return cell != null && cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    static boolean needsGuard(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '\'') {
            i++;
        }
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
