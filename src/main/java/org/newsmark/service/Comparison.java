package org.newsmark.service;

import java.util.List;
import java.util.Map;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;

/**
 * Two analysts compared over some documents. {@code report.pairsPerDocument()} is in the same
 * order as {@code documents}; spans there are UTF-16 offsets into each document's text.
 *
 * @param labelsByName the project's labels, so the UI can colour and write by label name
 */
public record Comparison(Analyst a, Analyst b, List<Document> documents, AgreementReport report,
        Map<String, Label> labelsByName) {

    public Comparison {
        documents = List.copyOf(documents);
        labelsByName = Map.copyOf(labelsByName);
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
