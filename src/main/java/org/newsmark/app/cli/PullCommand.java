package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.domain.ServerAddress;
import org.newsmark.storage.ProjectCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark pull URL FILE.newsmark}: a snapshot of a team project as a new project file. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = "Make a new project file holding the team project as it is now (one consistent snapshot).")
final class PullCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "postgresql://user@host[:port]/database.")
    String url;

    @Parameters(index = "1", paramLabel = "FILE", description = "The new .newsmark file (must not exist).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerAddress a = ServerLogin.address(url);
        ProjectCopy.Copied c = ServerLogin.run(a, p -> ProjectCopy.pull(a, p, file));
        spec.commandLine().getOut().println("Pulled " + a.displayName() + " into " + file.getFileName() + ": " + c.of("documents")
                + " articles, " + c.of("annotations") + " tags, " + c.of("analysts") + " analysts (" + c.total() + " rows).");
        return 0;
    }
}
