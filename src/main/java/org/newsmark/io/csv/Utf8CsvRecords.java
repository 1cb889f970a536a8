package org.newsmark.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * RFC 4180 records written straight into UTF-8 bytes, byte for byte what commons-csv's
 * {@code CSVFormat.RFC4180} printer (minimal quoting) through a UTF-8 {@code OutputStreamWriter}
 * wrote: a cell is quoted when it is empty and first in its record, starts with a character up to
 * {@code '#'}, holds a comma, a double quote, CR or LF, or ends with a character up to a space;
 * quotes inside are doubled; a lone surrogate becomes {@code ?}. Large exports went through a
 * cell list, the printer, a StringBuilder, a copy of it per chunk and a charset encoder: most of a
 * million-row export's time and 3 GB of garbage. Closing closes the stream.
 */
final class Utf8CsvRecords implements Closeable {

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] separator;
    private final byte[] buf = new byte[SIZE];
    private int n;
    private boolean first = true;

    /** @param crlf records end with CR LF, else LF */
    Utf8CsvRecords(OutputStream out, boolean crlf) {
        this.out = out;
        this.separator = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
    }

    /** The UTF-8 byte order mark, for spreadsheets. */
    void byteOrderMark() throws IOException {
        room(3);
        buf[n++] = (byte) 0xEF;
        buf[n++] = (byte) 0xBB;
        buf[n++] = (byte) 0xBF;
    }

    void cell(String s) throws IOException {
        int len = s.length();
        boolean quote = needsQuotes(s, len); // before delimit(): an empty first cell is quoted
        delimit();
        if (quote) {
            quoted(s, len);
        } else {
            chars(s, 0, len);
        }
    }

    /** A number: digits and a sign never need quotes. */
    void cell(long v) throws IOException {
        delimit();
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                chars(Long.toString(v), 0, 20);
                return;
            }
            room(1);
            buf[n++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = v; p >= 10; p /= 10) {
            digits++;
        }
        room(digits);
        for (int i = n + digits - 1; i >= n; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n += digits;
    }

    /**
     * Exactly {@code t.toString()} (see {@link org.newsmark.domain.IsoInstants#format}), digits
     * straight into the bytes for whole milliseconds in the years 1970–9999: formatting the two
     * times of each row through strings was a fifth of an export's time.
     */
    void cell(java.time.Instant t) throws IOException {
        long seconds = t.getEpochSecond();
        int nanos = t.getNano();
        if (nanos % 1_000_000 != 0 || seconds < 0 || seconds >= 253_402_300_800L) {
            cell(t.toString());
            return;
        }
        delimit();
        room(24);
        long days = seconds / 86_400;
        int secondOfDay = (int) (seconds % 86_400);
        // the civil date of a day number (H. Hinnant's days_from_civil, inverted), days ≥ 0 here
        long z = days + 719_468;
        long era = z / 146_097;
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        digits(year, 4);
        buf[n++] = '-';
        digits(month, 2);
        buf[n++] = '-';
        digits(day, 2);
        buf[n++] = 'T';
        digits(secondOfDay / 3_600, 2);
        buf[n++] = ':';
        digits(secondOfDay / 60 % 60, 2);
        buf[n++] = ':';
        digits(secondOfDay % 60, 2);
        if (nanos != 0) {
            buf[n++] = '.';
            digits(nanos / 1_000_000, 3);
        }
        buf[n++] = 'Z';
    }

    /** v in exactly {@code width} digits, zero-padded (v has at most that many). */
    private void digits(int v, int width) {
        for (int i = n + width - 1; i >= n; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n += width;
    }

    void endRecord() throws IOException {
        room(separator.length);
        for (byte b : separator) {
            buf[n++] = b;
        }
        first = true;
    }

    void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private boolean needsQuotes(String s, int len) {
        if (len == 0) {
            return first;
        }
        if (s.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return s.charAt(len - 1) <= ' ';
    }

    private void delimit() throws IOException {
        if (first) {
            first = false;
            return;
        }
        room(1);
        buf[n++] = ',';
    }

    private void quoted(String s, int len) throws IOException {
        room(1);
        buf[n++] = '"';
        int from = 0;
        for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
            chars(s, from, i + 1);
            from = i; // the quote again, doubling it
        }
        chars(s, from, len);
        room(1);
        buf[n++] = '"';
    }

    /** UTF-8 of s[from, to); a surrogate without its other half is written as '?', as the JDK's encoder does. */
    private void chars(String s, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            room(Math.min(to - i, SIZE / 4) * 3);
            int end = Math.min(to, i + SIZE / 4);
            // ASCII runs, the usual case, one byte per char
            while (i < end) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                buf[n++] = (byte) c;
                i++;
            }
            while (i < end) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    buf[n++] = (byte) c;
                } else if (c < 0x800) {
                    buf[n++] = (byte) (0xC0 | c >> 6);
                    buf[n++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    buf[n++] = (byte) (0xE0 | c >> 12);
                    buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    room(4);
                    buf[n++] = (byte) (0xF0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    buf[n++] = '?';
                }
                i++;
            }
        }
    }

    private void room(int bytes) throws IOException {
        if (n + bytes > SIZE) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }
}
