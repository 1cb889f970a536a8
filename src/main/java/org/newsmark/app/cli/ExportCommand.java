package org.newsmark.app.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvPreset;
import org.newsmark.service.BratExportReport;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ExportService;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsmark export PROJECT --format csv|jsonl|brat|qdpx|qdc|xmi|webanno-json --out PATH ...}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export tags. Offsets are Unicode code points, end exclusive (Python's text[start:end]).",
                "CSV: --preset data (the default) writes every value exactly as in the article;",
                "--preset spreadsheet is for Excel and LibreOffice."})
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Option(names = "--format", paramLabel = "csv|jsonl|brat|qdpx|qdc|xmi|webanno-json", defaultValue = "csv",
            description = {"csv (one row per tag; the default), jsonl (one line per document), brat (a folder per analyst);",
                    "for other tools: qdpx (REFI-QDA project: MAXQDA, ATLAS.ti, NVivo, QualCoder), qdc (REFI-QDA codebook),",
                    "xmi (UIMA CAS XMI and its type system, zipped; also an INCEpTION project archive),",
                    "webanno-json (W3C Web Annotation, JSON-LD). See docs/formats.md."})
    String format;

    @Option(names = "--out", paramLabel = "PATH", defaultValue = "-",
            description = "Output file (csv, jsonl; '-' for standard output, the default) or folder (brat).")
    Path out;

    @Option(names = "--what", paramLabel = "tags|article-codes|links|sources|articles", defaultValue = "tags",
            description = "tags (the default), or article-codes: one CSV row per analyst, article and code"
                    + " (document_id, document_sha256, title, analyst, code, value), or links: one CSV row per link"
                    + " (document_id, analyst, link, from_id, from_label, from_start, from_end, to_id, to_label, to_start, to_end),"
                    + " or sources: one CSV row per source (source_id, name, kind, role, affiliation, quotes, articles, outlets),"
                    + " or articles: one CSV row per article (document_id, document_sha256, title, outlet, author, published, url,"
                    + " language, then the custom fields).")
    String what;

    @Option(names = "--document", paramLabel = "ID", description = "Only this document (see 'newsmark list').")
    Long document;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Only this analyst's tags.")
    String analyst;

    @Mixin
    CsvPresetOption csvPreset;

    @Spec
    CommandSpec spec;

    @ParentCommand
    NewsmarkCli cli;

    @Override
    public Integer call() throws Exception {
        var exchange = org.newsmark.service.ExchangeFormat.byId(format);
        if (exchange.isPresent()) {
            return ExchangeExport.run(cli, spec, project, exchange.get(), out, new ExportScope(document, analyst), what);
        }
        ExportService.Format f = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> ExportService.Format.CSV;
            case "jsonl", "json" -> ExportService.Format.JSONL;
            case "brat" -> ExportService.Format.BRAT;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be csv, jsonl, brat, " + org.newsmark.service.ExchangeFormat.allIds() + ", not '" + format + "'");
        };
        boolean stdout = out.toString().equals("-");
        if (stdout && f == ExportService.Format.BRAT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "brat export writes a folder: give --out a folder, not '-'");
        }
        CsvPreset preset = csvPreset.resolve(spec.commandLine());
        String kind = what.toLowerCase(java.util.Locale.ROOT);
        boolean codes = switch (kind) {
            case "tags", "links", "sources", "articles" -> false;
            case "article-codes" -> true;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--what must be tags, article-codes, links, sources or articles, not '" + what + "'");
        };
        boolean links = kind.equals("links");
        boolean sources = kind.equals("sources");
        boolean articles = kind.equals("articles");
        if (articles && f != ExportService.Format.CSV) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--what articles writes CSV: use --format csv (JSON Lines carries the metadata with each document)");
        }
        if (sources && f != ExportService.Format.CSV) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--what sources writes CSV: use --format csv (JSON Lines carries the sources with each document)");
        }
        if (codes && f != ExportService.Format.CSV) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--what article-codes writes CSV: use --format csv (JSON Lines carries the codes with each document)");
        }
        if (links && f != ExportService.Format.CSV) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--what links writes CSV: use --format csv (JSON Lines and brat carry the links with each document)");
        }
        boolean tagRows = !articles && !sources && !links && !codes && f != ExportService.Format.BRAT;
        try (ProjectSession session = tagRows ? CliProjects.openToExport(project) : CliProjects.openReadOnly(project)) {
            if (articles) {
                if (stdout) {
                    try (OutputStream o = cli.stdout()) {
                        session.metadata().table().export(o, preset.options());
                    }
                } else {
                    long rows = session.metadata().table().export(out, preset.options());
                    spec.commandLine().getErr().println("exported " + rows + " articles to " + out);
                }
                return 0;
            }
            if (sources) {
                if (stdout) {
                    try (OutputStream o = cli.stdout()) {
                        session.sources().table().export(o, preset.options());
                    }
                } else {
                    long rows = session.sources().table().export(out, preset.options());
                    spec.commandLine().getErr().println("exported " + rows + " sources to " + out);
                }
                return 0;
            }
            if (links) {
                ExportScope scope = new ExportScope(document, analyst);
                if (stdout) {
                    try (OutputStream o = cli.stdout()) {
                        session.export().exportLinks(o, scope, preset.options());
                    }
                } else {
                    long rows = session.export().exportLinks(out, scope, preset.options());
                    spec.commandLine().getErr().println("exported " + rows + " links to " + out);
                }
                return 0;
            }
            if (codes) {
                ExportScope scope = new ExportScope(document, analyst);
                if (stdout) {
                    try (OutputStream o = cli.stdout()) {
                        session.export().exportArticleCodes(o, scope, preset.options());
                    }
                } else {
                    session.export().exportArticleCodes(out, scope, preset.options());
                    spec.commandLine().getErr().println("exported the article codes to " + out);
                }
                return 0;
            }
            ExportService export = session.export();
            ExportScope scope = new ExportScope(document, analyst);
            CsvOptions csv = preset.options();
            switch (f) {
                case CSV -> {
                    if (stdout) {
                        try (OutputStream o = cli.stdout()) {
                            export.exportCsv(o, scope, csv, TaskControl.NONE);
                        }
                    } else {
                        export.exportCsv(out, scope, csv, TaskControl.NONE);
                    }
                }
                case JSONL -> {
                    if (stdout) {
                        try (OutputStream o = cli.stdout()) {
                            export.exportJsonl(o, scope, TaskControl.NONE);
                        }
                    } else {
                        export.exportJsonl(out, scope, TaskControl.NONE);
                    }
                }
                case BRAT -> printBrat(export.exportBrat(out, scope, TaskControl.NONE));
            }
            if (!stdout) {
                spec.commandLine().getErr().println("exported " + export.count(scope) + " tags to " + out);
            }
        }
        return 0;
    }

    /** Which folder holds whose tags, one line per analyst, then any warning; the total follows. */
    private void printBrat(BratExportReport report) {
        report.lines().forEach(spec.commandLine().getErr()::println);
        report.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    }
}
