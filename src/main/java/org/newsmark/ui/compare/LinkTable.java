package org.newsmark.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newsmark.agreement.LinkAgreement;

/**
 * The compare window's links table as data: one row per link type and one for all types, for the
 * chosen document (when one is chosen) and for all documents; its columns and the text Ctrl+C
 * copies. A figure with nothing to divide by (no links on the side it counts) reads "—".
 */
public final class LinkTable {

    public static final String ALL_TYPES = "all link types";

    /** One row: scope ("this doc" / "all docs"), link type (or all) and its counts. */
    public record Row(String scope, String type, LinkAgreement.Result result) {
    }

    /** One column: a short header, what it means (the header's tooltip), its cell text. */
    public record Column(String header, String tip, Function<Row, String> cell) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("Scope", "\"this doc\": the document chosen above; \"all docs\": every document both analysts tagged.",
                    Row::scope),
            new Column("Link type", "One link type of the codebook, or all together (counts pooled).", Row::type),
            new Column("Match", "Links both made: same type, and both end tags with the same label and the same span; one to one.",
                    r -> Long.toString(r.result().matched())),
            new Column("A", "Links analyst A made in this scope.", r -> Long.toString(r.result().a())),
            new Column("B", "Links analyst B made in this scope.", r -> Long.toString(r.result().b())),
            new Column("P", "Precision, A as the reference: of B's links, the share A made too (Match / B).",
                    r -> format(r.result().precision())),
            new Column("R", "Recall, A as the reference: of A's links, the share B made too (Match / A).",
                    r -> format(r.result().recall())),
            new Column("F1", "2·Match / (A + B); the same whoever is the reference. — when neither made a link.",
                    r -> format(r.result().f1())));

    /** The chosen document's rows (null when all documents are chosen), then all documents': all types first, then each type. */
    static List<Row> rows(LinkAgreement.Report chosen, LinkAgreement.Report all) {
        List<Row> rows = new ArrayList<>();
        if (chosen != null) {
            add(rows, AgreementTable.THIS_DOCUMENT, chosen);
        }
        add(rows, AgreementTable.ALL_DOCUMENTS, all);
        return rows;
    }

    private static void add(List<Row> rows, String scope, LinkAgreement.Report r) {
        rows.add(new Row(scope, ALL_TYPES, r.overall()));
        r.perType().forEach((type, x) -> rows.add(new Row(scope, type, x)));
    }

    /** Tab-separated, the header first, each cell as the window shows it. */
    static String tsv(List<Row> rows) {
        return TabSeparated.of(COLUMNS.stream().map(Column::header).toList(), COLUMNS.stream().map(Column::cell).toList(), rows);
    }

    /** Three decimals; "—" where undefined. */
    static String format(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    private LinkTable() {
    }
}
