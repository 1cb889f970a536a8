package org.newsmark.agreement;

import java.util.List;
import java.util.SortedMap;

/**
 * Everything {@link AgreementCalculator#compare} found for two analysts.
 *
 * @param overall measures over all labels and all documents
 * @param perLabel the same measures restricted to one label, sorted by label
 * @param confusion label conflicts (A's label x B's label) over all documents
 * @param pairsPerDocument the aligned outcomes of each document, in input order, in text order
 */
public record AgreementReport(AgreementMeasures overall, SortedMap<String, AgreementMeasures> perLabel,
        LabelConfusion confusion, List<List<AlignedPair>> pairsPerDocument) {
}
