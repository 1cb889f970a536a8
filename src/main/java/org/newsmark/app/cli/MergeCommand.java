package org.newsmark.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.service.ProjectMergeService;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsmark merge PROJECT OTHER}: brings OTHER's analysts and tags into PROJECT, all or nothing. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge another project's analysts and their tags into PROJECT (documents matched by SHA-256, "
                + "labels by name). An analyst name both have is renamed to \"NAME (OTHERFILE)\".")
final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project to merge into.")
    Path project;

    @Parameters(index = "1", paramLabel = "OTHER_PROJECT", description = "The project to take analysts from (not changed).")
    Path other;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (ProjectSession session = Wiring.projects().open(project)) {
            MergeReport r = session.merges()
                    .merge(other, ProjectMergeService.NameClashResolver.suffixWithFileName())
                    .orElseThrow(() -> new IllegalStateException("merge cancelled"));
            r.renamed().forEach((from, to) -> out.println("Renamed analyst \"" + from + "\" to \"" + to
                    + "\": " + project.getFileName() + " already has an analyst of that name."));
            out.printf("Merged %s into %s: %s.%n", other.getFileName(), project.getFileName(), r.counts());
            r.linkEndsWidened().forEach(w -> out.println("Link type " + w + " now allowed, as " + other.getFileName() + " has such links."));
        }
        return 0;
    }
}
