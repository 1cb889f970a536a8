package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.service.CodebookImportPlan;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark codebook export|import}: share a study's codebook as a JSON file (docs/formats.md). */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Share the codebook (labels, definitions, attributes, article codes, link types) between projects.",
        subcommands = {CodebookCommand.Export.class, CodebookCommand.Import.class})
final class CodebookCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the project's codebook as a codebook file.")
    static final class Export implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
        String project;

        @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The codebook file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (ProjectSession session = CliProjects.openReadOnly(project)) {
                session.codebookFiles().export(out);
                var book = session.codebook().codebook();
                spec.commandLine().getErr().println("exported " + book.labels().size() + " labels, "
                        + book.attributes().size() + " attributes and article codes, " + book.linkTypes().size()
                        + " link types to " + out);
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Bring a codebook file into a project: labels are matched by name; what is new is added,",
                    "what differs is changed; nothing is removed and no tag is dropped. All or nothing:",
                    "one refusal (a key clash, a type change on values) changes nothing.",
                    "Link types are matched by name too; missing ones and new ends are added."})
    static final class Import implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
        String project;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE.json", description = "The codebook file.")
        Path file;

        @Option(names = "--builtin", paramLabel = "NAME",
                description = "Import a codebook that comes with Newsmark instead of a file: parc (Attribution (PARC):"
                        + " source, cue, content, linked by source of and cue of) or default.")
        String builtIn;

        @Option(names = "--dry-run", description = "Say what the import would do; change nothing.")
        boolean dryRun;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if ((file == null) == (builtIn == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "Give either FILE.json or --builtin NAME (not both).");
            }
            try (ProjectSession session = dryRun ? CliProjects.openReadOnly(project) : CliProjects.open(project)) {
                var files = session.codebookFiles();
                CodebookImportPlan plan = builtIn != null
                        ? (dryRun ? files.planBuiltIn(builtIn) : files.importBuiltIn(builtIn))
                        : (dryRun ? files.plan(file) : files.importFile(file));
                var out = spec.commandLine().getOut();
                out.println((dryRun ? "would: " : "") + plan.summary());
                plan.details().forEach(d -> out.println("  " + d));
                return dryRun && plan.isRefused() ? 1 : 0;
            }
        }
    }
}
