package org.newsmark.app.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.StatisticsTable;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.StatisticsFiles;
import org.newsmark.service.StatisticsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark stats PROJECT --by KEYS [--analyst NAME] [--format csv|json] [--out FILE]}. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Count tags by outlet, label, analyst, month, article or article code (read-only).",
                "CSV: one column per key in the order given, then tags; JSON: an array of objects with the same fields.",
                "A multiple-choice code counts a tag once per value its analyst chose."})
final class StatsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Option(names = "--by", paramLabel = "KEYS",
            description = "Comma-separated keys: outlet, label, analyst, month (of the published date, YYYY-MM),"
                    + " article, code:NAME (the value of article code NAME set by the tag's analyst).")
    String by;

    @Option(names = "--density", description = "Instead of counts: every article's tags per 1,000 characters"
            + " (document_id, title, outlet, characters, tags, tags_per_1000_chars; CSV only).")
    boolean density;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Only this analyst's tags.")
    String analyst;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "csv (the default) or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Output file; '-' for standard output (the default).")
    Path out;

    @Mixin
    CsvPresetOption csvPreset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean json = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> false;
            case "json" -> true;
            default -> throw new ParameterException(spec.commandLine(), "--format must be csv or json, not '" + format + "'");
        };
        if (density == (by != null)) {
            throw new ParameterException(spec.commandLine(), "give either --by KEYS or --density");
        }
        if (density && json) {
            throw new ParameterException(spec.commandLine(), "--density writes CSV only");
        }
        org.newsmark.io.csv.CsvOptions csv = csvPreset.resolve(spec.commandLine()).options();
        List<StatisticsKey> keys = List.of();
        if (!density) {
            try {
                keys = StatisticsKey.parseList(by);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--by: " + e.getMessage());
            }
        }
        boolean stdout = out.toString().equals("-");
        try (ProjectSession session = CliProjects.openReadOnly(project)) {
            StatisticsService stats = session.statistics();
            Optional<String> who = Optional.ofNullable(analyst);
            if (density) {
                List<org.newsmark.domain.ArticleDensity> rows;
                try {
                    rows = stats.density(who);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
                if (stdout) {
                    stats.exportDensity(rows, System.out, csv);
                } else {
                    stats.write(out, s -> stats.exportDensity(rows, s, csv));
                    spec.commandLine().getErr().println("wrote the density of " + rows.size() + " articles to " + out);
                }
                System.out.flush();
                return 0;
            }
            StatisticsTable table;
            try {
                table = stats.count(keys, who);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (stdout) {
                write(table, json, csv, System.out);
                System.out.flush();
            } else {
                if (json) {
                    stats.exportJson(table, out);
                } else {
                    stats.exportCsv(table, out, csv);
                }
                spec.commandLine().getErr().println("wrote " + table.rows().size() + " rows (" + table.total() + " tags) to " + out);
            }
        }
        return 0;
    }

    private static void write(StatisticsTable table, boolean json, org.newsmark.io.csv.CsvOptions csv, OutputStream stream)
            throws java.io.IOException {
        if (json) {
            StatisticsFiles.json(table, stream);
        } else {
            StatisticsFiles.csv(table, stream, csv);
        }
    }
}
