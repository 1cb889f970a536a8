package org.newsmark.agreement;

import java.util.List;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Observed and expected disagreement of one label, computed by DKPro Statistics itself
 * ({@code KrippendorffAlphaUnitizingAgreement}). Used for studies of ordinary size; its cost
 * grows with units × gaps, so {@link UnitizingAlpha} switches to its own identical formula for
 * large ones (see docs/decisions/0005-agreement-matching.md).
 */
final class DkproUnitizing extends KrippendorffAlphaUnitizingAgreement {

    private DkproUnitizing(UnitizingAnnotationStudy study) {
        super(study);
    }

    /** {observed, expected} for one label; {@code unitsByRater} holds disjoint [begin, end) pairs per rater. */
    static double[] disagreement(long length, List<long[]> unitsByRater) {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(unitsByRater.size(), 0, length);
        for (int rater = 0; rater < unitsByRater.size(); rater++) {
            long[] units = unitsByRater.get(rater);
            for (int i = 0; i < units.length; i += 2) {
                study.addUnit(units[i], units[i + 1] - units[i], rater, "label");
            }
        }
        DkproUnitizing measure = new DkproUnitizing(study);
        return new double[] {measure.calculateObservedCategoryDisagreement("label"),
                measure.calculateExpectedCategoryDisagreement("label")};
    }
}
