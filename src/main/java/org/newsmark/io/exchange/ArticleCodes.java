package org.newsmark.io.exchange;

import java.util.Objects;
import org.newsmark.domain.AttributeValues;

/** One analyst's article-level codes for one article (attribute ids of the snapshot's codebook). */
public record ArticleCodes(long documentId, long analystId, AttributeValues values) {

    public ArticleCodes {
        Objects.requireNonNull(values, "values");
    }
}
