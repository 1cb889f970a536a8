package org.newsmark.domain.suggest;

import java.util.Map;
import java.util.Set;

/**
 * Statistics in one sentence's tokens: a number (see {@link NumberReader}) with what it counts
 * or measures, from the approximator or currency sign before it to the unit or counted noun
 * after it ("more than 3,000 striking workers", "$4.2 billion", "£350 a week", "12 per cent"),
 * ranges as one ("between 10 and 15 per cent", "10–15 years"), ratios and fractions ("one in
 * five adults", "a third of households"), vague amounts only with a noun ("dozens of
 * families"). Not statistics: years, dates, clock times, ages after a name, ordinals, codes
 * ("COVID-19", "G7"), phone numbers and the like ({@link NotStatistic}), "one" as a pronoun, and
 * bare whole numbers with nothing after them. See {@link Figures} for the
 * fields.
 */
final class StatisticDetector {

    private final NumberReader numbers;
    private final Map<String, String[]> currencies;
    private final Phrases currencyPhrases;
    private final Map<String, String[]> units;
    private final Phrases unitPhrases;
    private final Phrases approximators;
    private final Set<String> countedNouns;
    private final Set<String> ratePeriods;
    private final NotStatistic exclusions;
    private final Set<String> stopWords;
    private final Set<String> determiners;
    private final Figures figures;

    StatisticDetector(LanguageData data) {
        numbers = new NumberReader(data);
        currencies = data.table("currencies");
        currencyPhrases = data.phrases("currencies");
        units = data.table("units");
        unitPhrases = data.phrases("units");
        approximators = data.phrases("approximators");
        countedNouns = data.words("counted-nouns");
        ratePeriods = data.words("rate-periods");
        exclusions = new NotStatistic(data);
        stopWords = data.words("stop-words");
        determiners = data.words("determiners");
        figures = new Figures(this);
    }

    /** Every statistic in {@code t}, left to right, none overlapping another. */
    void find(Tokens t, Figures.Sink out) {
        int floor = 0;
        boolean[] counted = {false};
        Figures.Sink sink = (from, to, value, unit, confidence, why) -> {
            counted[0] |= unit != null && why.equals("a number with what it counts");
            out.figure(from, to, value, unit, confidence, why);
        };
        for (int i = 0; i < t.size(); ) {
            int end = figures.at(t, i, floor, counted[0], sink);
            if (end > i) {
                floor = end;
                i = end;
            } else {
                i++;
            }
        }
    }

    NumberReader numbers() {
        return numbers;
    }

    /** Digits at {@code i} that name, date or time something rather than count it (see {@link NotStatistic}). */
    boolean excluded(Tokens t, int i) {
        return exclusions.excluded(t, i);
    }

    /** The currency whose sign ends just before token {@code i} ("$", "US$", "€"): its token count and unit, or null. */
    String[] currencyBefore(Tokens t, int i) {
        int n = currencyPhrases.matchEndingAt(t, i);
        if (n == 0) {
            return null;
        }
        String written = t.lowerText(i - n, i);
        boolean sign = written.chars().anyMatch(c -> !Character.isLetter(c)) || t.text(i - n).equals(t.text(i - n).toUpperCase());
        return sign ? new String[]{Integer.toString(n), currencies.get(written)[1]} : null;
    }

    /** The currency word at {@code i} ("euros", "dollars"): its token count and unit, or null. */
    String[] currencyAt(Tokens t, int i) {
        int n = currencyPhrases.match(t, i);
        if (n == 0 || !t.isWord(i)) {
            return null;
        }
        String[] e = currencies.get(t.lowerText(i, i + n));
        return new String[]{Integer.toString(n), e.length > 1 ? e[1] : e[0]};
    }

    /** The unit at {@code i} ("%", "per cent", "km/h"): its token count and the unit field, or null. */
    String[] unitAt(Tokens t, int i) {
        int n = unitPhrases.match(t, i);
        if (n == 0) {
            return null;
        }
        String[] e = units.get(t.lowerText(i, i + n));
        return new String[]{Integer.toString(n), e.length > 1 && !e[1].isEmpty() ? e[1] : e[0]};
    }

    int approximatorBefore(Tokens t, int i) {
        return approximators.matchEndingAt(t, i);
    }

    /** "a week", "per day" at {@code i}: 2, else 0. */
    int rateAt(Tokens t, int i) {
        String w = t.lower(i);
        boolean per = w.equals("a") || w.equals("an") || w.equals("per") || w.equals("each");
        String after = t.lower(i + 2);
        boolean time = after.equals("earlier") || after.equals("ago") || after.equals("before") || after.equals("later");
        return per && !time && ratePeriods.contains(t.lower(i + 1)) ? 2 : 0; // "6.9% a year earlier": no rate
    }

    boolean countedNoun(Tokens t, int i) {
        return t.isWord(i) && countedNouns.contains(t.lower(i));
    }

    /** A word that may stand between a number and its noun, or be the noun: lower case, not a stop word. */
    boolean plainWord(Tokens t, int i) {
        return t.isWord(i) && !t.isCapitalised(i) && !stopWords.contains(t.lower(i)) && !determiners.contains(t.lower(i));
    }

    boolean determiner(Tokens t, int i) {
        return t.isWord(i) && determiners.contains(t.lower(i));
    }
}
