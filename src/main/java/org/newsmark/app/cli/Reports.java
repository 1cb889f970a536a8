package org.newsmark.app.cli;

import java.io.PrintWriter;
import org.newsmark.service.ImportReport;

/** Prints an import report: one summary line, then each skipped line. */
final class Reports {

    private Reports() {
    }

    static void print(PrintWriter out, ImportReport r) {
        out.println(r.summary());
        r.skipped().forEach(s -> out.println("skipped: " + s));
    }
}
