package org.newsmark.agreement;

import java.util.List;

import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * Krippendorff's alpha for nominal coding data (each item gets one category per coder, or none),
 * e.g. document-level codes. A thin wrapper over DKPro Statistics, which handles missing values
 * the way Krippendorff (2011) does: items coded by fewer than two coders do not count.
 * <p>
 * Where alpha is undefined DKPro either throws ({@code InsufficientDataException}: fewer than two
 * categories in the whole study) or returns 0 (the expected disagreement of the pairable values
 * is 0, e.g. {a, a} next to {b, missing}); both are NaN here: no variation, nothing to measure.
 */
public final class NominalAlpha {

    private NominalAlpha() {
    }

    /**
     * @param coderCount number of coders
     * @param items one row per item, one value per coder in a fixed coder order; null = not coded
     * @return alpha, or NaN when there are no pairable values
     */
    public static double of(int coderCount, List<? extends List<?>> items) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(coderCount);
        int pairable = 0;
        for (List<?> item : items) {
            if (item.size() != coderCount) {
                throw new IllegalArgumentException("item needs " + coderCount + " values, got " + item);
            }
            if (item.stream().filter(v -> v != null).count() >= 2) pairable++;
            study.addItemAsArray(item.toArray());
        }
        if (pairable == 0) return Double.NaN;
        KrippendorffAlphaAgreement alpha = new KrippendorffAlphaAgreement(study, new NominalDistanceFunction());
        try {
            if (alpha.calculateExpectedDisagreement() == 0) return Double.NaN;
            return alpha.calculateAgreement();
        } catch (InsufficientDataException e) {
            return Double.NaN;
        }
    }
}
