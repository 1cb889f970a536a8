package org.newsmark.io.csv;

import java.io.UncheckedIOException;

/**
 * What commons-csv found wrong, in its own words: it reports a syntax error as an
 * UncheckedIOException whose message is the cause's class name and message, and the analyst
 * should read the reason ("Invalid character between encapsulated token and delimiter at line: 2,
 * position: 44"), not "org.apache.commons.csv.CSVException".
 */
final class CsvSyntax {

    private CsvSyntax() {
    }

    static String reason(Throwable e) {
        Throwable t = e;
        while (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
