package org.newsmark.domain.suggest.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The gold set is well formed, big enough and keeps its hard cases; the checker itself catches broken files. */
class GoldSetTest {

    /** Minimum count of each type per split. */
    private static final Map<String, Integer> TEST_MINIMUM = Map.of(GoldSet.STATISTIC, 150, GoldSet.OPINION, 100,
            GoldSet.CLAIM, 60, GoldSet.SOURCE, 80, GoldSet.CUE, 80);
    private static final Map<String, Integer> DEV_MINIMUM = Map.of(GoldSet.STATISTIC, 50, GoldSet.OPINION, 40,
            GoldSet.CLAIM, 20, GoldSet.SOURCE, 30, GoldSet.CUE, 30);

    @Test
    void everyTextHasItsAnnAndEveryAnnItsText() throws Exception {
        for (String split : List.of("dev", "test")) {
            try (Stream<Path> files = Files.list(GoldSet.ROOT.resolve(split))) {
                for (Path p : files.toList()) {
                    String n = p.getFileName().toString();
                    assertTrue(n.matches("\\d\\d-[a-z0-9-]+\\.(txt|ann)"), "unexpected file " + p);
                    Path other = n.endsWith(".txt") ? GoldSet.annOf(p) : p.resolveSibling(n.replaceFirst("\\.ann$", ".txt"));
                    assertTrue(Files.isRegularFile(other), p + " has no " + other.getFileName());
                }
            }
        }
    }

    @Test
    void everyArticleChecksClean() {
        List<String> problems = new ArrayList<>();
        for (String split : List.of("dev", "test")) {
            for (Path txt : GoldSet.texts(split)) {
                String name = txt.getFileName().toString();
                for (String p : GoldSet.check(name, GoldSet.read(txt), GoldSet.read(GoldSet.annOf(txt)))) {
                    problems.add(split + "/" + name + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void splitsAreBigEnoughAndCountsAreReported() {
        countsMeet("dev", 10, DEV_MINIMUM);
        countsMeet("test", 20, TEST_MINIMUM);
    }

    private static void countsMeet(String split, int articles, Map<String, Integer> minimum) {
        List<GoldArticle> gold = GoldSet.load(split);
        assertTrue(gold.size() >= articles, split + " has " + gold.size() + " articles, at least " + articles + " expected");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : GoldSet.TYPES) {
            counts.put(t, gold.stream().mapToInt(a -> a.ofType(t).size()).sum());
        }
        System.out.println("[gold] " + split + ": " + gold.size() + " articles, " + counts);
        for (String t : GoldSet.TYPES) {
            assertTrue(counts.get(t) >= minimum.get(t), split + ": " + counts.get(t) + " " + t + ", at least " + minimum.get(t));
        }
    }

    @Test
    void articlesAreNewsLengthAndKeepTheirOffsetTraps() {
        boolean crlf = false;
        boolean supplementary = false;
        boolean combining = false;
        for (String split : List.of("dev", "test")) {
            for (GoldArticle a : GoldSet.load(split)) {
                int words = a.text().strip().split("\\s+").length;
                assertTrue(words >= 200 && words <= 450, split + "/" + a.name() + " has " + words + " words");
                crlf |= a.text().contains("\r\n");
                supplementary |= a.text().codePoints().anyMatch(Character::isSupplementaryCodePoint);
                combining |= a.text().codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
            }
        }
        assertTrue(crlf, "an article with CRLF line endings");
        assertTrue(supplementary, "an article with characters beyond the BMP (emoji)");
        assertTrue(combining, "an article with combining marks");
    }

    // --- the checker ------------------------------------------------------------

    /** "Up 😀 " is 5 code points but 6 UTF-16 units: the checker must count code points. */
    private static final String TEXT = "Up 😀 5% rise, she said.";
    private static final String GOOD = """
            T1\tStatistic 5 7\t5%
            T2\tAttributed_opinion 5 12\t5% rise
            T3\tSource 14 17\tshe
            T4\tCue 18 22\tsaid
            R1\tSpeaker Arg1:T2 Arg2:T3
            R2\tCue Arg1:T2 Arg2:T4
            """;

    @Test
    void checkerAcceptsAGoodFileCountingCodePoints() {
        assertEquals(List.of(), GoldSet.check("good", TEXT, GOOD));
        GoldArticle a = GoldSet.parse("x", "good", TEXT, GOOD);
        assertEquals("5% rise", a.textOf(a.byId("T2").span()));
        assertEquals("T3", a.speakerOf().get("T2"));
        assertEquals("T4", a.cueOf().get("T2"));
    }

    @Test
    void checkerRejectsAMisOffsetLine() {
        // UTF-16 offsets (6 8) instead of code points (5 7)
        List<String> p = GoldSet.check("bad", TEXT, GOOD.replace("Statistic 5 7", "Statistic 6 8"));
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("T1") && p.get(0).contains("'5%'"), p.get(0));
    }

    @Test
    void checkerRejectsBrokenFiles() {
        assertProblem(GOOD.replace("Statistic 5 7", "Statistics 5 7"), "unknown type Statistics");
        assertProblem(GOOD.replace("Statistic 5 7\t5%", "Statistic 5 30\t5%"), "beyond the text");
        assertProblem(GOOD.replace("Source 14 17\tshe", "Source 13 17\t she"), "whitespace");
        assertProblem(GOOD.replace("R2\tCue Arg1:T2 Arg2:T4\n", ""), "1 Speaker and 0 Cue");
        assertProblem(GOOD.replace("R2\tCue Arg1:T2 Arg2:T4\n", "R2\tCue Arg1:T2 Arg2:T4\nR3\tCue Arg1:T2 Arg2:T4\n"),
                "1 Speaker and 2 Cue");
        assertProblem(GOOD.replace("Arg2:T3", "Arg2:T4"), "is not a Source");
        assertProblem(GOOD.replace("Arg2:T3", "Arg2:T9"), "T9");
        assertProblem(GOOD.replace("R1\tSpeaker", "R1\tSays"), "unknown relation type Says");
        assertProblem(GOOD + "T5\tStatistic 5 9\t5% r\n", "overlap");
        assertProblem(GOOD + "T5\tCue 8 12\trise\n", "of no opinion");
        assertProblem(GOOD + "A1\tNegated T1\n", "only T and R");
        assertProblem(GOOD + "T5\tClaim 0 2;3 4\tUp 😀\n", "discontinuous");
    }

    private static void assertProblem(String ann, String expected) {
        List<String> p = GoldSet.check("bad", TEXT, ann);
        assertTrue(p.stream().anyMatch(s -> s.contains(expected)), "expected a problem with '" + expected + "', got " + p);
    }
}
