package org.newsmark.service;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.AttributeAgreement;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;

/**
 * Two analysts compared over some documents. {@code report.pairsPerDocument()} is in the same
 * order as {@code documents}; spans there are UTF-16 offsets into each document's text.
 *
 * @param labelsByName the project's labels, so the UI can colour and write by label name
 * @param attributes agreement on each tag attribute of the codebook, by attribute name, over the
 *        exact matches (an attribute name several labels declare is one entry over all their matches)
 * @param articleCodes agreement on each article code, by name, over the articles in scope
 * @param links agreement on links per link type and overall, and the links one side lacks
 */
public record Comparison(Analyst a, Analyst b, List<Document> documents, AgreementReport report,
        Map<String, Label> labelsByName, SortedMap<String, AttributeAgreement.Result> attributes,
        SortedMap<String, AttributeAgreement.Result> articleCodes, ComparisonLinks links) {

    public Comparison {
        links = links == null ? ComparisonLinks.NONE : links;
        documents = List.copyOf(documents);
        labelsByName = Map.copyOf(labelsByName);
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        articleCodes = Collections.unmodifiableSortedMap(new TreeMap<>(articleCodes));
    }

    /** A comparison of spans alone: no attributes or article codes compared. */
    public Comparison(Analyst a, Analyst b, List<Document> documents, AgreementReport report, Map<String, Label> labelsByName) {
        this(a, b, documents, report, labelsByName, new TreeMap<>(), new TreeMap<>(), ComparisonLinks.NONE);
    }

    /** The aligned pairs of one of the compared documents, in text order. */
    public List<AlignedPair> pairsOf(long documentId) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).id() == documentId) {
                return report.pairsPerDocument().get(i);
            }
        }
        return List.of();
    }
}
