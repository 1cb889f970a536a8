package org.newsmark.domain.suggest;

/**
 * One statistic at a token, for {@link StatisticDetector}: the number, then what comes after it
 * (a multiplier, a range's second number, a unit, a currency word, a counted noun with up to two
 * adjectives before it, a rate "a week"), then what comes before it (a currency sign, an
 * approximator). Fields: {@code value} is the first number as a plain decimal ("3,000" → "3000",
 * "twelve" → "12"; a ratio or fraction as its decimal: "one in five" → "0.2", "a third" →
 * "0.3333"; none for a vague amount), {@code unit} is what it counts with the multiplier before
 * it ("percent", "billion dollars", "million tonnes", "pounds a week", "workers").
 */
final class Figures {

    /** Where statistics go: token range {@code [from, to)}, fields, confidence, why. */
    interface Sink {
        void figure(int from, int to, String value, String unit, double confidence, String why);
    }

    private static final int FRACTION = 0;
    private static final int VAGUE = 1;
    private static final int RATIO = 2;
    private static final java.util.Set<String> YEAR_BEFORE = java.util.Set.of("in", "since", "by", "until", "from", "of",
            "before", "after", "during", "to", "and");

    private static final java.util.Set<String> AFTER_ORDINAL = java.util.Set.of("first", "second", "last", "other", "next", "latter",
            "former");

    private final StatisticDetector d;

    Figures(StatisticDetector d) {
        this.d = d;
    }

    /** The end of the statistic whose number is at token {@code i} (none begins before {@code floor}); {@code i} when none. */
    int at(Tokens t, int i, int floor, Sink out) {
        NumberReader nr = d.numbers();
        if (!nr.mayStart(t, i)) {
            return i;
        }
        String[] part = nr.phraseAt(t, i, "f");
        String[] vague = part == null ? nr.phraseAt(t, i, "v") : null;
        if (part != null || vague != null) {
            String[] p = part != null ? part : vague;
            if (part != null && (d.determiner(t, i - 1) || AFTER_ORDINAL.contains(t.lower(i - 1)))) {
                return i; // "the second half of the year"
            }
            int j = i + Integer.parseInt(p[0]);
            int end = nounAfter(t, j, part != null ? FRACTION : VAGUE);
            if (end < 0) {
                return i;
            }
            out.figure(i, end, part != null ? p[2] : null, nounText(t, end), part != null ? 0.8 : 0.6,
                    part != null ? "a fraction of a group" : "an amount in words with what it counts");
            return end;
        }
        NumberReader.Read r = nr.at(t, i);
        if (r == null || (r.digits() && d.excluded(t, i))) {
            return i;
        }
        int j = r.end();
        boolean one = !r.digits() && t.lower(i).equals("one");
        int of = t.lower(j).equals("in") ? 1 : t.lower(j).equals("out") && t.lower(j + 1).equals("of") ? 2 : 0;
        NumberReader.Read whole = of > 0 ? nr.at(t, j + of) : null;
        if (whole != null) {
            int end = nounAfter(t, whole.end(), RATIO);
            String value = NumberReader.ratio(r.value(), whole.value());
            if (end > 0 && value != null) {
                out.figure(i, end, value, nounText(t, end), 0.8, "a ratio");
                return end;
            }
        }
        String multiplier = nr.multiplierAt(t, j);
        j += multiplier != null ? 1 : 0;
        boolean range = false;
        int b = i;
        String[] sign = r.digits() ? d.currencyBefore(t, i) : null;
        if (sign != null && i - Integer.parseInt(sign[0]) >= floor) {
            b = i - Integer.parseInt(sign[0]);
        } else {
            sign = null;
        }
        int ap = d.approximatorBefore(t, b);
        String approximator = ap > 0 && b - ap >= floor ? t.lowerText(b - ap, b) : null;
        boolean between = "between".equals(approximator);
        if (t.isAnyOf(j, "\u2013\u2014-") || t.lower(j).equals("to") || (between && t.lower(j).equals("and"))) {
            int k = j + 1 + (sign != null && d.currencyBefore(t, j + 1 + Integer.parseInt(sign[0])) != null ? Integer.parseInt(sign[0]) : 0);
            NumberReader.Read second = nr.at(t, k);
            if (second != null && second.digits() == r.digits() && !(second.digits() && d.excluded(t, k))) {
                range = true;
                j = second.end();
                String m2 = nr.multiplierAt(t, j);
                if (m2 != null) {
                    multiplier = multiplier == null ? m2 : multiplier;
                    j++;
                }
            }
        }
        if (approximator != null && ((between || approximator.equals("from")) != range)) {
            approximator = null;
        }
        if (approximator != null) {
            b -= ap;
        }
        String unit = null;
        String currency = sign != null ? sign[1] : null;
        double confidence = 0.8;
        String why = "a number with what it counts";
        String[] u = d.unitAt(t, j);
        String[] word = currency == null ? d.currencyAt(t, j) : null;
        if (u != null) {
            unit = u[1];
            j += Integer.parseInt(u[0]);
            boolean percent = unit.equals("percent");
            confidence = percent ? 0.9 : 0.8;
            why = percent ? "a percentage" : "a number with its unit";
        } else if (word != null) {
            currency = word[1];
            j += Integer.parseInt(word[0]);
        } else if (currency == null) {
            int k = j;
            while (k < j + 2 && d.plainWord(t, k) && !d.countedNoun(t, k)) {
                k++;
            }
            if (d.countedNoun(t, k)) {
                unit = t.lower(k);
                j = k + 1;
            } else if (d.plainWord(t, j) && t.lower(j).endsWith("s") && t.lower(j).length() > 3 && !t.glued(j)) {
                unit = t.lower(j);
                j++;
                confidence = 0.6;
            }
        }
        if (currency != null) {
            unit = currency;
            confidence = 0.9;
            why = "an amount of money";
        }
        if ((unit != null || currency != null) && d.rateAt(t, j) > 0) {
            unit = unit + " " + t.lowerText(j, j + 2);
            j += 2;
        }
        if (unit == null) {
            if (one || (!r.digits() && multiplier == null)) {
                return i;
            }
            if (multiplier != null) {
                confidence = 0.7;
                why = "a number in " + multiplier + "s";
            } else if (r.formatted() || range) {
                confidence = 0.5;
                why = "a figure";
            } else {
                return i;
            }
        } else if (one && multiplier == null) {
            return i; // "one person" is rarely a figure; "one of the reasons" never
        }
        if (r.digits() && yearLikeAlone(t, i, currency, unit)) {
            return i;
        }
        if (multiplier != null) {
            unit = unit == null ? multiplier : multiplier + " " + unit;
        }
        out.figure(b, j, r.value(), unit, confidence, range ? "a range: " + why : why);
        return j;
    }

    /** Four digits that are a year: alone, or after "in", "since"…, with no currency or percent. */
    private static boolean yearLikeAlone(Tokens t, int i, String currency, String unit) {
        return NotStatistic.yearLike(t.text(i)) && currency == null && !"percent".equals(unit)
                && (unit == null || YEAR_BEFORE.contains(t.lower(i - 1)) || t.isCapitalised(i + 1));
    }

    /**
     * The end of the group a fraction ("a third of households", "half the respondents"), vague
     * amount ("dozens of families": "of" needed) or ratio ("one in five adults") counts; -1 when none.
     */
    private int nounAfter(Tokens t, int j, int kind) {
        boolean of = t.lower(j).equals("of");
        int k = of ? j + 1 : j;
        if ((kind == VAGUE && !of) || (kind == RATIO && of)) {
            return -1;
        }
        if (d.determiner(t, k)) {
            k++;
        } else if (kind == FRACTION && !of) {
            return -1;
        }
        int start = k;
        while (k < start + (kind == RATIO ? 2 : 3) && d.plainWord(t, k)) {
            if (d.countedNoun(t, k)) {
                return k + 1;
            }
            k++;
        }
        return k > start ? start + 1 : -1;
    }

    private static String nounText(Tokens t, int end) {
        return t.lower(end - 1);
    }
}
