package org.newsmark.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.ImportException;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.newsmark.io.qdpx.QdcReader;
import org.newsmark.io.qdpx.QdcWriter;
import org.newsmark.io.qdpx.QdpxReader;
import org.newsmark.io.qdpx.QdpxWriter;
import org.newsmark.io.webanno.WebAnnotationReader;
import org.newsmark.io.webanno.WebAnnotationWriter;
import org.newsmark.io.xmi.XmiReader;
import org.newsmark.io.xmi.XmiWriter;
import org.newsmark.service.ProjectMergeService.MergeReport;
import org.newsmark.service.ProjectMergeService.NameClashResolver;
import org.newsmark.service.port.ProjectRefusedException;

/**
 * Files for other tools ({@link ExchangeFormat}): an export writes one snapshot of the project,
 * beside its target and moved into place when complete; an import reads the file (nothing is
 * written), says which analyst names clash, then merges it (decision 39).
 */
public final class ExchangeFiles {

    /**
     * What an import did, what the file held that could not be taken, and how many articles it
     * gave metadata they lacked (a Web Annotation file describes articles the project already has).
     */
    public record Imported(MergeReport merge, List<String> notTaken, int articlesWithNewMetadata) {
        public Imported {
            notTaken = List.copyOf(notTaken);
        }
    }

    private final ProjectSession session;

    ExchangeFiles(ProjectSession session) {
        this.session = session;
    }

    public void export(ExchangeFormat format, Path out, ExportScope scope) throws IOException {
        OutputGuard.requireSafe(session.store(), out);
        AtomicOutput.write(out, stream -> export(format, stream, scope));
    }

    /** To a stream (standard output). */
    public void export(ExchangeFormat format, OutputStream out, ExportScope scope) throws IOException {
        ExchangeProject p = session.exchange().snapshot(scope);
        switch (format) {
            case QDPX -> QdpxWriter.write(p, out);
            case QDC -> QdcWriter.write(p.codebook(), out);
            case XMI -> XmiWriter.write(p, out);
            case WEB_ANNOTATION -> WebAnnotationWriter.write(p, out);
        }
    }

    /** Reads {@code file}; nothing is written. Web Annotation targets are matched to this project's articles. */
    public ExchangeRead read(ExchangeFormat format, Path file) throws ImportException {
        return switch (format) {
            case QDPX -> QdpxReader.read(file);
            case QDC -> QdcReader.read(file);
            case XMI -> XmiReader.read(file);
            case WEB_ANNOTATION -> WebAnnotationReader.read(file, articles(), session.metadata().all());
        };
    }

    private List<Document> articles() {
        return session.store().inSnapshot(() -> {
            List<Document> out = new java.util.ArrayList<>();
            for (DocumentSummary s : session.store().documents().summaries(null)) {
                session.store().documents().find(s.id()).ifPresent(out::add);
            }
            return out;
        });
    }

    /** The incoming analysts this project already has by name (each needs a new name, or the knowing choice to combine). */
    public List<String> clashes(ExchangeRead read) {
        Set<String> ours = session.analysts().stream().map(Analyst::name).collect(Collectors.toSet());
        return read.project().analysts().stream().map(Analyst::name).filter(ours::contains).toList();
    }

    /** Every analyst name an incoming analyst may not be renamed to: ours and theirs. */
    public Set<String> takenNames(ExchangeRead read) {
        Set<String> taken = session.analysts().stream().map(Analyst::name).collect(Collectors.toSet());
        read.project().analysts().forEach(a -> taken.add(a.name()));
        return Set.copyOf(taken);
    }

    /** Merges what was read; empty when the resolver cancelled (nothing written). */
    public Optional<Imported> importRead(ExchangeFormat format, ExchangeRead read, Path file, NameClashResolver resolver)
            throws ProjectRefusedException {
        Optional<MergeReport> merged = session.exchange().importProject(read.project(), file, resolver);
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        List<String> notTaken = new java.util.ArrayList<>(read.notTaken());
        // a Web Annotation file's articles are this project's (by id): their metadata fill what ours lack
        int filled = format == ExchangeFormat.WEB_ANNOTATION ? WebAnnotationMetadata.fill(session, read, file, notTaken) : 0;
        return Optional.of(new Imported(merged.get(), notTaken, filled));
    }
}
