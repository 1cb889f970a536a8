package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.agreement.LinkAgreement;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;

/**
 * The links part of a {@link Comparison}: agreement per link type and overall, and every link one
 * analyst has and the other lacks (a link disagreement), with its end tags. See
 * docs/decisions/0021-link-agreement.md.
 *
 * @param unmatched in document order, A's then B's in each document, each side by link id
 */
public record ComparisonLinks(LinkAgreement.Report report, List<Unmatched> unmatched) {

    public static final ComparisonLinks NONE = new ComparisonLinks(LinkAgreement.Report.EMPTY, List.of());

    /** Whose link it is. */
    public enum Side { A, B }

    /** A link of one side the other side lacks, with its type's name and its two end tags. */
    public record Unmatched(Document document, Side side, String type, Link link, Annotation from, Annotation to) {
    }

    public ComparisonLinks {
        unmatched = List.copyOf(unmatched);
    }

    /**
     * Compares A's and B's links in {@code documents}; {@code tagsA} and {@code tagsB} hold each
     * document's tags of A and of B, in the same order, so an end is named by its label and span.
     */
    static ComparisonLinks of(org.newsmark.service.port.LinkRepository links, List<Document> documents,
                              long analystA, long analystB, List<List<Annotation>> tagsA, List<List<Annotation>> tagsB,
                              Map<Long, String> labelNames) {
        Map<Long, String> typeNames = new HashMap<>();
        List<LinkType> types = links.types();
        types.forEach(t -> typeNames.put(t.id(), t.name()));
        List<LinkAgreement.DocumentLinks> inputs = new ArrayList<>();
        List<Ends> endsA = new ArrayList<>();
        List<Ends> endsB = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            long id = documents.get(i).id();
            Ends x = new Ends(links.forDocument(id, analystA), tagsA.get(i), typeNames, labelNames);
            Ends y = new Ends(links.forDocument(id, analystB), tagsB.get(i), typeNames, labelNames);
            endsA.add(x);
            endsB.add(y);
            inputs.add(new LinkAgreement.DocumentLinks(x.labeled, y.labeled));
        }
        LinkAgreement.Report report = LinkAgreement.compare(inputs, types.stream().map(LinkType::name).toList());
        List<Unmatched> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            endsA.get(i).unmatched(documents.get(i), Side.A, report.unmatchedA().get(i), out);
            endsB.get(i).unmatched(documents.get(i), Side.B, report.unmatchedB().get(i), out);
        }
        return new ComparisonLinks(report, out);
    }

    /** One analyst's links in one document whose two ends are found among its tags, as the agreement sees them. */
    private static final class Ends {
        final List<LinkAgreement.LabeledLink> labeled = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<Annotation[]> ends = new ArrayList<>();
        final List<String> types = new ArrayList<>();

        Ends(List<Link> all, List<Annotation> tags, Map<Long, String> typeNames, Map<Long, String> labelNames) {
            Map<Long, Annotation> byId = new HashMap<>();
            tags.forEach(t -> byId.put(t.id(), t));
            for (Link l : all) {
                Annotation from = byId.get(l.fromTagId());
                Annotation to = byId.get(l.toTagId());
                if (from == null || to == null) {
                    continue; // storage never keeps such a link; a snapshot taken mid-edit must not fail the comparison
                }
                String type = typeNames.getOrDefault(l.typeId(), "?");
                labeled.add(new LinkAgreement.LabeledLink(type, labeled(from, labelNames), labeled(to, labelNames)));
                links.add(l);
                ends.add(new Annotation[] {from, to});
                types.add(type);
            }
        }

        void unmatched(Document d, Side side, List<Integer> indexes, List<Unmatched> out) {
            for (int i : indexes) {
                out.add(new Unmatched(d, side, types.get(i), links.get(i), ends.get(i)[0], ends.get(i)[1]));
            }
        }

        private static LabeledSpan labeled(Annotation a, Map<Long, String> labelNames) {
            return new LabeledSpan(labelNames.getOrDefault(a.labelId(), "?"), a.span());
        }
    }
}
