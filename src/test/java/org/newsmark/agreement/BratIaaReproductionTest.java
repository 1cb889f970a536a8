package org.newsmark.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bratiaa example project (4 annotators, 7 Spanish newswire documents): our exact-match F1,
 * counted per pair over all documents and averaged over the 6 pairs, must equal brat-iaa's
 * instance-based report.
 */
class BratIaaReproductionTest {

    private static final Path PROJECT = BratTestFiles.sharedFolder()
            .resolve("realdata/bratiaa/example-files/example-project");
    private static PairwiseMatrix matrix;
    private static Map<String, String> texts = new TreeMap<>();
    private static Map<String, Map<String, List<LabeledSpan>>> spansByAnalyst;

    @BeforeAll
    static void load() throws IOException {
        assumeTrue(Files.isDirectory(PROJECT), "bratiaa example not found at " + PROJECT.toAbsolutePath());
        Map<String, Integer> lengths = new TreeMap<>();
        Map<String, Map<String, List<LabeledSpan>>> spans = new TreeMap<>();
        for (String analyst : List.of("Lisa", "Maria", "Max", "Peter")) {
            Path folder = PROJECT.resolve(analyst);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String name = txt.getFileName().toString().replace(".txt", "");
                    String text = BratTestFiles.text(txt);
                    texts.put(name, text);
                    Integer previous = lengths.put(name, text.length());
                    assertEquals(previous == null ? text.length() : previous, text.length(), "same text for " + name);
                    spans.computeIfAbsent(analyst, x -> new TreeMap<>())
                            .put(name, BratTestFiles.spans(folder.resolve(name + ".ann"), text));
                }
            }
        }
        assertEquals(7, lengths.size());
        matrix = PairwiseMatrix.compute(lengths, spans);
        spansByAnalyst = spans;
    }

    @Test
    void meanExactF1OverPairsMatchesBratIaa() {
        assertEquals(6, matrix.entries().size());
        assertEquals(0.890, matrix.meanExactF1(), 0.0005);
    }

    @Test
    void perLabelExactF1MatchesBratIaa() {
        assertEquals(0.819, matrix.meanExactF1("LOC"), 0.0005);
        assertEquals(0.840, matrix.meanExactF1("MISC"), 0.0005);
        assertEquals(0.906, matrix.meanExactF1("ORG"), 0.0005);
        assertEquals(0.938, matrix.meanExactF1("PER"), 0.0005);
    }

    /**
     * brat-iaa's token-based F1 (0.964): tokens are runs of non-whitespace; an analyst gives a
     * token label L when one of their L spans overlaps it; instances are (token, label) pairs.
     * Our character-level F1 counts (character, label) pairs instead; both printed for the docs.
     */
    @Test
    void tokenF1MatchesBratIaaAndCharacterF1IsPrinted() {
        List<String> analysts = List.copyOf(spansByAnalyst.keySet());
        double tokenSum = 0;
        double charSum = 0;
        int pairs = 0;
        for (int i = 0; i < analysts.size(); i++) {
            for (int j = i + 1; j < analysts.size(); j++) {
                long both = 0, a = 0, b = 0, charBoth = 0, charA = 0, charB = 0;
                CharacterAgreement chars = new CharacterAgreement();
                for (Map.Entry<String, String> doc : texts.entrySet()) {
                    java.util.Set<String> ta = tokenLabels(doc.getValue(), spansByAnalyst.get(analysts.get(i)).get(doc.getKey()));
                    java.util.Set<String> tb = tokenLabels(doc.getValue(), spansByAnalyst.get(analysts.get(j)).get(doc.getKey()));
                    a += ta.size();
                    b += tb.size();
                    ta.retainAll(tb);
                    both += ta.size();
                    chars.addDocument(doc.getValue().length(), spansByAnalyst.get(analysts.get(i)).get(doc.getKey()),
                            spansByAnalyst.get(analysts.get(j)).get(doc.getKey()));
                }
                for (String label : List.of("LOC", "MISC", "ORG", "PER")) {
                    long[][] t = chars.labelTable(label);
                    charBoth += t[0][0];
                    charA += t[0][0] + t[0][1];
                    charB += t[0][0] + t[1][0];
                }
                tokenSum += 2.0 * both / (a + b);
                charSum += 2.0 * charBoth / (charA + charB);
                pairs++;
            }
        }
        System.out.printf("bratiaa mean token F1=%.3f, character F1=%.3f%n", tokenSum / pairs, charSum / pairs);
        assertEquals(0.964, tokenSum / pairs, 0.0005);
    }

    private static java.util.Set<String> tokenLabels(String text, List<LabeledSpan> spans) {
        java.util.Set<String> result = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            for (LabeledSpan s : spans) {
                if (s.begin() < m.end() && m.start() < s.end()) result.add(m.start() + ":" + s.label());
            }
        }
        return result;
    }

    @Test
    void printOtherMeasuresForTheRecord() {
        // Not asserted against brat-iaa (it has no such measures); printed for docs/agreement.md.
        for (PairwiseMatrix.Entry e : matrix.entries()) {
            AgreementMeasures m = e.overall();
            System.out.printf("bratiaa %-5s %-5s exactF1=%.3f overlapF1=%.3f charKappa=%.3f alphaU=%.3f%n",
                    e.analystA(), e.analystB(), m.exactF1(), m.overlapF1(), m.charKappa(), m.alphaU());
        }
        System.out.printf("bratiaa mean exactF1=%.3f alphaU=%.3f%n", matrix.meanExactF1(), matrix.meanAlphaU());
    }
}
