package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Krippendorff's unitizing alpha (alpha-U; Krippendorff 1995, 2004 pp. 251-256) over one
 * continuum of characters, per label and overall, for any number of raters.
 * <p>
 * For ordinary studies the values come from DKPro Statistics ({@code KrippendorffAlphaUnitizingAgreement}).
 * Its expected disagreement loops over every gap for every unit with BigDecimal: about 2 s at
 * 2,000 units per rater and 24 s at 20,000 (see docs/agreement.md). Above {@link #DKPRO_MAX_UNITS}
 * the same formula is computed here with the gaps sorted once and a suffix sum, O(n log n);
 * tests check both paths give the same values on random studies.
 * <p>
 * Conventions, as in DKPro: a rater's overlapping units of one label are merged into one unit
 * (alpha-U requires them disjoint); the overall value is 1 - sum(D_o) / sum(D_e) over the labels
 * that have at least one unit. Differing from DKPro, a label with no units gives NaN rather than 0.
 */
public final class UnitizingAlpha {

    /**
     * Up to this many units of one label (all raters together) DKPro computes the value; above
     * it, the O(n log n) formula below, which agrees with DKPro to 1e-9 (tested). At 400 units
     * DKPro takes a few tens of milliseconds; at 40,000 it takes about 24 s.
     */
    static final int DKPRO_MAX_UNITS = 400;

    private final SortedMap<String, double[]> disagreementByLabel; // {observed, expected}

    private UnitizingAlpha(SortedMap<String, double[]> disagreementByLabel) {
        this.disagreementByLabel = disagreementByLabel;
    }

    /**
     * @param continuumLength length of the continuum; every span must end at or before it
     * @param spansByRater one list of spans per rater, offsets on the continuum
     */
    public static UnitizingAlpha compute(long continuumLength, List<List<LabeledSpan>> spansByRater) {
        return compute(continuumLength, spansByRater, DKPRO_MAX_UNITS);
    }

    /** As {@link #compute(long, List)}, choosing DKPro up to {@code dkproMaxUnits} units per label (tests force each path). */
    static UnitizingAlpha compute(long continuumLength, List<List<LabeledSpan>> spansByRater, int dkproMaxUnits) {
        TreeSet<String> labels = new TreeSet<>();
        for (List<LabeledSpan> spans : spansByRater) {
            for (LabeledSpan s : spans) {
                if (s.end() > continuumLength) {
                    throw new IllegalArgumentException(s + " ends after the continuum (length " + continuumLength + ")");
                }
                labels.add(s.label());
            }
        }
        List<Map<String, List<LabeledSpan>>> byRater = new ArrayList<>();
        for (List<LabeledSpan> spans : spansByRater) {
            Map<String, List<LabeledSpan>> m = new HashMap<>();
            for (LabeledSpan s : spans) m.computeIfAbsent(s.label(), l -> new ArrayList<>()).add(s);
            byRater.add(m);
        }
        SortedMap<String, double[]> result = new TreeMap<>();
        for (String label : labels) {
            List<long[]> units = new ArrayList<>();
            for (Map<String, List<LabeledSpan>> m : byRater) {
                units.add(IntervalUnion.of(m.getOrDefault(label, List.of()), false));
            }
            result.put(label, unitCount(units) <= dkproMaxUnits
                    ? DkproUnitizing.disagreement(continuumLength, units)
                    : new double[] {observedDisagreement(continuumLength, units), expectedDisagreement(continuumLength, units)});
        }
        return new UnitizingAlpha(Collections.unmodifiableSortedMap(result));
    }

    /** Alpha over all labels: 1 - sum of observed / sum of expected disagreement. */
    public double overall() {
        double observed = 0;
        double expected = 0;
        for (double[] d : disagreementByLabel.values()) {
            observed += d[0];
            expected += d[1];
        }
        return alpha(observed, expected);
    }

    /** Alpha for one label; NaN if no rater used it. */
    public double forLabel(String label) {
        double[] d = disagreementByLabel.get(label);
        return d == null ? Double.NaN : alpha(d[0], d[1]);
    }

    public double observedDisagreement(String label) {
        double[] d = disagreementByLabel.get(label);
        return d == null ? Double.NaN : d[0];
    }

    public double expectedDisagreement(String label) {
        double[] d = disagreementByLabel.get(label);
        return d == null ? Double.NaN : d[1];
    }

    private static int unitCount(List<long[]> unitsByRater) {
        int n = 0;
        for (long[] units : unitsByRater) {
            n += units.length / 2;
        }
        return n;
    }

    private static double alpha(double observed, double expected) {
        return expected == 0 ? Double.NaN : 1.0 - observed / expected;
    }

    /**
     * D_o: each rater's continuum is cut into units and gaps; every overlapping pair of sections
     * from two raters adds (begin diff)^2 + (end diff)^2 if both are units, the unit's length^2
     * if a unit lies wholly inside the other's gap, else 0. Normalised by R(R-1)L^2 / 2.
     */
    static double observedDisagreement(long length, List<long[]> unitsByRater) {
        int raters = unitsByRater.size();
        double sum = 0;
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                sum += pairDistance(sections(length, unitsByRater.get(r1)), sections(length, unitsByRater.get(r2)));
            }
        }
        return 2.0 * sum / ((double) raters * (raters - 1) * length * length);
    }

    /** Units and gaps tiling [0, length): {begin, end, isUnit (1/0)} triples. */
    private static long[] sections(long length, long[] units) {
        long[] out = new long[(units.length + 1) * 3 + 3];
        int n = 0;
        long position = 0;
        for (int i = 0; i < units.length; i += 2) {
            if (units[i] > position) {
                out[n++] = position; out[n++] = units[i]; out[n++] = 0;
            }
            out[n++] = units[i]; out[n++] = units[i + 1]; out[n++] = 1;
            position = units[i + 1];
        }
        if (position < length) {
            out[n++] = position; out[n++] = length; out[n++] = 0;
        }
        return Arrays.copyOf(out, n);
    }

    private static double pairDistance(long[] x, long[] y) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            long b1 = x[i], e1 = x[i + 1], b2 = y[j], e2 = y[j + 1];
            boolean unit1 = x[i + 2] == 1, unit2 = y[j + 2] == 1;
            if (unit1 && unit2) {
                double db = b1 - b2, de = e1 - e2;
                sum += db * db + de * de;
            } else if (unit1 && !unit2 && b2 <= b1 && e1 <= e2) {
                sum += (double) (e1 - b1) * (e1 - b1);
            } else if (!unit1 && unit2 && b1 <= b2 && e2 <= e1) {
                sum += (double) (e2 - b2) * (e2 - b2);
            }
            if (e1 < e2) i += 3; else if (e2 < e1) j += 3; else { i += 3; j += 3; }
        }
        return sum;
    }

    /**
     * D_e: the disagreement expected if each unit could lie anywhere it fits (within itself or in
     * any gap of any rater). For a unit of length l among N units:
     * (N-1)(2l^3 - 3l^2 + l)/3 + l^2 * sum over gaps g >= l of (g - l + 1), summed over units,
     * times 2/L, divided by RL(RL-1) - sum over units of l(l-1).
     */
    static double expectedDisagreement(long length, List<long[]> unitsByRater) {
        int raters = unitsByRater.size();
        int maxSections = 0;
        for (long[] units : unitsByRater) maxSections += units.length + 1;
        long[] gaps = new long[maxSections];
        long[] unitLengths = new long[maxSections];
        int gapCount = 0;
        int unitCount = 0;
        for (long[] units : unitsByRater) {
            long[] sections = sections(length, units);
            for (int i = 0; i < sections.length; i += 3) {
                long l = sections[i + 1] - sections[i];
                if (sections[i + 2] == 1) unitLengths[unitCount++] = l; else gaps[gapCount++] = l;
            }
        }
        gaps = Arrays.copyOf(gaps, gapCount);
        unitLengths = Arrays.copyOf(unitLengths, unitCount);
        Arrays.sort(gaps);
        // suffix[k] = sum of gaps[k..]
        long[] suffix = new long[gaps.length + 1];
        for (int k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1] + gaps[k];

        double units = unitLengths.length;
        double numerator = 0;
        double squaredLengths = 0;
        for (long l : unitLengths) {
            double ld = l;
            squaredLengths += ld * (ld - 1);
            double withinItself = (units - 1) * (2 * ld * ld * ld - 3 * ld * ld + ld) / 3.0;
            int first = firstAtLeast(gaps, l);
            double placesInGaps = (double) (suffix[first]) - (double) (gaps.length - first) * (l - 1);
            numerator += withinItself + ld * ld * placesInGaps;
        }
        double rl = (double) raters * length;
        double denominator = rl * (rl - 1) - squaredLengths;
        return numerator * 2.0 / length / denominator;
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
