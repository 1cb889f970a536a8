package org.newsmark.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Link;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.service.ProjectMergeService.NameClashResolver;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;

/**
 * The project as the exchange formats see it ({@link ExchangeProject}): read out of the project
 * for an export, and brought in from a file another tool wrote. An import writes the snapshot
 * into a new project in a temporary folder and merges that as {@link ProjectMergeService} merges
 * any project (articles by SHA-256, labels by name, analysts' name clashes asked, one transaction),
 * so a REFI-QDA or XMI import follows exactly the rules of a merge and nothing is half-written.
 */
public final class ExchangeService {

    private final ProjectSession session;
    private final ProjectSessions opener;

    ExchangeService(ProjectSession session, ProjectSessions opener) {
        this.session = session;
        this.opener = opener;
    }

    /** Everything in {@code scope} (one article or all, one analyst or all), read as one snapshot. */
    public ExchangeProject snapshot(ExportScope scope) {
        ProjectStore store = session.store();
        return store.inSnapshot(() -> read(store, scope));
    }

    private static ExchangeProject read(ProjectStore store, ExportScope scope) {
        List<Analyst> analysts = store.analysts().all();
        Long analystId = null;
        if (scope.analyst() != null) {
            Analyst a = store.analysts().findByName(scope.analyst()).orElseThrow(() -> new IllegalArgumentException(
                    "No analyst named \"" + scope.analyst() + "\" in " + store.name()));
            analystId = a.id();
            analysts = List.of(a);
        }
        List<Document> documents = new ArrayList<>();
        if (scope.documentId() != null) {
            documents.add(store.documents().find(scope.documentId()).orElseThrow(() -> new IllegalArgumentException(
                    "No document with id " + scope.documentId() + " in " + store.name())));
        } else {
            for (DocumentSummary s : store.documents().summaries(null)) {
                store.documents().find(s.id()).ifPresent(documents::add);
            }
        }
        documents.sort(Comparator.comparingLong(Document::id));
        Set<Long> docIds = new LinkedHashSet<>();
        documents.forEach(d -> docIds.add(d.id()));
        Map<Long, ArticleMetadata> metadata = new HashMap<>();
        store.metadata().all().forEach((id, m) -> {
            if (docIds.contains(id) && !m.isEmpty()) {
                metadata.put(id, m);
            }
        });
        List<Annotation> tags = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (Document d : documents) {
            tags.addAll(store.annotations().forDocument(d.id(), analystId));
            links.addAll(store.links().forDocument(d.id(), analystId));
        }
        List<ArticleCodes> codes = new ArrayList<>();
        Set<Long> analystIds = new LinkedHashSet<>();
        analysts.forEach(a -> analystIds.add(a.id()));
        store.attributes().allArticleCodes().forEach((doc, byAnalyst) -> byAnalyst.forEach((analyst, values) -> {
            if (docIds.contains(doc) && analystIds.contains(analyst) && !values.isEmpty()) {
                codes.add(new ArticleCodes(doc, analyst, values));
            }
        }));
        codes.sort(Comparator.comparingLong(ArticleCodes::documentId).thenComparingLong(ArticleCodes::analystId));
        Codebook codebook = new Codebook(store.labels().all(), store.attributes().all(), store.links().types());
        return new ExchangeProject(store.shortName(), analysts, codebook, store.sources().all(), documents, metadata,
                tags, links, codes);
    }

    /**
     * Brings {@code incoming} (read from {@code file}) into the project as a merge would; empty
     * when the resolver cancelled. The resolver is asked with {@code file}, never the temporary one.
     */
    public Optional<MergeReport> importProject(ExchangeProject incoming, Path file, NameClashResolver resolver)
            throws ProjectRefusedException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("newsmark-import-");
            Path staged = folder.resolve(ProjectMergeService.baseName(file) + ".newsmark");
            try (ProjectSession stage = opener.create(staged)) {
                ExchangeStaging.write(stage.store(), incoming);
            }
            NameClashResolver asked = (name, other, taken) -> resolver.newNameFor(name, file, taken);
            return session.merges().merge(staged, asked);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a temporary folder to read " + file.getFileName() + " in", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is removed by the system; the import itself is done
        }
    }
}
