package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NominalAlphaTest {

    /** Krippendorff (2011), 4 coders x 12 units, "*" = missing. */
    @Test
    void reproducesKrippendorff2011() {
        String[] coders = {
                "1 2 3 3 2 1 4 1 2 * * *",
                "1 2 3 3 2 2 4 1 2 5 * 3",
                "* 3 3 3 2 3 4 2 2 5 1 *",
                "1 2 3 3 2 4 4 1 2 5 1 *" };
        List<List<String>> items = new ArrayList<>();
        for (int unit = 0; unit < 12; unit++) {
            List<String> values = new ArrayList<>();
            for (String coder : coders) {
                String v = coder.split(" ")[unit];
                values.add(v.equals("*") ? null : v);
            }
            items.add(values);
        }
        assertEquals(0.743, NominalAlpha.of(4, items), 0.0005);
    }

    @Test
    void undefinedWithoutPairableValues() {
        assertEquals(Double.NaN, NominalAlpha.of(2, List.of(Arrays.asList("a", null))));
    }

    /** DKPro throws for a single category and returns 0 when the pairable values do not vary; both are n/a. */
    @Test
    void undefinedWithoutVariation() {
        assertEquals(Double.NaN, NominalAlpha.of(2, List.of(List.of("a", "a"), List.of("a", "a"))));
        assertEquals(Double.NaN, NominalAlpha.of(2, List.of(List.of("a", "a"), Arrays.asList("b", null))));
    }
}
