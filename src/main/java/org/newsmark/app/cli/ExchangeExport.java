package org.newsmark.app.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import org.newsmark.service.ExchangeFormat;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code export --format qdpx|qdc|xmi|webanno-json}: the whole project (or one article or analyst) for another tool. */
final class ExchangeExport {

    private ExchangeExport() {
    }

    static int run(NewsmarkCli cli, CommandSpec spec, String project, ExchangeFormat format, Path out, ExportScope scope,
                   String what) throws Exception {
        if (!what.equalsIgnoreCase("tags")) {
            throw new ParameterException(spec.commandLine(), "--what is for CSV; --format " + format.id()
                    + " writes the whole project (articles, codebook, tags, links, codes)");
        }
        boolean stdout = out.toString().equals("-");
        try (ProjectSession session = CliProjects.openReadOnly(project)) {
            if (stdout) {
                try (OutputStream o = cli.stdout()) {
                    session.exchangeFiles().export(format, o, scope);
                }
            } else {
                session.exchangeFiles().export(format, out, scope);
                spec.commandLine().getErr().println("exported " + session.export().count(scope) + " tags as "
                        + format.description() + " to " + out);
            }
        }
        return 0;
    }
}
