package org.newsmark.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newsmark.agreement.AgreementMeasures;
import org.newsmark.agreement.AgreementReport;

/**
 * The agreement table of the compare window as data: its rows (the chosen document, then all
 * documents), its columns (short headers whose tooltips say what they mean) and the text Ctrl+C
 * copies. Shared by the window, the copy and the CSV export, so the three show the same cells.
 */
public final class AgreementTable {

    /** One row of the agreement table. */
    public record Row(String scope, String label, AgreementMeasures m) {
    }

    /** One column of the agreement table: a short header, what it means (the header's tooltip), its cell text. */
    public record Column(String header, String tip, Function<Row, String> cell) {
    }

    public static final String THIS_DOCUMENT = "this doc";
    public static final String ALL_DOCUMENTS = "all docs";

    /** The agreement table's columns, as the window shows them and Ctrl+C copies them. */
    public static final List<Column> COLUMNS = List.of(
            new Column("Scope", "\"this doc\": the document chosen above; \"all docs\": every document both analysts tagged.",
                    Row::scope),
            new Column("Label", "One label, or all labels together.", Row::label),
            new Column("F1 exact", "Exact-match F1: 2·matches / (A spans + B spans). A match: same label, identical begin and"
                    + " end, one-to-one (brat-iaa instance, GATE strict).", r -> format(r.m().exactF1())),
            new Column("F1 overlap", "Overlap F1: same label and overlapping, one-to-one, greedy by largest overlap; includes"
                    + " exact matches (GATE lenient).", r -> format(r.m().overlapF1())),
            new Column("κ char", "Cohen's kappa over characters: each character inside/outside the label's spans (overall:"
                    + " the set of labels covering it).", r -> format(r.m().charKappa())),
            new Column("α-U", "Krippendorff's unitizing alpha on the character continuum: penalises boundary distance and"
                    + " spans only one analyst marked.", r -> format(r.m().alphaU())),
            new Column("Match", "Exact matches: same label, same begin and end.", r -> Long.toString(r.m().matches())),
            new Column("A", "Spans analyst A marked in this scope.", r -> Long.toString(r.m().aSpans())),
            new Column("B", "Spans analyst B marked in this scope.", r -> Long.toString(r.m().bSpans())));

    /** The chosen document's rows (null when all documents are chosen: they would repeat the rows below), then all documents. */
    static List<Row> rows(AgreementReport chosen, AgreementReport all) {
        List<Row> rows = new ArrayList<>();
        if (chosen != null) {
            rows.add(new Row(THIS_DOCUMENT, "all labels", chosen.overall()));
            chosen.perLabel().forEach((l, m) -> rows.add(new Row(THIS_DOCUMENT, l, m)));
        }
        rows.add(new Row(ALL_DOCUMENTS, "all labels", all.overall()));
        all.perLabel().forEach((l, m) -> rows.add(new Row(ALL_DOCUMENTS, l, m)));
        return rows;
    }

    /** Tab-separated, the header first, each cell as the window shows it. */
    static String tsv(List<Row> rows) {
        return TabSeparated.of(COLUMNS.stream().map(Column::header).toList(), COLUMNS.stream().map(Column::cell).toList(), rows);
    }

    /** Three decimals, "n/a" where a measure is undefined (no spans on either side). */
    static String format(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private AgreementTable() {
    }
}
