package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.ImportException;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.io.webanno.WebAnnotationReader;
import org.newsmark.io.webanno.WebAnnotationWriter;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.service.ProjectMergeService.NameClashResolver;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;

/**
 * W3C Web Annotation files for the command line and the menus: an export of a scope, written
 * whole or not at all; an import against this project's articles (a Web Annotation file holds no
 * article text), merged as any exchange import is, then the file's article metadata filled in
 * where the project has none (a merge keeps the metadata of articles it already has).
 */
public final class WebAnnotationFiles {

    /** What an import brought: the merge, what was not taken (one line each), and how many articles gained metadata. */
    public record Imported(MergeReport merge, List<String> notTaken, int articlesWithNewMetadata) {
        public Imported {
            notTaken = List.copyOf(notTaken);
        }
    }

    private WebAnnotationFiles() {
    }

    public static void export(ProjectSession session, ExportScope scope, Path target) throws IOException {
        var project = session.exchange().snapshot(scope);
        AtomicOutput.write(target, out -> WebAnnotationWriter.write(project, out));
    }

    /** Empty when the resolver cancelled the merge. */
    public static Optional<Imported> importFile(ProjectSession session, Path file, NameClashResolver resolver)
            throws ImportException, ProjectRefusedException {
        ProjectStore store = session.store();
        List<Document> known = store.inSnapshot(() -> {
            List<Document> out = new ArrayList<>();
            for (DocumentSummary s : store.documents().summaries(null)) {
                store.documents().find(s.id()).ifPresent(out::add);
            }
            return out;
        });
        ExchangeRead read = WebAnnotationReader.read(file, known, session.metadata().all());
        Optional<MergeReport> merged = session.exchange().importProject(read.project(), file, resolver);
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        List<String> notTaken = new ArrayList<>(read.notTaken());
        int filled = 0;
        for (Map.Entry<Long, ArticleMetadata> e : read.project().metadata().entrySet()) {
            ArticleMetadata ours = session.metadata().of(e.getKey());
            ArticleMetadata both = e.getValue().overlaidWith(ours);
            if (!both.equals(ours)) {
                try {
                    session.metadata().set(e.getKey(), both);
                    filled++;
                } catch (ArticleRefusedException refused) {
                    notTaken.add(file.getFileName() + ": the metadata of \"" + title(read, e.getKey()) + "\" is not taken: "
                            + refused.getMessage());
                }
            }
        }
        return Optional.of(new Imported(merged.get(), notTaken, filled));
    }

    private static String title(ExchangeRead read, long documentId) {
        return read.project().document(documentId).map(Document::title).orElse("?");
    }
}
