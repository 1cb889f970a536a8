package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleDensity;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.StatisticsTable;
import org.newsmark.domain.TagCount;
import org.newsmark.io.csv.CsvOptions;

/**
 * The GROUP BY counts on a small project counted by hand: articles without an outlet or a date,
 * a multiple-choice article code counting a tag once per value, one analyst's tags, a read-only session.
 */
public class StatisticsServiceTest {

    public static final String A = "The mayor said the bridge will close in March, 40 per cent of drivers agree.";
    static final String B = "The council voted, said a spokeswoman, on the new budget for the harbour.";
    static final String C = "Rain again. Officials expect 3 more storms, an expert said on Monday night.";

    @TempDir
    Path dir;

    /**
     * A (Gazette, 2024-02-08): Ana claim ×2, Ana statistic, Ben claim; B (Gazette, 2024-03-01T10:00Z):
     * Ana claim; C (no outlet, no date): Ben statistic ×2. Article code frame (multiple choice): Ana on A
     * conflict and economy, Ana on B human, Ben none.
     */
    public static void fill(ProjectSession s) {
        Document a = s.documents().add("Bridge", "a.txt", A).document();
        Document b = s.documents().add("Vote", "b.txt", B).document();
        Document c = s.documents().add("Rain", "c.txt", C).document();
        s.metadata().set(a.id(), ArticleMetadata.EMPTY.with("outlet", "Gazette").with("published", "2024-02-08"));
        s.metadata().set(b.id(), ArticleMetadata.EMPTY.with("outlet", "Gazette").with("published", "2024-03-01T10:00:00Z"));
        Analyst ana = s.analyst("Ana");
        Analyst ben = s.analyst("Ben");
        Label claim = label(s, "claim");
        Label statistic = label(s, "statistic");
        s.annotations().tag(a, ana, claim, new Span(0, 10));
        s.annotations().tag(a, ana, claim, new Span(11, 20));
        s.annotations().tag(a, ana, statistic, new Span(47, 58));
        s.annotations().tag(a, ben, claim, new Span(0, 10));
        s.annotations().tag(b, ana, claim, new Span(0, 17));
        s.annotations().tag(c, ben, statistic, new Span(27, 40));
        s.annotations().tag(c, ben, statistic, new Span(0, 10));
        Attribute frame = s.codebook().declare(new Attribute(0, null, "frame", AttributeType.MULTIPLE_CHOICE,
                List.of("conflict", "economy", "human"), false, ""));
        s.codebook().setArticleCode(a.id(), ana.id(), frame, List.of("conflict", "economy"));
        s.codebook().setArticleCode(b.id(), ana.id(), frame, List.of("human"));
    }

    static Label label(ProjectSession s, String name) {
        return s.labels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<TagCount> rows(ProjectSession s, String keys, String analyst) {
        return s.statistics().count(StatisticsKey.parseList(keys), Optional.ofNullable(analyst)).rows();
    }

    private static TagCount row(long tags, String... values) {
        return new TagCount(List.of(values), tags);
    }

    @Test
    void countsByEveryKeyMatchTheHandCount() throws Exception {
        Path p = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(p)) {
            fill(s);
        }
        try (ProjectSession s = TestProjects.openReadOnly(p)) {
            assertEquals(List.of(row(2, "(no outlet)", "statistic"), row(4, "Gazette", "claim"), row(1, "Gazette", "statistic")),
                    rows(s, "outlet,label", null));
            assertEquals(List.of(row(2, "statistic", "(no outlet)"), row(4, "claim", "Gazette"), row(1, "statistic", "Gazette"))
                    .stream().sorted((x, y) -> x.values().toString().compareTo(y.values().toString())).toList(),
                    rows(s, "label,outlet", null), "the columns follow the keys' order");
            assertEquals(List.of(row(2, "(no date)"), row(4, "2024-02"), row(1, "2024-03")), rows(s, "month", null));
            assertEquals(List.of(row(4, "Ana"), row(3, "Ben")), rows(s, "analyst", null));
            assertEquals(List.of(row(4, "Bridge"), row(1, "Vote"), row(2, "Rain")), rows(s, "article", null), "by article id");
            assertEquals(List.of(row(3, "(no value)"), row(3, "conflict"), row(3, "economy"), row(1, "human")),
                    rows(s, "code:frame", null), "Ana's 3 tags on A once per value; Ben set no frame");
            assertEquals(List.of(row(2, "(no outlet)"), row(1, "Gazette")), rows(s, "outlet", "Ben"));
            assertEquals(List.of(row(1, "Ben", "(no value)", "Gazette"), row(2, "Ben", "(no value)", "(no outlet)")).size(),
                    rows(s, "analyst,code:frame,outlet", "Ben").size());
            StatisticsTable table = s.statistics().count(StatisticsKey.parseList("outlet"), Optional.empty());
            assertEquals(7, table.total());

            List<ArticleDensity> density = s.statistics().density(Optional.empty());
            assertEquals(List.of(4L, 1L, 2L), density.stream().map(ArticleDensity::tags).toList());
            assertEquals(4 * 1000.0 / A.length(), density.get(0).perThousand(), 1e-9);
            assertEquals("(no outlet)", density.get(2).outlet());
        }
    }

    @Test
    void anUnknownCodeOrAnalystIsRefusedByName() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            fill(s);
            IllegalArgumentException code = assertThrows(IllegalArgumentException.class, () -> rows(s, "code:mood", null));
            assertTrue(code.getMessage().contains("no article code \"mood\"") && code.getMessage().contains("frame"), code.getMessage());
            IllegalArgumentException who = assertThrows(IllegalArgumentException.class, () -> rows(s, "label", "Zoe"));
            assertTrue(who.getMessage().contains("no analyst \"Zoe\"") && who.getMessage().contains("Ana, Ben"), who.getMessage());
            IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> StatisticsKey.parseList("outlet,week"));
            assertTrue(key.getMessage().contains("unknown key \"week\""), key.getMessage());
            assertThrows(IllegalArgumentException.class, () -> StatisticsKey.parseList("label,LABEL"), "a repeated key");
            assertTrue(s.statistics().codeNames().contains("frame"));
        }
    }

    @Test
    void theCsvHasOneColumnPerKeyThenTagsAndRefusesTheProjectFile() throws Exception {
        org.newsmark.service.TestProjects.assumeFile("the project file itself");
        Path p = dir.resolve("p.newsmark");
        try (ProjectSession s = TestProjects.create(p)) {
            fill(s);
            StatisticsTable t = s.statistics().count(StatisticsKey.parseList("month,label"), Optional.empty());
            Path out = dir.resolve("t.csv");
            s.statistics().exportCsv(t, out, CsvOptions.DEFAULT);
            assertEquals(List.of("month,label,tags", "(no date),statistic,2", "2024-02,claim,3", "2024-02,statistic,1",
                    "2024-03,claim,1"), Files.readAllLines(out));
            assertThrows(FileRefusedException.class, () -> s.statistics().exportCsv(t, p, CsvOptions.DEFAULT));
            assertTrue(Files.size(p) > 0);
        }
    }

    @Test
    void aPivotFillsMissingCellsWithZero() {
        StatisticsTable t = new StatisticsTable(StatisticsKey.parseList("outlet,label"),
                List.of(row(2, "(no outlet)", "statistic"), row(4, "Gazette", "claim"), row(1, "Gazette", "statistic")));
        StatisticsTable.Pivot pivot = t.pivot();
        assertEquals(List.of("(no outlet)", "Gazette"), pivot.categories());
        assertEquals(List.of(new StatisticsTable.Pivot.Series("statistic", List.of(2L, 1L)),
                new StatisticsTable.Pivot.Series("claim", List.of(0L, 4L))), pivot.series());
        assertEquals(4, pivot.max());
    }
}
