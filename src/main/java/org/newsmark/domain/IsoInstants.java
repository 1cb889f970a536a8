package org.newsmark.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads and writes the one timestamp form Newsmark stores and exports, {@code Instant.toString()}
 * of a millisecond instant ({@code 2026-11-25T19:25:48.375Z}, or {@code …:48Z} at a whole second),
 * without the general {@link java.time.format.DateTimeFormatter}, which was a third of the Java
 * time of a million-row export. Anything else goes to the JDK, so results are always the JDK's.
 */
public final class IsoInstants {

    private IsoInstants() {
    }

    public static Instant parse(String s) {
        int n = s.length();
        if ((n == 20 || n == 24) && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z' && (n == 20 || s.charAt(19) == '.')) {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = digits(s, 17, 2);
            int millis = n == 24 ? digits(s, 20, 3) : 0;
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour < 24
                    && minute >= 0 && minute < 60 && second >= 0 && second < 60 && millis >= 0) {
                try {
                    long days = LocalDate.of(year, month, day).toEpochDay();
                    return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
                } catch (java.time.DateTimeException e) {
                    // e.g. 31 February: let the JDK say what is wrong
                }
            }
        }
        return Instant.parse(s);
    }

    /** Exactly {@code t.toString()}. */
    public static String format(Instant t) {
        long seconds = t.getEpochSecond();
        int nanos = t.getNano();
        if (nanos % 1_000_000 != 0 || seconds < 0 || seconds >= 253_402_300_800L) { // outside years 1970–9999
            return t.toString();
        }
        long days = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        StringBuilder b = new StringBuilder(24);
        pad(b, date.getYear(), 4).append('-');
        pad(b, date.getMonthValue(), 2).append('-');
        pad(b, date.getDayOfMonth(), 2).append('T');
        pad(b, secondOfDay / 3_600, 2).append(':');
        pad(b, secondOfDay / 60 % 60, 2).append(':');
        pad(b, secondOfDay % 60, 2);
        if (nanos != 0) {
            pad(b.append('.'), nanos / 1_000_000, 3);
        }
        return b.append('Z').toString();
    }

    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(v);
    }
}
