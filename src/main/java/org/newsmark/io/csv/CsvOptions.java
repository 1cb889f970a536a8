package org.newsmark.io.csv;

/**
 * @param excel write a UTF-8 BOM and CRLF line ends, so Excel opens non-ASCII text correctly
 * @param raw   skip the CSV-injection guard (for scripts that must see cells byte for byte)
 */
public record CsvOptions(boolean excel, boolean raw) {

    public static final CsvOptions DEFAULT = new CsvOptions(false, false);
}
