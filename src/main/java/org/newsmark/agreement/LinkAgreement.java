package org.newsmark.agreement;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Agreement of two analysts on typed links between tags. A link of A matches a link of B when
 * the type and both end tags are the same (label and span, exactly); each link matches at most
 * one (a one-to-one matching: two identical links of A and one of B make one match). A is the
 * reference: precision is the share of B's links A has too, recall the share of A's links B has;
 * F1 is the same either way. Counts are pooled over documents (micro), per type and overall.
 * Undefined figures (nothing on a side to divide by) are NaN. See docs/decisions/0021-link-agreement.md.
 */
public final class LinkAgreement {

    private LinkAgreement() {
    }

    /** One link as the agreement sees it: its type name and its two end tags (label and span). */
    public record LabeledLink(String type, LabeledSpan from, LabeledSpan to) {
        public LabeledLink {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** Both analysts' links in one document. */
    public record DocumentLinks(List<LabeledLink> a, List<LabeledLink> b) {
        public DocumentLinks {
            a = List.copyOf(a);
            b = List.copyOf(b);
        }
    }

    /**
     * @param matched links matched one to one
     * @param a A's links
     * @param b B's links
     */
    public record Result(long matched, long a, long b) {
        public static final Result NONE = new Result(0, 0, 0);

        /** matched / b: of B's links, the share A has (A the reference); NaN without links of B. */
        public double precision() {
            return b == 0 ? Double.NaN : (double) matched / b;
        }

        /** matched / a: of A's links, the share B has; NaN without links of A. */
        public double recall() {
            return a == 0 ? Double.NaN : (double) matched / a;
        }

        /** 2·matched / (a + b); NaN when neither side has a link. */
        public double f1() {
            return a + b == 0 ? Double.NaN : 2.0 * matched / (a + b);
        }

        Result plus(Result o) {
            return new Result(matched + o.matched, a + o.a, b + o.b);
        }
    }

    /**
     * @param perType by type name (sorted): every type given, linked or not, and every type linked
     * @param unmatchedA per document (input order), the indexes into A's links of those B lacks, in input order
     * @param unmatchedB the same for B
     */
    public record Report(SortedMap<String, Result> perType, Result overall, List<List<Integer>> unmatchedA,
                         List<List<Integer>> unmatchedB) {
        public Report {
            perType = Collections.unmodifiableSortedMap(new TreeMap<>(perType));
            unmatchedA = unmatchedA.stream().map(List::copyOf).toList();
            unmatchedB = unmatchedB.stream().map(List::copyOf).toList();
        }

        public static final Report EMPTY = new Report(new TreeMap<>(), Result.NONE, List.of(), List.of());
    }

    /** Compares the links of each document; {@code types} are listed in {@code perType} even when nobody used them. */
    public static Report compare(List<DocumentLinks> documents, Collection<String> types) {
        SortedMap<String, Result> perType = new TreeMap<>();
        types.forEach(t -> perType.put(t, Result.NONE));
        List<List<Integer>> unmatchedA = new ArrayList<>();
        List<List<Integer>> unmatchedB = new ArrayList<>();
        for (DocumentLinks d : documents) {
            Map<LabeledLink, Deque<Integer>> open = new HashMap<>();
            for (int i = 0; i < d.a().size(); i++) {
                open.computeIfAbsent(d.a().get(i), k -> new ArrayDeque<>()).add(i);
                add(perType, d.a().get(i).type(), new Result(0, 1, 0));
            }
            boolean[] matchedA = new boolean[d.a().size()];
            List<Integer> onlyB = new ArrayList<>();
            for (int j = 0; j < d.b().size(); j++) {
                LabeledLink l = d.b().get(j);
                Deque<Integer> twins = open.get(l);
                Integer i = twins == null ? null : twins.poll();
                if (i == null) {
                    onlyB.add(j);
                    add(perType, l.type(), new Result(0, 0, 1));
                } else {
                    matchedA[i] = true;
                    add(perType, l.type(), new Result(1, 0, 1));
                }
            }
            List<Integer> onlyA = new ArrayList<>();
            for (int i = 0; i < matchedA.length; i++) {
                if (!matchedA[i]) {
                    onlyA.add(i);
                }
            }
            unmatchedA.add(onlyA);
            unmatchedB.add(onlyB);
        }
        Result overall = perType.values().stream().reduce(Result.NONE, Result::plus);
        return new Report(perType, overall, unmatchedA, unmatchedB);
    }

    private static void add(Map<String, Result> perType, String type, Result r) {
        perType.merge(type, r, Result::plus);
    }
}
