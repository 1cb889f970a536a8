package org.newsmark.service.port;

import java.util.List;
import java.util.Map;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;

/** The codebook's attribute declarations and the article codes analysts set. */
public interface AttributeRepository {

    /** Every declaration: per label in editor order, then the article codes. */
    List<Attribute> all();

    /** Declares {@code a} (its id ignored) after the others of its label; returns it with its id. */
    Attribute insert(Attribute a);

    /** Declares {@code a} again under its own id (undoing a merge), after the others of its label. */
    Attribute restore(Attribute a);

    /** Removes a declaration and its choices; no tag or article may have a value for it any more. */
    void delete(long attributeId);

    /** Gives these declarations label {@code labelId}, in this order (a merge and its undo). */
    void place(long labelId, List<Long> attributeIds);

    /** Writes name, required, definition and choices of an existing declaration. */
    void update(Attribute a);

    /** Moves every declaration of label {@code from} to label {@code to} (a merge of labels). */
    void moveToLabel(long from, long to);

    /** attribute id → number of tags or articles with a value for it. */
    Map<Long, Long> valueCounts();

    /** The values already given to a text attribute, most used first, at most {@code limit}: the editor's suggestions. */
    List<String> usedValues(long attributeId, int limit);

    /** One analyst's article codes for one article. */
    AttributeValues articleCodes(long documentId, long analystId);

    /** Replaces one analyst's article codes for one article. */
    void setArticleCodes(long documentId, long analystId, AttributeValues values);

    /** Every analyst's article codes for one article: analyst id → codes. */
    Map<Long, AttributeValues> articleCodesOf(long documentId);

    /** Every (document, analyst) with article codes, for exports: document id → analyst id → codes. */
    Map<Long, Map<Long, AttributeValues>> allArticleCodes();
}
