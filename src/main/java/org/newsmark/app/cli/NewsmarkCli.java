package org.newsmark.app.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsmark COMMAND ...}: the same jar without a window. Exit 0 on success, 2 on a usage
 * error, 1 on any other error with one clear line on stderr. See docs/cli.md.
 */
@Command(name = "newsmark", mixinStandardHelpOptions = true, version = "Newsmark 0.1",
        description = "Annotation workbench for media analysts. Without a command, opens the window:%n"
                + "  newsmark [PROJECT_FILE] [--import ARTICLE_FILE]... [--analyst NAME]",
        subcommands = {ListCommand.class, ImportCommand.class, ImportAnnotationsCommand.class,
                ImportBratCommand.class, ImportSemEvalCommand.class, ImportProjectCommand.class, ExportCommand.class, CompareCommand.class,
                MergeCommand.class, CodebookCommand.class, StatsCommand.class, SearchCommand.class, SuggestCommand.class, TeamCommand.class,
                PushCommand.class, PullCommand.class})
public final class NewsmarkCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether these arguments are for the command line rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || Set.of("--help", "-h", "--version", "-V", "help").contains(args[0]));
    }

    /**
     * The subcommands' names, written out: asking picocli for them built every command's model
     * (170 classes, a quarter of a second of every window's start). NewsmarkCliTest keeps the two in step.
     */
    static final Set<String> COMMANDS = Set.of("list", "import", "import-annotations", "import-brat", "import-semeval",
            "import-project", "export", "compare", "merge", "codebook", "stats", "search", "suggest", "team", "push",
            "pull");

    /** Standard output as bytes, for exports: see {@link #stdout()}. */
    private OutputStream stdout;

    /**
     * Standard output as bytes (exports write UTF-8 straight to it), after what the command
     * printed as text. Closing it only flushes: the command line's output stays open.
     */
    OutputStream stdout() {
        spec.commandLine().getOut().flush();
        return new FilterOutputStream(stdout) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len); // FilterOutputStream would write byte by byte
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** As the jar runs it: bytes to {@code stdout} (exports), text to it in UTF-8 (everything else). */
    public static int execute(String[] args, OutputStream stdout, PrintWriter err) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        return execute(args, out, stdout, err);
    }

    /** With standard output as text only (tests): exports are decoded from UTF-8 into {@code out}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        DecodingOutputStream bytes = new DecodingOutputStream(out);
        try {
            return execute(args, out, bytes, err);
        } finally {
            try {
                bytes.close();
            } catch (IOException e) {
                err.println("newsmark: " + e.getMessage());
            }
        }
    }

    private static int execute(String[] args, PrintWriter out, OutputStream stdout, PrintWriter err) {
        NewsmarkCli root = new NewsmarkCli();
        root.stdout = stdout;
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newsmark: " + CliErrors.oneLine(ex));
            commandLine.getErr().flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
