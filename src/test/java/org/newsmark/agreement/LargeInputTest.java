package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * 20,000 spans per analyst on one long text must go through every measure. No timing assertion
 * (a shared build machine makes those flaky); the elapsed time is printed for the record.
 */
class LargeInputTest {

    @Test
    void twentyThousandSpansEachSide() {
        int textLength = 2_000_000;
        Random random = new Random(42);
        List<LabeledSpan> a = randomSpans(random, 20_000, textLength);
        // B agrees with A on about half the spans, shifts a quarter, and adds its own quarter.
        List<LabeledSpan> b = new ArrayList<>();
        for (LabeledSpan s : a) {
            int roll = random.nextInt(4);
            if (roll <= 1) b.add(s);
            else if (roll == 2) b.add(LabeledSpan.of(s.label(), s.begin(), Math.min(textLength, s.end() + 1 + random.nextInt(3))));
        }
        b.addAll(randomSpans(random, 20_000 - b.size(), textLength));

        for (int run = 0; run < 3; run++) { // first run includes class loading and JIT warm-up
            long start = System.nanoTime();
            AgreementReport report = AgreementCalculator.compare(textLength, a, b);
            long millis = (System.nanoTime() - start) / 1_000_000;
            AgreementMeasures m = report.overall();
            System.out.printf("20k vs 20k run %d: %d ms; exactF1=%.3f overlapF1=%.3f charKappa=%.3f alphaU=%.3f%n",
                    run, millis, m.exactF1(), m.overlapF1(), m.charKappa(), m.alphaU());
            assertEquals(20_000, m.aSpans());
            assertEquals(20_000, m.bSpans());
            assertTrue(m.exactF1() > 0.4 && m.exactF1() < 0.6, "about half the spans are exact matches");
            assertTrue(m.alphaU() > 0 && m.alphaU() < 1);
            assertTrue(m.charKappa() > 0 && m.charKappa() < 1);
        }
    }

    private static List<LabeledSpan> randomSpans(Random random, int n, int textLength) {
        String[] labels = { "PER", "LOC", "ORG", "MISC" };
        List<LabeledSpan> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int begin = random.nextInt(textLength - 40);
            spans.add(LabeledSpan.of(labels[random.nextInt(labels.length)], begin, begin + 1 + random.nextInt(30)));
        }
        return spans;
    }
}
