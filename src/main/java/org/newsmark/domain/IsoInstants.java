package org.newsmark.domain;

import java.time.Instant;
import java.nio.charset.StandardCharsets;
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
        // Latin-1 keeps every character of the stored form; anything else becomes a byte that fails it
        Instant t = n == 20 || n == 24 ? stored(s.getBytes(StandardCharsets.ISO_8859_1)) : null;
        return t != null ? t : Instant.parse(s);
    }

    /**
     * As {@link #parse(String)}, from the stored text's bytes (UTF-8): the stored form is ASCII, so
     * a database row's time needs no String.
     */
    public static Instant parse(byte[] b) {
        Instant t = stored(b);
        return t != null ? t : Instant.parse(new String(b, StandardCharsets.UTF_8));
    }

    /** The stored form of a time from 1970 on, or null for anything else (the JDK reads that, or says what is wrong). */
    private static Instant stored(byte[] b) {
        int n = b.length;
        if ((n == 20 || n == 24) && b[4] == '-' && b[7] == '-' && b[10] == 'T' && b[13] == ':' && b[16] == ':'
                && b[n - 1] == 'Z' && (n == 20 || b[19] == '.')) {
            int year = digits(b, 0, 4);
            int month = digits(b, 5, 2);
            int day = digits(b, 8, 2);
            int hour = digits(b, 11, 2);
            int minute = digits(b, 14, 2);
            int second = digits(b, 17, 2);
            int millis = n == 24 ? digits(b, 20, 3) : 0;
            if (year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= lengthOfMonth(year, month) && hour >= 0
                    && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && millis >= 0) {
                long days = epochDay(year, month, day);
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
            }
        }
        return null;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a valid date (Howard Hinnant's days_from_civil; years from 1970). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yoe = y - era * 400;
        int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468;
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

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int c = b[i];
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
