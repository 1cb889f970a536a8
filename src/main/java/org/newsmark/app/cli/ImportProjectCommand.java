package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.service.ExchangeFiles;
import org.newsmark.service.ExchangeFormat;
import org.newsmark.service.ProjectMergeService;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark import-project PROJECT FILE [--format qdpx|qdc|xmi|webanno-json]}: another tool's work, merged. */
@Command(name = "import-project", mixinStandardHelpOptions = true,
        description = {"Import another tool's project: REFI-QDA (.qdpx from MAXQDA, ATLAS.ti, NVivo, QualCoder, or a .qdc codebook),",
                "UIMA CAS XMI (INCEpTION's export, zipped, or its project archive), W3C Web Annotation (JSON-LD; its articles must be in PROJECT).",
                "Merged as 'newsmark merge' merges: articles matched by SHA-256, labels by name, all or nothing;",
                "an analyst name PROJECT already has is renamed to \"NAME (FILE)\". What could not be taken is listed."})
final class ImportProjectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "qdpx|qdc|xmi|webanno-json",
            description = "The file's format; by default its name says (.qdpx, .qdc, .zip or .xmi, .jsonld or .json).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExchangeFormat f = (format == null ? ExchangeFormat.byFileName(file) : ExchangeFormat.byId(format))
                .orElseThrow(() -> new ParameterException(spec.commandLine(), format == null
                        ? "cannot tell the format of " + file.getFileName() + " from its name: give --format " + ExchangeFormat.allIds()
                        : "--format must be " + ExchangeFormat.allIds() + ", not '" + format + "'"));
        var out = spec.commandLine().getOut();
        try (ProjectSession session = CliProjects.open(project)) {
            ExchangeFiles files = session.exchangeFiles();
            ExchangeRead read = files.read(f, file);
            ExchangeFiles.Imported done = files.importRead(f, read, file, ProjectMergeService.NameClashResolver.suffixWithFileName())
                    .orElseThrow(() -> new IllegalStateException("import cancelled"));
            MergeReport r = done.merge();
            r.renamed().forEach((from, to) -> out.println("Renamed analyst \"" + from + "\" to \"" + to
                    + "\": " + project + " already has an analyst of that name."));
            out.printf("Imported %s (%s): %s.%n", file.getFileName(), f.description(), r.counts());
            if (done.articlesWithNewMetadata() > 0) {
                out.println("Metadata added to " + done.articlesWithNewMetadata() + " article(s) that had none.");
            }
            done.notTaken().forEach(n -> out.println("not taken: " + n));
        }
        return 0;
    }
}
