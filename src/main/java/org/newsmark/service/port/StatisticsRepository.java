package org.newsmark.service.port;

import java.util.List;
import org.newsmark.domain.ArticleDensity;
import org.newsmark.domain.TagCount;

/** Counts of tags, grouped where the tags are (one query), for the statistics view and {@code newsmark stats}. */
public interface StatisticsRepository {

    /**
     * A key resolved for counting: {@code codeAttributeId} names the article code of a code key
     * (null for the others); {@code sourceCode} says its values are source ids, shown by name.
     */
    record Group(org.newsmark.domain.StatisticsKey key, Long codeAttributeId, boolean sourceCode) {
    }

    /**
     * Tags counted by {@code groups} (at least one), every analyst's or one's ({@code analystId}
     * null for all), ordered by the values. A multiple-choice code counts a tag once per value.
     */
    List<TagCount> count(List<Group> groups, Long analystId);

    /** Every article with its tags (all analysts' or one's) and length, by id. */
    List<ArticleDensity> density(Long analystId);
}
