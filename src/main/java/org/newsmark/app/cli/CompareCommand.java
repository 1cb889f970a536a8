package org.newsmark.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvTableWriter;
import org.newsmark.agreement.AgreementMeasures;
import org.newsmark.agreement.AttributeAgreement;
import org.newsmark.agreement.LinkAgreement;
import org.newsmark.service.Comparison;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark compare PROJECT --a NAME --b NAME}: agreement between two analysts. See docs/cli-compare.md. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Agreement between two analysts: exact and overlap F1, character kappa, alpha-U, per label and overall.")
final class CompareCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Option(names = "--a", required = true, paramLabel = "NAME", description = "Analyst A.")
    String analystA;

    @Option(names = "--b", required = true, paramLabel = "NAME", description = "Analyst B.")
    String analystB;

    @Option(names = "--document", paramLabel = "ID", description = "Only this document (default: every document both tagged).")
    Long documentId;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--pairs-out", paramLabel = "FILE",
            description = "Also write the aligned pairs as CSV (code-point offsets); '-' writes them to standard output"
                    + " instead of the report, which then goes to standard error.")
    Path pairsOut;

    @Mixin
    CsvPresetOption csvPreset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CsvOptions options = csvPreset.resolve(spec.commandLine()).options();
        try (ProjectSession session = CliProjects.openReadOnly(project)) {
            Comparison c = session.comparisons().compare(analystA, analystB, documentId);
            boolean pairsToStdout = pairsOut != null && pairsOut.toString().equals("-");
            var report = pairsToStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
            switch (format) {
                case json -> report.println(json(c));
                case csv -> csv(c, report, options);
                case text -> text(c, report);
            }
            report.flush();
            if (pairsToStdout) {
                session.export().exportPairs(c, System.out, options);
                System.out.flush();
            } else if (pairsOut != null) {
                session.export().exportPairs(c, pairsOut, options);
            }
        }
        return 0;
    }

    static String json(Comparison c) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("a", c.a().name());
        root.put("b", c.b().name());
        root.put("documents", c.documents().size());
        root.put("overall", measures(c.report().overall()));
        Map<String, Object> labels = new LinkedHashMap<>();
        c.report().perLabel().forEach((label, m) -> labels.put(label, measures(m)));
        root.put("labels", labels);
        root.put("attributes", fields(c.attributes(), "pairs"));
        root.put("article_codes", fields(c.articleCodes(), "units"));
        root.put("links", links(c.links().report()));
        return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    /** name → {pairs|units, agreement, alpha}; NaN is null. */
    private static Map<String, Object> fields(Map<String, AttributeAgreement.Result> results, String countName) {
        Map<String, Object> out = new LinkedHashMap<>();
        results.forEach((name, r) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put(countName, r.units());
            o.put("agreement", orNull(r.agreement()));
            o.put("alpha", orNull(r.alpha()));
            out.put(name, o);
        });
        return out;
    }

    /** type → {matched, a, b, precision, recall, f1}, then "overall"; NaN is null (docs/cli.md). */
    private static Map<String, Object> links(LinkAgreement.Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        r.perType().forEach((type, x) -> out.put(type, linkFigures(x)));
        out.put("overall", linkFigures(r.overall()));
        return out;
    }

    private static Map<String, Object> linkFigures(LinkAgreement.Result x) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("matched", x.matched());
        o.put("a", x.a());
        o.put("b", x.b());
        o.put("precision", orNull(x.precision()));
        o.put("recall", orNull(x.recall()));
        o.put("f1", orNull(x.f1()));
        return o;
    }

    private static Map<String, Object> measures(AgreementMeasures m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("exact_f1", orNull(m.exactF1()));
        o.put("overlap_f1", orNull(m.overlapF1()));
        o.put("char_kappa", orNull(m.charKappa()));
        o.put("alpha_u", orNull(m.alphaU()));
        o.put("matches", m.matches());
        o.put("a_spans", m.aSpans());
        o.put("b_spans", m.bSpans());
        return o;
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    private static void csv(Comparison c, java.io.PrintWriter out, CsvOptions options) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CsvTableWriter w = new CsvTableWriter(bytes, options,
                "label", "exact_f1", "overlap_f1", "char_kappa", "alpha_u", "matches", "a_spans", "b_spans")) {
            for (var e : c.report().perLabel().entrySet()) {
                row(w, e.getKey(), e.getValue());
            }
            row(w, "(overall)", c.report().overall());
        }
        out.print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void row(CsvTableWriter w, String label, AgreementMeasures m) throws java.io.IOException {
        w.row(label, csvNumber(m.exactF1()), csvNumber(m.overlapF1()), csvNumber(m.charKappa()),
                csvNumber(m.alphaU()), m.matches(), m.aSpans(), m.bSpans());
    }

    /** A number cell (never guarded: a spreadsheet reads it as a number); empty when undefined. */
    private static Object csvNumber(double v) {
        return Double.isNaN(v) ? "" : new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.4f", v));
    }

    private static void text(Comparison c, java.io.PrintWriter out) {
        out.printf("%s vs %s, %d document(s)%n", c.a().name(), c.b().name(), c.documents().size());
        String format = "%-24s %8s %10s %10s %8s %8s %7s %7s%n";
        out.printf(format, "label", "exact F1", "overlap F1", "char kappa", "alpha-U", "matches", "A spans", "B spans");
        c.report().perLabel().forEach((label, m) -> textRow(out, format, label, m));
        textRow(out, format, "all labels", c.report().overall());
        if (c.links().report().overall().a() + c.links().report().overall().b() > 0) {
            String links = "%-24s %7s %7s %7s %9s %7s %8s%n";
            out.printf(links, "link type", "matched", "A links", "B links", "precision", "recall", "F1");
            c.links().report().perType().forEach((type, x) -> linkRow(out, links, type, x));
            linkRow(out, links, "all link types", c.links().report().overall());
        }
    }

    private static void linkRow(java.io.PrintWriter out, String format, String type, LinkAgreement.Result x) {
        out.printf(format, type.length() > 24 ? type.substring(0, 23) + "…" : type, x.matched(), x.a(), x.b(),
                num(x.precision()), num(x.recall()), num(x.f1()));
    }

    private static void textRow(java.io.PrintWriter out, String format, String label, AgreementMeasures m) {
        out.printf(format, label.length() > 24 ? label.substring(0, 23) + "…" : label, num(m.exactF1()), num(m.overlapF1()),
                num(m.charKappa()), num(m.alphaU()), m.matches(), m.aSpans(), m.bSpans());
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }

}
