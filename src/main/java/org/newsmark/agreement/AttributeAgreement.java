package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Agreement of two analysts on one categorical field: an attribute of the tags both marked
 * exactly alike (MATCH pairs), or an article-level code of the articles both coded. Each unit
 * holds each side's values; an empty list is "no value". A multiple choice is one category: the
 * set of its choices, so {x, y} and {x} disagree (no partial credit).
 * <p>
 * {@code units} counts the units where at least one side has a value; {@code agreement} is the
 * share of those with the same value (the same set) on both sides, so a value only one side gave
 * counts against it. Alpha is Krippendorff's alpha for nominal data from DKPro Statistics
 * ({@link NominalAlpha}): a side without a value is a missing value, and DKPro, as Krippendorff,
 * leaves a unit with fewer than two values out of the coincidence matrix. Undefined numbers
 * (no units; no unit with two values; no variation among the values) are NaN. See
 * docs/agreement.md, "Attributes and article codes".
 */
public final class AttributeAgreement {

    private AttributeAgreement() {
    }

    /** One unit: A's values and B's values (each empty when not set). */
    public record Unit(List<String> a, List<String> b) {
        public Unit {
            a = a == null ? List.of() : List.copyOf(a);
            b = b == null ? List.of() : List.copyOf(b);
        }

        public static Unit of(List<String> a, List<String> b) {
            return new Unit(a, b);
        }

        /** At least one side has a value. */
        public boolean coded() {
            return !a.isEmpty() || !b.isEmpty();
        }

        /** Both sides have the same value (the same set of choices); two empty sides do not count. */
        public boolean agrees() {
            return coded() && category(a).equals(category(b));
        }
    }

    /**
     * @param units units where at least one side has a value
     * @param agreed units with the same value on both sides
     * @param agreement agreed / units; NaN without units
     * @param alpha Krippendorff's alpha (nominal); NaN when undefined
     */
    public record Result(long units, long agreed, double agreement, double alpha) {
        public static final Result NONE = new Result(0, 0, Double.NaN, Double.NaN);
    }

    public static Result of(List<Unit> units) {
        long coded = 0;
        long agreed = 0;
        List<List<?>> items = new ArrayList<>();
        for (Unit u : units) {
            if (!u.coded()) {
                continue;
            }
            coded++;
            if (u.agrees()) {
                agreed++;
            }
            items.add(Arrays.asList(u.a().isEmpty() ? null : category(u.a()), u.b().isEmpty() ? null : category(u.b())));
        }
        if (coded == 0) {
            return Result.NONE;
        }
        return new Result(coded, agreed, (double) agreed / coded, NominalAlpha.of(2, items));
    }

    /** {@link #of} for each field, by name (sorted). */
    public static SortedMap<String, Result> byName(Map<String, List<Unit>> unitsByName) {
        SortedMap<String, Result> out = new TreeMap<>();
        unitsByName.forEach((name, units) -> out.put(Objects.requireNonNull(name), of(units)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** The category a list of values stands for: one value as is, several as the set (sorted, each once). */
    static List<String> category(List<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
