package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.newsmark.agreement.AgreementCalculator;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.DocumentComparisonInput;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.agreement.PairwiseMatrix;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.service.port.ProjectStore;

/**
 * Compares two analysts' tags with the agreement package: on one document, or on every document
 * both of them tagged. Unknown names and ids fail with a message fit to show as is.
 */
public final class ComparisonService {

    private final ProjectSession session;
    private final ProjectStore project;

    ComparisonService(ProjectSession session) {
        this.session = session;
        this.project = session.store();
    }

    public Analyst requireAnalyst(String name) {
        return session.findAnalyst(name).orElseThrow(() -> new IllegalArgumentException(
                "No analyst named \"" + name + "\" in " + session.name() + "."));
    }

    public Document requireDocument(long id) {
        return project.documents().find(id).orElseThrow(() -> new IllegalArgumentException(
                "No document with id " + id + " in " + session.name() + "."));
    }

    /** Compares by name; {@code documentId} null means every document both analysts tagged. */
    public Comparison compare(String analystA, String analystB, Long documentId) {
        return project.inSnapshot(() -> compareNow(analystA, analystB, documentId));
    }

    private Comparison compareNow(String analystA, String analystB, Long documentId) {
        Analyst a = requireAnalyst(analystA);
        Analyst b = requireAnalyst(analystB);
        List<Document> docs = documentId == null ? taggedByBoth(a, b) : List.of(requireDocument(documentId));
        return compare(a, b, docs);
    }

    /** Both analysts' tags in {@code documents}, read from one snapshot of the project. */
    public Comparison compare(Analyst a, Analyst b, List<Document> documents) {
        return project.inSnapshot(() -> compareNow(a, b, documents));
    }

    private Comparison compareNow(Analyst a, Analyst b, List<Document> documents) {
        Map<Long, String> labelNames = new HashMap<>();
        Map<String, Label> byName = new LinkedHashMap<>();
        for (Label l : project.labels().all()) {
            labelNames.put(l.id(), l.name());
            byName.put(l.name(), l);
        }
        List<DocumentComparisonInput> inputs = new ArrayList<>();
        for (Document d : documents) {
            inputs.add(new DocumentComparisonInput(d.length(), spans(d, a, labelNames), spans(d, b, labelNames)));
        }
        AgreementReport report = AgreementCalculator.compare(inputs);
        return new Comparison(a, b, documents, report, byName);
    }

    /**
     * The first two of {@code people} (in their order) who both tagged some article, or empty:
     * one pass over the articles, reading only who tagged each.
     */
    public Optional<List<Analyst>> firstPairWithSharedArticles(List<Analyst> people) {
        java.util.Set<List<Long>> shared = new java.util.HashSet<>();
        for (DocumentSummary s : project.documents().summaries(null)) {
            List<Long> analysts = project.annotations().analystsOf(s.id());
            for (Long x : analysts) {
                for (Long y : analysts) {
                    shared.add(List.of(x, y));
                }
            }
        }
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                if (shared.contains(List.of(people.get(i).id(), people.get(j).id()))) {
                    return Optional.of(List.of(people.get(i), people.get(j)));
                }
            }
        }
        return Optional.empty();
    }

    /** Documents where both analysts have at least one tag, in import order. */
    public List<Document> taggedByBoth(Analyst a, Analyst b) {
        List<Document> out = new ArrayList<>();
        for (DocumentSummary s : project.documents().summaries(null)) {
            List<Long> analysts = project.annotations().analystsOf(s.id());
            if (analysts.contains(a.id()) && analysts.contains(b.id())) {
                project.documents().find(s.id()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Every pair of analysts that tagged something, each pair over the documents both tagged
     * (or only {@code documentId}). {@code exclude} names analysts to leave out (e.g. consensus).
     */
    public PairwiseMatrix pairwise(Long documentId, List<String> exclude) {
        return project.inSnapshot(() -> pairwiseNow(documentId, exclude));
    }

    private PairwiseMatrix pairwiseNow(Long documentId, List<String> exclude) {
        List<Analyst> analysts = session.analysts().stream()
                .filter(x -> !exclude.contains(x.name()))
                .sorted(java.util.Comparator.comparing(Analyst::name)).toList();
        List<PairwiseMatrix.Entry> entries = new ArrayList<>();
        for (int i = 0; i < analysts.size(); i++) {
            for (int j = i + 1; j < analysts.size(); j++) {
                Analyst a = analysts.get(i);
                Analyst b = analysts.get(j);
                List<Document> docs = documentId == null ? taggedByBoth(a, b) : List.of(requireDocument(documentId));
                AgreementReport r = compare(a, b, docs).report();
                entries.add(new PairwiseMatrix.Entry(a.name(), b.name(), r.overall(), r.perLabel()));
            }
        }
        return new PairwiseMatrix(analysts.stream().map(Analyst::name).toList(), entries);
    }

    /** All aligned pairs of a comparison in document and text order, with code-point offsets. */
    public static List<ExportedPair> exportedPairs(Comparison c) {
        List<ExportedPair> out = new ArrayList<>();
        for (int i = 0; i < c.documents().size(); i++) {
            Document d = c.documents().get(i);
            CodePointOffsets offsets = new CodePointOffsets(d.text());
            for (AlignedPair p : c.report().pairsPerDocument().get(i)) {
                out.add(ExportedPair.of(d, offsets, p));
            }
        }
        return out;
    }

    private List<LabeledSpan> spans(Document d, Analyst analyst, Map<Long, String> labelNames) {
        List<LabeledSpan> out = new ArrayList<>();
        for (Annotation x : project.annotations().forDocument(d.id(), analyst.id())) {
            out.add(new LabeledSpan(labelNames.getOrDefault(x.labelId(), "?"), x.span()));
        }
        return out;
    }
}
