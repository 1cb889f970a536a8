package org.newsmark.io.csv;

/**
 * What a CSV writer does. Users do not combine these themselves: they choose a {@link CsvPreset}
 * (decision 13), whose {@link CsvPreset#options()} these are.
 *
 * @param excel write a UTF-8 BOM and CRLF line ends, so Excel opens non-ASCII text correctly
 * @param raw   skip the CSV-injection guard (every cell exactly as it is)
 */
public record CsvOptions(boolean excel, boolean raw) {

    /** LF, no BOM, guarded: neither preset; the writers' tests use it to see the guard alone. */
    public static final CsvOptions DEFAULT = new CsvOptions(false, false);
}
