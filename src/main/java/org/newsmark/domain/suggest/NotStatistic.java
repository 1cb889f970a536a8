package org.newsmark.domain.suggest;

import java.util.Set;

/**
 * Digits that are not a figure: codes glued to letters ("COVID-19", "G-7"), ordinals and decades
 * ("5th", "1990s"), clock times ("5 pm", "10:30"), ages ("45-year-old", "Ana Ruiz, 45,"),
 * numbers next to a word of {@code not-statistic.txt} ("March 5", "5 March", "page 5",
 * "No. 10", "aged 45"), phone numbers and groups of digits ("0207 946 0958"); and years (four
 * digits 1000–2199), which {@link Figures} leaves out unless money or a percentage.
 */
final class NotStatistic {

    private final Set<String> notStatistic;
    private final Set<String> times;
    private final Set<String> ordinalSuffixes;

    NotStatistic(LanguageData data) {
        notStatistic = data.words("not-statistic");
        times = data.words("times");
        ordinalSuffixes = data.words("ordinal-suffixes");
    }

    /** Digits at {@code i} that name, date or time something rather than count it. */
    boolean excluded(Tokens t, int i) {
        String raw = t.text(i);
        boolean glued = t.glued(i);
        if (glued && (t.isWord(i - 1) || (t.isAnyOf(i - 1, "-\u2010/#") && t.glued(i - 1) && t.isWord(i - 2)))) {
            return true; // COVID-19, G-7, #5
        }
        if (t.glued(i + 1) && (ordinalSuffixes.contains(t.lower(i + 1)) || times.contains(t.lower(i + 1)))) {
            return true; // 5th, 1990s, 5pm
        }
        if (times.contains(t.lower(i + 1)) || (t.isSymbol(i + 1, ':') && t.isNumber(i + 2))) {
            return true; // 5 pm, 10:30
        }
        if (t.isAnyOf(i + 1, "-\u2010") && (t.lower(i + 2).startsWith("year") || t.lower(i + 2).endsWith("-old"))
                || (t.lower(i + 1).equals("years") && t.lower(i + 2).equals("old"))) {
            return true; // 45-year-old
        }
        if (notStatistic.contains(t.lower(i - 1)) || (t.isSymbol(i - 1, '.') && notStatistic.contains(t.lower(i - 2)))
                || (t.isCapitalised(i + 1) && notStatistic.contains(t.lower(i + 1)))) {
            return true; // March 5, page 5, No. 10, 5 March
        }
        boolean shortWhole = raw.length() <= 3 && raw.indexOf('.') < 0 && raw.indexOf(',') < 0;
        if (shortWhole && t.isCapitalised(i - 2) && ((t.isSymbol(i - 1, ',') && t.isAnyOf(i + 1, ",;"))
                || (t.isSymbol(i - 1, '(') && t.isSymbol(i + 1, ')')))) {
            return true; // Ana Ruiz, 45, / Ana Ruiz (45)
        }
        if ((raw.length() >= 3 && raw.charAt(0) == '0' && raw.indexOf('.') < 0 && raw.indexOf(',') < 0)
                || (t.isNumber(i + 1) && !t.glued(i + 1)) || (t.isNumber(i - 1) && !glued)) {
            return true; // phone numbers, digit groups
        }
        return false;
    }

    /** A year written alone: four digits from 1000 to 2199. */
    static boolean yearLike(String raw) {
        if (raw.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return false;
            }
        }
        int y = Integer.parseInt(raw);
        return y >= 1000 && y <= 2199;
    }
}
