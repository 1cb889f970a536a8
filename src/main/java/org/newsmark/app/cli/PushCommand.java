package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.domain.ServerAddress;
import org.newsmark.storage.ProjectCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark push FILE.newsmark URL}: a file project into an empty team project, all or nothing. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = "Copy a project file into an empty team project (made when missing), all or nothing. The file is not changed.")
final class PushCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The .newsmark project file.")
    Path file;

    @Parameters(index = "1", paramLabel = "URL", description = "postgresql://admin@host[:port]/database, as the administrator.")
    String url;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerAddress a = ServerLogin.address(url);
        ProjectCopy.Copied c = ServerLogin.run(a, p -> ProjectCopy.push(file, a, p));
        spec.commandLine().getOut().println("Pushed " + file.getFileName() + " to " + a.displayName() + ": " + c.of("documents")
                + " articles, " + c.of("annotations") + " tags, " + c.of("analysts") + " analysts (" + c.total() + " rows).");
        return 0;
    }
}
