package org.newsmark.io.brat;

import java.util.List;

/**
 * A brat {@code T} line. {@code label} is already mapped back to Newsmark's form
 * ({@code attributed_opinion} → {@code attributed opinion}, see {@link BratLabelNames});
 * {@code bratType} is the type exactly as written. More than one fragment = discontinuous span.
 */
public record BratTextBound(String id, String label, String bratType, List<BratFragment> fragments, String text,
                            long line) {

    public BratTextBound {
        fragments = List.copyOf(fragments);
    }

    public boolean isDiscontinuous() {
        return fragments.size() > 1;
    }
}
