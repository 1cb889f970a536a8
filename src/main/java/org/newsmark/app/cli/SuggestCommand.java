package org.newsmark.app.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code newsmark suggest PROJECT [--document ID] [--analyst NAME] [--claims] --out FILE.csv}: the detectors' suggestions as CSV. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = {"The detectors' suggestions as CSV, one row per suggestion: the tags CSV's",
                "columns (offsets in Unicode code points, end exclusive), then kind and confidence.",
                "Statistics and attributed opinions; claims with --claims. Nothing is changed.",
                "With --analyst, what they rejected or tagged is left out, and import-annotations",
                "takes the reviewed file as their tags."})
final class SuggestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Option(names = "--document", paramLabel = "ID", description = "Only this document (see 'newsmark list').")
    Long document;

    @Option(names = "--analyst", paramLabel = "NAME", description = "As this analyst sees them: without their rejections and tags.")
    String analyst;

    @Option(names = "--claims", description = "Claims too (weaker: sentences in the article's own voice).")
    boolean claims;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV file to write ('-' for standard output).")
    Path out;

    @Mixin
    CsvPresetOption csvPreset;

    @Spec
    CommandSpec spec;

    @ParentCommand
    NewsmarkCli cli;

    @Override
    public Integer call() throws Exception {
        var options = csvPreset.resolve(spec.commandLine()).options();
        ExportScope scope = new ExportScope(document, analyst);
        try (ProjectSession session = CliProjects.openReadOnly(project)) {
            if (analyst != null && session.findAnalyst(analyst.strip()).isEmpty()) {
                spec.commandLine().getErr().println("note: " + session.name() + " has no analyst named \"" + analyst.strip()
                        + "\": nothing is left out");
            }
            if (out.toString().equals("-")) {
                try (OutputStream o = cli.stdout()) {
                    session.suggestions().exportCsv(o, scope, claims, options, TaskControl.NONE);
                }
            } else {
                long rows = session.suggestions().exportCsv(out, scope, claims, options, TaskControl.NONE);
                spec.commandLine().getErr().println("wrote " + rows + " suggestions to " + out);
            }
        }
        return 0;
    }
}
