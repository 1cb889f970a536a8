package org.newsmark.service.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsmark.domain.Annotation;

/** Tags. Offsets are UTF-16 code units of the document text, half-open. */
public interface AnnotationRepository {

    /** Inserts {@code a}; keeps its id when it has one (undoing a delete), else assigns one. */
    Annotation insert(Annotation a);

    /** Inserts {@code a} unless the same analyst already has the same label on the same span; true when inserted. */
    boolean insertIfAbsent(Annotation a);

    /** Deletes {@code deleteIds} and inserts {@code inserts}, all or nothing; returns the inserted tags with their ids. */
    List<Annotation> applyBatch(List<Long> deleteIds, List<Annotation> inserts);

    /** Writes label, span, note and update time of an existing tag. */
    void update(Annotation a);

    void delete(long id);

    Optional<Annotation> find(long id);

    /** The stored tag of the same analyst with the same label on the same span in the same article (another id than {@code a}'s). */
    Optional<Annotation> findTwin(Annotation a);

    /** The tags of one document, of one analyst or (analystId null) all, in text order. */
    List<Annotation> forDocument(long documentId, Long analystId);

    /** Streams tags in (document, begin, end) order without holding them all; null filters mean all. */
    void forEach(Long documentId, Long analystId, Consumer<Annotation> sink);

    /** Every tag with that label, of every analyst in every document, with its values (a label merge). */
    List<Annotation> withLabel(long labelId);

    /** Whether another tag has the same document, analyst, label and span. */
    boolean hasTwin(Annotation a);

    long count(Long documentId, Long analystId);

    /** label id → number of tags, for one document and analyst. */
    Map<Long, Integer> countsByLabel(long documentId, long analystId);

    /** analyst id → number of tags in the document. */
    Map<Long, Integer> countsByAnalyst(long documentId);

    /** Analyst ids with at least one tag in the document. */
    List<Long> analystsOf(long documentId);

    /** Puts a tag of a replaced article version on its review list with {@code reason}, or takes it off (null). */
    void setReview(long id, org.newsmark.domain.anchor.Outcome reason);

    /** The tags of {@code documentId} still on its review list, by id in text order, with why they were not carried. */
    java.util.Map<Long, org.newsmark.domain.anchor.Outcome> reviews(long documentId);
}
