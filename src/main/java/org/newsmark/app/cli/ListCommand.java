package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark list PROJECT}: documents with ids, titles, SHA-256 and tag counts per analyst. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the project's documents: id, SHA-256 of the text, title, and tags per analyst.")
final class ListCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (ProjectSession session = CliProjects.openReadOnly(project)) {
            // one snapshot: the counts agree with the documents even while the app is tagging
            session.inSnapshot(() -> {
                List<Analyst> analysts = session.analysts();
                out.println("id\tsha256\ttitle\ttags");
                for (DocumentSummary d : session.documents().summaries(null)) {
                    Map<Long, Integer> counts = session.documents().countsByAnalyst(d.id());
                    String perAnalyst = analysts.stream().filter(a -> counts.containsKey(a.id()))
                            .map(a -> a.name() + "=" + counts.get(a.id())).collect(Collectors.joining(", "));
                    out.println(d.id() + "\t" + d.sha256() + "\t" + d.title() + "\t" + (perAnalyst.isEmpty() ? "-" : perAnalyst));
                }
                return null;
            });
        }
        return 0;
    }
}
