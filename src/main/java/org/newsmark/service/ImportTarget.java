package org.newsmark.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.io.ImportException;
import org.newsmark.service.port.ProjectStore;

/**
 * The bookkeeping every annotation import shares, used inside one transaction: finds or adds
 * documents (by text), analysts and labels, adds tags unless identical ones exist, and counts.
 * Analyst and label names go through {@link Names}: stripped, and a refused name stops the import.
 */
final class ImportTarget {

    private final ProjectStore project;
    private final Map<String, Analyst> analysts = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private final List<String> analystsCreated = new ArrayList<>();
    private final List<String> labelsCreated = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> choicesAdded = new ArrayList<>();
    private final ImportedSources sources;
    private final java.util.Set<Long> documentsAdded = new java.util.HashSet<>();
    private final java.util.Set<Long> documentsMatched = new java.util.HashSet<>();
    private int added;
    private int present;
    private int linksAdded;
    private final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    ImportTarget(ProjectStore project) {
        this.sources = new ImportedSources(project);
        this.project = project;
        project.analysts().all().forEach(a -> analysts.put(a.name(), a));
        project.labels().all().forEach(l -> labels.put(l.name(), l));
    }

    /**
     * The project's document with this text, added (with this title and source) when missing. A
     * text to add must pass the rules every article does ({@link DocumentService}: not blank, not
     * over the size limit); a refusal names {@code file}, the file the text came from.
     */
    Document document(String title, String sourceName, String text, String file) throws ImportException {
        var existing = project.documents().findBySha256(TextHash.sha256(text));
        if (existing.isPresent()) {
            if (!documentsAdded.contains(existing.get().id())) {
                documentsMatched.add(existing.get().id());
            }
            return existing.get();
        }
        try {
            DocumentService.requireTaggableText(title, text);
        } catch (ArticleRefusedException e) {
            throw new ImportException(file, e.getMessage());
        }
        Document d = project.documents().insert(title, sourceName, text);
        documentsAdded.add(d.id());
        return d;
    }

    /**
     * The analyst of that name (stripped, checked by {@link Names}), created when new. A refused
     * name stops the import naming the article's file, since the formats' readers do not all know
     * the line of a name (CSV rows are checked with their line before they get here).
     */
    private Analyst analyst(String raw, Document d) throws ImportException {
        String name;
        try {
            name = Names.analyst(raw);
        } catch (Names.InvalidNameException e) {
            throw new ImportException(fileOf(d), e.describe("analyst"));
        }
        return analysts.computeIfAbsent(name, n -> {
            analystsCreated.add(n);
            return project.analysts().findOrCreate(n);
        });
    }

    /** The label of that name (stripped, checked by {@link Names}), added to the codebook when new. */
    private Label label(String raw, Document d, String analyst) throws ImportException {
        String name;
        try {
            name = Names.label(raw);
        } catch (Names.InvalidNameException e) {
            throw new ImportException(fileOf(d), e.describe("label") + " (analyst " + Names.shown(analyst) + ")");
        }
        Label exact = labels.get(name);
        if (exact != null) {
            return exact;
        }
        // another tool's "Source" is the codebook's "source": one label differing only in case is taken, never a second made
        List<Label> sameButCase = labels.values().stream().filter(l -> l.name().equalsIgnoreCase(name)).distinct().toList();
        if (sameButCase.size() == 1) {
            labels.put(name, sameButCase.get(0));
            return sameButCase.get(0);
        }
        return labels.computeIfAbsent(name, n -> {
            labelsCreated.add(n);
            return project.labels().insert(n, DefaultCodebook.colorFor(labels.size() - DefaultCodebook.labels().size()), null, "");
        });
    }

    private static String fileOf(Document d) {
        return d.sourceName() == null || d.sourceName().isBlank() ? d.title() : d.sourceName();
    }

    void annotate(Document d, String analyst, String label, Span span, String note, String fragmentGroup)
            throws ImportException {
        annotate(d, analyst, label, span, note, fragmentGroup, null, null);
    }

    /** As above, keeping the times the file gives (null: the import's time). */
    void annotate(Document d, String analyst, String label, Span span, String note, String fragmentGroup,
                  Instant created, Instant updated) throws ImportException {
        annotate(d, analyst, label, span, note, fragmentGroup, created, updated, null);
    }

    /**
     * As above, with the attribute values the row gives, checked against the tag's label by
     * {@code values} (null: none).
     */
    /** @return the tag as stored: the one added, or the identical one the project already had */
    Annotation annotate(Document d, String analyst, String label, Span span, String note, String fragmentGroup,
                  Instant created, Instant updated, AttributeSource values) throws ImportException {
        Instant c = created == null ? now : created;
        Instant u = updated == null ? (created == null ? now : created) : updated;
        long analystId = analyst(analyst, d).id();
        Label l = label(label, d, analyst);
        Annotation a = new Annotation(0, d.id(), analystId, l.id(), span,
                note == null ? "" : note, fragmentGroup, c, u, values == null ? null : values.of(l));
        java.util.Optional<Annotation> twin = project.annotations().findTwin(a);
        if (twin.isPresent()) {
            present++;
            return twin.get();
        }
        added++;
        return project.annotations().insert(a);
    }

    /** Adds the link unless the same one is there; a link between tags just added or already present. */
    void link(org.newsmark.domain.Link l) {
        if (!project.links().hasTwin(l)) {
            project.links().insert(l);
            linksAdded++;
        }
    }

    Instant now() {
        return now;
    }

    /** A row's attribute values once its label is known. */
    @FunctionalInterface
    interface AttributeSource {
        org.newsmark.domain.AttributeValues of(Label label) throws ImportException;
    }

    /** A choice an import added to an attribute (--add-choices), as "speaker type: spokesperson". */
    void choiceAdded(String what) {
        choicesAdded.add(what);
    }

    /** Source names of the file as sources, created (named persons) when the project has none of that name. */
    ImportedSources sources() {
        return sources;
    }

    void skip(String what) {
        skipped.add(what);
    }

    ImportReport report() {
        return new ImportReport(documentsAdded.size(), documentsMatched.size(), added, present,
                List.copyOf(analystsCreated), List.copyOf(labelsCreated), List.copyOf(skipped), choicesAdded, linksAdded, sources.created());
    }
}
