package org.newsmark.app.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvTableWriter;
import org.newsmark.service.CorpusSearchService;
import org.newsmark.service.ProjectSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark search PROJECT QUERY}: every hit of a word or phrase, as CSV with code point offsets and context. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search every article for a word or phrase (case and accents folded, whole words); one CSV row per hit on"
                + " standard output: document_id, title, start, end (code points), before, text, after.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .newsmark project file, or a team project: postgresql://user@host[:port]/database.")
    String project;

    @Parameters(index = "1", paramLabel = "QUERY", description = "A word or phrase; quotes, AND, OR and * are plain characters.")
    String query;

    @Option(names = "--ranked", description = "Best-matching articles first (default: article order).")
    boolean ranked;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProjectSession session = CliProjects.openReadOnly(project)) {
            session.inSnapshot(() -> {
                CorpusSearchService.Result r = session.corpusSearch().search(query, null,
                        ranked ? CorpusSearchService.Order.RANKED : CorpusSearchService.Order.ARTICLE, Integer.MAX_VALUE);
                CsvTableWriter w = new CsvTableWriter(out, CsvOptions.DEFAULT, "document_id", "title", "start", "end", "before", "text", "after");
                for (CorpusSearchService.ArticleHits a : r.articles()) {
                    Document d = session.documents().find(a.documentId()).orElseThrow();
                    CodePointOffsets cp = new CodePointOffsets(d.text());
                    for (CorpusSearchService.Hit h : a.hits()) {
                        w.row(a.documentId(), a.title(), cp.toCodePoints(h.span().begin()), cp.toCodePoints(h.span().end()), h.before(),
                                h.text(), h.after());
                    }
                }
                w.flush();
                return null;
            });
        }
        // the command's own writer, so the CSV goes where picocli sends output (a test's buffer too)
        spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
