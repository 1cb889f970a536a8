package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.service.AnnotationImportService;
import org.newsmark.service.ImportReport;
import org.newsmark.service.ProjectSession;
import org.newsmark.domain.TaskControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark import-annotations PROJECT FILE.csv}. */
@Command(name = "import-annotations", mixinStandardHelpOptions = true,
        description = {"Import tags from a CSV file (Newsmark's export or a subset of its columns).",
                "Needs analyst, label, start, end and document_sha256 or document_id; offsets are Unicode code points.",
                "Also takes an article-codes CSV (export --what article-codes; document_sha256, analyst, code, value suffice).",
                "All or nothing: a bad row stops the import and names its line."})
final class ImportAnnotationsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Parameters(index = "1", paramLabel = "FILE.csv", description = "The CSV file.")
    Path file;

    @picocli.CommandLine.Option(names = "--add-choices",
            description = "A choice value the codebook lacks (attr: columns) is added to the attribute's choices instead of refused.")
    boolean addChoices;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ProjectSession session = CliProjects.open(project)) {
            if (session.annotationImports().isArticleCodes(file)) {
                spec.commandLine().getOut().println(session.annotationImports().importArticleCodes(file, TaskControl.NONE).summary());
                return 0;
            }
            ImportReport r = session.annotationImports().importCsv(file, TaskControl.NONE, addChoices);
            Reports.print(spec.commandLine().getOut(), r);
        }
        return 0;
    }
}
