package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.service.AnnotationImportService;
import org.newsmark.service.ImportReport;
import org.newsmark.domain.TaskControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark import-brat PROJECT DIR}. */
@Command(name = "import-brat", mixinStandardHelpOptions = true,
        description = {"Import a brat standoff folder: one sub-folder per analyst, each with NAME.txt + NAME.ann.",
                "Articles are matched by text; T lines become tags, # notes become notes; relations, events",
                "and attributes are listed as skipped. The project is created when missing. All or nothing."})
final class ImportBratCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Parameters(index = "1", paramLabel = "DIR", description = "The brat folder.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ImportReport r = CliProjects.inNewOrExisting(project,
                session -> session.annotationImports().importBrat(folder, TaskControl.NONE));
        Reports.print(spec.commandLine().getOut(), r);
        return 0;
    }
}
