package org.newsmark.agreement;

/**
 * The agreement numbers for one scope (all labels, or one label). Values that cannot be computed
 * are NaN, never 0, so the UI can show "n/a" instead of a misleading number.
 *
 * @param exactF1 2 * matches / (aSpans + bSpans): F1 taking either analyst as the reference
 *        (brat-iaa "instance-based", GATE "strict"); NaN when neither analyst marked anything
 * @param overlapF1 same with {@code overlapMatches} (GATE "lenient"); NaN likewise
 * @param charKappa Cohen's kappa over characters (see {@link CharacterAgreement}); for one label,
 *        inside/outside that label; overall, the set of labels covering each character
 * @param alphaU Krippendorff's unitizing alpha (see {@link UnitizingAlpha})
 * @param matches span pairs with the same label and identical offsets, one-to-one
 * @param overlapMatches span pairs with the same label that overlap, one-to-one, greedy by
 *        largest overlap; includes the exact matches
 * @param aSpans number of spans analyst A marked in this scope
 * @param bSpans number of spans analyst B marked in this scope
 */
public record AgreementMeasures(double exactF1, double overlapF1, double charKappa, double alphaU,
        long matches, long overlapMatches, long aSpans, long bSpans) {

    /** 2k / (a + b), or NaN for two empty sets: there is no agreement or disagreement to report. */
    public static double f1(long pairs, long aSpans, long bSpans) {
        long total = aSpans + bSpans;
        return total == 0 ? Double.NaN : 2.0 * pairs / total;
    }
}
