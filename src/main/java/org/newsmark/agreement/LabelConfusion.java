package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * How often analyst A's label (row) met a different label of analyst B (column) on overlapping
 * spans, i.e. counts of {@link OutcomeKind#LABEL_CONFLICT} pairs. The diagonal is always zero:
 * same-label pairs are matches or boundary differences, reported elsewhere.
 *
 * @param labels row and column labels, sorted
 * @param counts {@code counts[i][j]} = conflicts where A said labels[i] and B said labels[j]
 */
public record LabelConfusion(List<String> labels, long[][] counts) {

    public LabelConfusion {
        labels = List.copyOf(labels);
    }

    /** Builds the matrix over the given labels (typically every label either analyst used). */
    public static LabelConfusion of(Collection<String> labels, Iterable<AlignedPair> pairs) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(labels));
        long[][] counts = new long[sorted.size()][sorted.size()];
        for (AlignedPair p : pairs) {
            if (p.kind() == OutcomeKind.LABEL_CONFLICT) {
                int i = sorted.indexOf(p.a().label());
                int j = sorted.indexOf(p.b().label());
                if (i < 0 || j < 0) {
                    throw new IllegalArgumentException("label of " + p + " not among " + sorted);
                }
                counts[i][j]++;
            }
        }
        return new LabelConfusion(sorted, counts);
    }

    /** Conflicts where A used {@code labelA} and B used {@code labelB}; 0 for unknown labels. */
    public long count(String labelA, String labelB) {
        int i = labels.indexOf(labelA);
        int j = labels.indexOf(labelB);
        return i < 0 || j < 0 ? 0 : counts[i][j];
    }

    public long total() {
        long sum = 0;
        for (long[] row : counts) for (long c : row) sum += c;
        return sum;
    }
}
