package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newsmark.agreement.AgreementCalculator;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.AttributeAgreement;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.agreement.DocumentComparisonInput;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.agreement.PairwiseMatrix;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
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
        return documentId == null ? compareNow(a, b, taggedByBoth(a, b), true)
                : compareNow(a, b, List.of(requireDocument(documentId)), false);
    }

    /** Both analysts' tags in {@code documents}, read from one snapshot of the project. */
    public Comparison compare(Analyst a, Analyst b, List<Document> documents) {
        return project.inSnapshot(() -> compareNow(a, b, documents, false));
    }

    /**
     * Every document both analysts tagged; article codes over every article both coded, tagged
     * or not (see docs/agreement.md). What {@code compare(a, b, null)} by name gives.
     */
    public Comparison compareAll(Analyst a, Analyst b) {
        return project.inSnapshot(() -> compareNow(a, b, taggedByBoth(a, b), true));
    }

    private Comparison compareNow(Analyst a, Analyst b, List<Document> documents, boolean everyArticle) {
        Map<Long, String> labelNames = new HashMap<>();
        Map<String, Label> byName = new LinkedHashMap<>();
        for (Label l : project.labels().all()) {
            labelNames.put(l.id(), l.name());
            byName.put(l.name(), l);
        }
        List<DocumentComparisonInput> inputs = new ArrayList<>();
        List<Tags> tagsA = new ArrayList<>();
        List<Tags> tagsB = new ArrayList<>();
        for (Document d : documents) {
            Tags ta = new Tags(project.annotations().forDocument(d.id(), a.id()), labelNames);
            Tags tb = new Tags(project.annotations().forDocument(d.id(), b.id()), labelNames);
            tagsA.add(ta);
            tagsB.add(tb);
            inputs.add(new DocumentComparisonInput(d.length(), ta.spans, tb.spans));
        }
        AgreementReport report = AgreementCalculator.compare(inputs);
        Codebook book = new Codebook(project.labels().all(), project.attributes().all());
        ComparisonLinks links = ComparisonLinks.of(project.links(), documents, a.id(), b.id(),
                tagsA.stream().map(t -> t.tags).toList(), tagsB.stream().map(t -> t.tags).toList(), labelNames);
        return new Comparison(a, b, documents, report, byName, attributeAgreement(book, report, tagsA, tagsB, byName),
                articleCodeAgreement(book, a, b, documents, everyArticle), links);
    }

    /**
     * Per attribute name, one unit for each exact match whose label declares it: A's values and
     * B's. The values of an attribute the tag's label no longer declares (a relabelled tag) do not count.
     */
    private static SortedMap<String, AttributeAgreement.Result> attributeAgreement(Codebook book, AgreementReport report,
            List<Tags> tagsA, List<Tags> tagsB, Map<String, Label> byName) {
        Map<String, List<AttributeAgreement.Unit>> units = new TreeMap<>();
        book.attributes().stream().filter(x -> !x.isArticleCode()).forEach(x -> units.computeIfAbsent(x.name(), n -> new ArrayList<>()));
        for (int i = 0; i < report.pairsPerDocument().size(); i++) {
            Map<LabeledSpan, java.util.Deque<Annotation>> left = tagsA.get(i).byLabeledSpan();
            Map<LabeledSpan, java.util.Deque<Annotation>> right = tagsB.get(i).byLabeledSpan();
            for (AlignedPair p : report.pairsPerDocument().get(i)) {
                if (p.kind() != OutcomeKind.MATCH) {
                    continue;
                }
                Annotation x = next(left, p.a());
                Annotation y = next(right, p.b());
                Label label = byName.get(p.a().label());
                if (x == null || y == null || label == null) {
                    continue;
                }
                for (Attribute attribute : book.attributesOf(label.id())) {
                    units.get(attribute.name()).add(AttributeAgreement.Unit.of(x.attributes().get(attribute.id()),
                            y.attributes().get(attribute.id())));
                }
            }
        }
        return AttributeAgreement.byName(units);
    }

    /**
     * Per article code, one unit for each article both analysts coded (each set at least one
     * article code there) where A or B set this one. The articles: {@code documents}, or with
     * {@code everyArticle} every article of the project (article codes do not need tags).
     */
    private SortedMap<String, AttributeAgreement.Result> articleCodeAgreement(Codebook book, Analyst a, Analyst b,
            List<Document> documents, boolean everyArticle) {
        List<Attribute> codes = book.articleCodes();
        Map<String, List<AttributeAgreement.Unit>> units = new TreeMap<>();
        codes.forEach(x -> units.computeIfAbsent(x.name(), n -> new ArrayList<>()));
        if (codes.isEmpty() || a.id() < 0 || b.id() < 0) {
            return AttributeAgreement.byName(units);
        }
        Map<Long, Map<Long, AttributeValues>> all = project.attributes().allArticleCodes();
        java.util.Set<Long> scope = new java.util.TreeSet<>(everyArticle ? all.keySet() : documents.stream().map(Document::id).toList());
        for (long documentId : scope) {
            Map<Long, AttributeValues> byAnalyst = all.getOrDefault(documentId, Map.of());
            AttributeValues x = byAnalyst.get(a.id());
            AttributeValues y = byAnalyst.get(b.id());
            if (x == null || y == null || x.isEmpty() || y.isEmpty()) {
                continue; // not coded by both: a code one of them never gave here is not a disagreement
            }
            for (Attribute code : codes) {
                units.get(code.name()).add(AttributeAgreement.Unit.of(x.get(code.id()), y.get(code.id())));
            }
        }
        return AttributeAgreement.byName(units);
    }

    private static Annotation next(Map<LabeledSpan, java.util.Deque<Annotation>> tags, LabeledSpan s) {
        java.util.Deque<Annotation> q = tags.get(s);
        return q == null ? null : q.poll();
    }

    /** One analyst's tags in one document, as spans for the calculator and by label and span for their values. */
    private static final class Tags {
        final List<LabeledSpan> spans = new ArrayList<>();
        final List<Annotation> tags;

        Tags(List<Annotation> tags, Map<Long, String> labelNames) {
            this.tags = tags;
            for (Annotation x : tags) {
                spans.add(new LabeledSpan(labelNames.getOrDefault(x.labelId(), "?"), x.span()));
            }
        }

        /** A fresh map each time: the caller takes tags out of it. */
        Map<LabeledSpan, java.util.Deque<Annotation>> byLabeledSpan() {
            Map<LabeledSpan, java.util.Deque<Annotation>> out = new HashMap<>();
            for (int i = 0; i < tags.size(); i++) {
                out.computeIfAbsent(spans.get(i), k -> new java.util.ArrayDeque<>()).add(tags.get(i));
            }
            return out;
        }
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

}
