package org.newsmark.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsmark.agreement.AttributeAgreement;

/**
 * The compare window's second agreement table, "Attributes and article codes", as data: one
 * row per tag attribute and per article code, for the chosen document (when one is chosen)
 * and for all documents; its columns (short headers with tooltips) and the text Ctrl+C copies.
 * Cells read as in {@link AgreementTable}: three decimals, "n/a" where undefined.
 */
public final class AttributeTable {

    public static final String ATTRIBUTE = "attribute";
    public static final String ARTICLE_CODE = "article code";

    /** One row: scope ("this doc" / "all docs"), what it is (attribute / article code), its name and its numbers. */
    public record Row(String scope, String kind, String name, AttributeAgreement.Result result) {
    }

    /** One column: a short header, what it means (the header's tooltip), its cell text. */
    public record Column(String header, String tip, Function<Row, String> cell) {
    }

    public static final List<Column> COLUMNS = List.of(
            new Column("Scope", "\"this doc\": the document chosen above; \"all docs\": every document both analysts tagged"
                    + " (article codes: every article both coded).", Row::scope),
            new Column("Kind", "An attribute of tags, or an article-level code.", Row::kind),
            new Column("Name", "The attribute's or article code's name (an attribute name several labels declare is one row).",
                    Row::name),
            new Column("Units", "Attributes: exact matches (same label, same span) where A or B gave a value."
                    + " Article codes: articles both coded where A or B set it.", r -> Long.toString(r.result().units())),
            new Column("Agree", "Share of the units with the same value on both sides (a multiple choice: the same set);"
                    + " a value only one side gave counts against it.", r -> AgreementTable.format(r.result().agreement())),
            new Column("α", "Krippendorff's alpha, nominal (DKPro Statistics); a value only one side gave is a missing value."
                    + " n/a: no units with two values, or no variation.", r -> AgreementTable.format(r.result().alpha())));

    /** The chosen document's rows (null when all documents are chosen), then all documents': attributes, then article codes. */
    static List<Row> rows(Figures chosen, Figures all) {
        List<Row> rows = new ArrayList<>();
        if (chosen != null) {
            add(rows, AgreementTable.THIS_DOCUMENT, chosen);
        }
        add(rows, AgreementTable.ALL_DOCUMENTS, all);
        return rows;
    }

    /** One scope's figures: by attribute name and by article code name. */
    record Figures(Map<String, AttributeAgreement.Result> attributes, Map<String, AttributeAgreement.Result> articleCodes) {
    }

    private static void add(List<Row> rows, String scope, Figures c) {
        c.attributes().forEach((name, r) -> rows.add(new Row(scope, ATTRIBUTE, name, r)));
        c.articleCodes().forEach((name, r) -> rows.add(new Row(scope, ARTICLE_CODE, name, r)));
    }

    /** Tab-separated, the header first, each cell as the window shows it. */
    static String tsv(List<Row> rows) {
        return TabSeparated.of(COLUMNS.stream().map(Column::header).toList(), COLUMNS.stream().map(Column::cell).toList(), rows);
    }

    private AttributeTable() {
    }
}
