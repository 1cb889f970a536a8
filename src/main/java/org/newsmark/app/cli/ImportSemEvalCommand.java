package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.service.AnnotationImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark import-semeval PROJECT ARTICLE.txt LABELS}. */
@Command(name = "import-semeval", mixinStandardHelpOptions = true,
        description = {"Import a SemEval-2020 Task 11 article (articleID.txt) and its labels file",
                "(ID<TAB>label<TAB>begin<TAB>end, or ID<TAB>begin<TAB>end; offsets in code points)."})
final class ImportSemEvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.") String project;
    @Parameters(index = "1", paramLabel = "ARTICLE.txt") Path article;
    @Parameters(index = "2", paramLabel = "LABELS") Path labels;

    @Option(names = "--analyst", paramLabel = "NAME", defaultValue = "semeval",
            description = "Analyst the spans are recorded for (default: ${DEFAULT-VALUE}).")
    String analyst;

    @Option(names = "--label", paramLabel = "LABEL", defaultValue = "propaganda",
            description = "Label for span-only lines (default: ${DEFAULT-VALUE}).")
    String label;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Reports.print(spec.commandLine().getOut(), CliProjects.inNewOrExisting(project,
                session -> session.annotationImports().importSemEval(article, labels, analyst, label)));
        return 0;
    }
}
