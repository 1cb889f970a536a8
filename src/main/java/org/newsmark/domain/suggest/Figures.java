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

    /** Units of time: "2 hours, 4 minutes and 51 seconds" is one statistic; "two years ago" none. */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("hours", "hour", "minutes", "minute", "seconds",
            "second", "days", "day", "weeks", "week", "months", "month", "years", "year", "decades");
    /** Words of change before "from X to Y": two figures, the old and the new ("has risen from €210m to €295m"). */
    private static final java.util.Set<String> CHANGES = java.util.Set.of("risen", "rose", "rise", "rises", "fallen", "fell",
            "fall", "falls", "grown", "grew", "grows", "increased", "decreased", "dropped", "climbed", "jumped", "soared",
            "slumped", "raised", "reduced", "cut", "up", "down", "shrunk", "shrank", "doubled", "halved");
    /** Before a bare number these make it a time, a place or a label rather than a count left elliptic. */
    private static final java.util.Set<String> NOT_BEFORE_BARE = java.util.Set.of("at", "on", "in", "by", "until", "since", "from",
            "to", "of", "page", "no", "route", "number", "under", "over", "aged");
    /** Verbs right after a bare number that make it the subject count ("nine were taken to hospital"). */
    private static final java.util.Set<String> VERBS_AFTER_COUNT = java.util.Set.of("were", "was", "are", "have", "had", "died",
            "remain", "remained", "survived");
    /** Pronouns that are the group of a fraction ("a fifth of them"). */
    private static final java.util.Set<String> GROUP_PRONOUNS = java.util.Set.of("them", "us", "those", "these");

    private static final java.util.Set<String> AFTER_ORDINAL = java.util.Set.of("first", "second", "last", "other", "next", "latter",
            "former");

    private final StatisticDetector d;

    Figures(StatisticDetector d) {
        this.d = d;
    }

    /**
     * The end of the statistic whose number is at token {@code i} (none begins before {@code floor});
     * {@code i} when none. {@code counted}: a figure with a counted noun came before in the sentence,
     * so a bare number after it may count the same ("14 theatres and nurses for only nine").
     */
    int at(Tokens t, int i, int floor, boolean counted, Sink out) {
        NumberReader nr = d.numbers();
        if (!nr.mayStart(t, i)) {
            return i;
        }
        if (raceTime(t, i)) {
            out.figure(i, i + 5, NumberReader.digits(t.text(i)), "h:mm:ss", 0.8, "a race time");
            return i + 5;
        }
        int fap = d.approximatorBefore(t, i);
        String fa = fap > 0 && i - fap >= floor ? t.lowerText(i - fap, i) : null;
        int from = fa == null || fa.equals("between") || fa.equals("from") || fa.equals("an") ? i : i - fap;
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
            out.figure(part != null ? from : i, end, part != null ? p[2] : null, nounText(t, end), part != null ? 0.8 : 0.6,
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
        if (of == 0 && t.lower(j).equals("of") && d.determiner(t, j + 1) && nr.at(t, j + 2) != null) {
            of = 2; // "four of its six steel supports"
        }
        NumberReader.Read whole = of > 0 ? nr.at(t, j + of) : null;
        if (whole != null && !(whole.digits() && d.excluded(t, j + of))) {
            int end = nounAfter(t, whole.end(), RATIO);
            boolean bare = end < 0 && of == 1 && !t.isWord(whole.end()); // "the chances were one in three."
            end = bare ? whole.end() : end;
            String value = NumberReader.ratio(r.value(), whole.value());
            if (end > 0 && value != null) {
                out.figure(from, end, value, bare ? null : nounText(t, end), 0.8, "a ratio");
                return end;
            }
        }
        String multiplier = nr.multiplierAt(t, j);
        j += multiplier != null ? 1 : 0;
        if (t.lower(j).equals("or") && (t.lower(j + 1).equals("so") || t.lower(j + 1).equals("more"))) {
            j += 2; // "40 or so marginal seats"
        }
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
        boolean change = "from".equals(approximator) && CHANGES.contains(t.lower(b - ap - 1));
        if (change) {
            approximator = null; // "has risen from €210 million to €295 million": two figures
        }
        boolean tallyWord = t.lower(j).equals("to");
        if (!change && (t.isAnyOf(j, "\u2013\u2014-") || t.lower(j).equals("to") || (between && t.lower(j).equals("and")))) {
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
        if (approximator != null && (between || approximator.equals("from")) && !range) {
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
        if (u == null && t.glued(j) && (t.text(j).equals("C") || t.text(j).equals("F"))) {
            u = new String[]{"1", "\u00B0" + t.lower(j)}; // "24C"
        }
        if (u != null) {
            unit = u[1];
            j += Integer.parseInt(u[0]);
            if (TIME_UNITS.contains(unit)) {
                j = moreTime(t, j); // "2 hours, 4 minutes and 51 seconds"
                if (t.lower(j).equals("ago")) {
                    return i; // "two years ago": a date, not a figure
                }
            }
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
            int plural = j;
            while (plural < j + 3 && d.plainWord(t, plural) && !plural(t, plural)) {
                plural++;
            }
            if (d.countedNoun(t, k)) {
                unit = t.lower(k);
                j = k + 1;
            } else if (plural < j + 3 && d.plainWord(t, plural) && plural(t, plural) && !t.glued(j)
                    && !(r.digits() && NotStatistic.yearLike(t.text(i)))) { // "the 2023 world championships": a year
                unit = t.lower(plural); // "14 operating theatres", "62 intensive care beds"
                j = plural + 1;
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
            boolean tally = range && tallyWord && !r.digits(); // "by a majority of two to one"
            boolean approximate = approximator != null && !range && !approximator.equals("an")
                    && !approximator.equals("under") && !approximator.equals("over"); // "under 18": an age threshold
            if (tally || (!one && approximate && !r.formatted())) {
                out.figure(b, j, r.value(), null, 0.5, tally ? "a tally" : "an approximate number");
                return j;
            }
            if (!one && counted && multiplier == null && !range && bareCount(t, i, j, r)) {
                out.figure(b, j, r.value(), null, 0.5, "a count whose noun is said before");
                return j;
            }
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

    /** "2:19:07": hours, minutes and seconds glued by colons, the first group not after a colon. */
    private static boolean raceTime(Tokens t, int i) {
        return t.isNumber(i) && t.isSymbol(i + 1, ':') && t.isNumber(i + 2) && t.isSymbol(i + 3, ':') && t.isNumber(i + 4)
                && t.glued(i + 1) && t.glued(i + 2) && t.glued(i + 3) && t.glued(i + 4) && !(t.glued(i) && t.isSymbol(i - 1, ':'));
    }

    /** After a unit of time at {@code j}: past ", 4 minutes", "and 51 seconds" that continue the same duration. */
    private int moreTime(Tokens t, int j) {
        NumberReader nr = d.numbers();
        for (int guard = 0; guard < 4; guard++) {
            int k = j;
            k += t.isSymbol(k, ',') ? 1 : 0;
            k += t.lower(k).equals("and") ? 1 : 0;
            NumberReader.Read n = k > j ? nr.at(t, k) : null;
            String[] u = n != null ? d.unitAt(t, n.end()) : null;
            if (u == null || !TIME_UNITS.contains(u[1])) {
                return j;
            }
            j = n.end() + Integer.parseInt(u[0]);
        }
        return j;
    }

    /** A plural noun: lower case, longer than three letters, ending in "s" (not "ss"). */
    private boolean plural(Tokens t, int i) {
        String w = t.lower(i);
        return d.plainWord(t, i) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("'s")
                && !w.endsWith("\u2019s");
    }

    /**
     * A bare whole number in words or up to three digits, after a counted figure of the same
     * sentence, standing for a count ("enough nurses to run only nine.", "and that nine were
     * taken to hospital", "permission for 30,"): then punctuation or a verb of being, and no
     * word before it that makes it a time, place or label.
     */
    private boolean bareCount(Tokens t, int i, int j, NumberReader.Read r) {
        if (r.formatted() || (r.digits() && (t.text(i).length() > 3 || d.excluded(t, i))) || NOT_BEFORE_BARE.contains(t.lower(i - 1))
                || (d.determiner(t, i - 1) && !t.lower(i - 1).equals("that"))) {
            return false;
        }
        if ((t.lower(i - 1).equals("and") || t.lower(i - 1).equals("or")) && d.numbers().at(t, i - 2) != null) {
            return false; // "aged 24 and 31": the second of a pair, like the first
        }
        return t.isAnyOf(j, ".,;!?") || j >= t.size() || VERBS_AFTER_COUNT.contains(t.lower(j));
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
        if (kind == VAGUE && !of) {
            return -1;
        }
        if (kind == FRACTION && of && GROUP_PRONOUNS.contains(t.lower(k))) {
            return k + 1; // "a fifth of them"
        }
        if (d.determiner(t, k)) {
            k++;
        } else if (kind == FRACTION && !of) {
            return -1;
        }
        String[] unit = kind == FRACTION ? d.unitAt(t, k) : null;
        if (unit != null && t.isWord(k)) {
            return k + Integer.parseInt(unit[0]); // "a quarter of a percentage point"
        }
        int start = k;
        int plural = -1;
        while (k < start + (kind == RATIO ? 3 : 3) && d.plainWord(t, k)) {
            if (d.countedNoun(t, k)) {
                return k + 1;
            }
            plural = plural < 0 && kind == RATIO && plural(t, k) ? k + 1 : plural;
            k++;
        }
        return k > start ? (plural > 0 ? plural : start + 1) : -1;
    }

    private static String nounText(Tokens t, int end) {
        return t.lower(end - 1);
    }
}
