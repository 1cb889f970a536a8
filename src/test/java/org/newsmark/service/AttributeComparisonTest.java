package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.agreement.AttributeAgreement.Result;

/**
 * Attribute and article-code agreement read from a real project file ({@link AttributeFixture},
 * closed and opened again), checked against hand computations.
 */
class AttributeComparisonTest {

    @TempDir
    Path dir;

    private Comparison compare(Long documentId) throws Exception {
        Path file = dir.resolve("attributes.newsmark");
        AttributeFixture f = new AttributeFixture(file);
        long doc = f.doc.id();
        f.session.close();
        try (ProjectSession s = TestProjects.openReadOnly(file)) {
            return s.comparisons().compare("Ann", "Ben", documentId == null ? null : doc);
        }
    }

    /**
     * frame: matches 0-4 have a value on at least one side (slot 5 has none, slot 6 is a boundary
     * pair): 5 pairs, 3 agree (0.6). Alpha over the 4 pairs with two values: A E E M E, B E E M M;
     * n = 8, n_E = 5, n_M = 3, off-diagonal coincidences 2: D_o = 2/8, D_e = (64 − 25 − 9)/56 = 30/56,
     * alpha = 1 − (2/8)/(30/56) = 8/15.
     * check-worthy: yes/yes, yes/no: 2 pairs, 0.5; n_yes = 3, n_no = 1: D_o = 2/4, D_e = (16 − 9 − 1)/12 = 0.5, alpha 0.
     */
    @Test
    void attributesOverExactMatches() throws Exception {
        Comparison c = compare(null);
        Result frame = c.attributes().get("frame");
        assertEquals(5, frame.units());
        assertEquals(0.6, frame.agreement(), 1e-9);
        assertEquals(8.0 / 15, frame.alpha(), 1e-9);
        Result check = c.attributes().get("check-worthy");
        assertEquals(2, check.units());
        assertEquals(0.5, check.agreement(), 1e-9);
        assertEquals(0.0, check.alpha(), 1e-9);
        Result unused = c.attributes().get("speaker type");
        assertEquals(0, unused.units(), "every tag attribute of the codebook is listed, used or not");
        assertTrue(Double.isNaN(unused.agreement()) && Double.isNaN(unused.alpha()));
        assertEquals(List.of("check-worthy", "frame", "source", "speaker", "speaker type", "unit", "value"),
                List.copyOf(c.attributes().keySet()));
    }

    /**
     * tone, every article: Ann and Ben both coded articles 1, 2 and 4 (article 3 only Ann: not a
     * unit). A neg neu pos, B neg neg pos: 3 units, 2 agree. n = 6, n_neg = 3, n_neu = 1, n_pos = 2,
     * off-diagonal 2: D_o = 2/6, D_e = (36 − 9 − 1 − 4)/30 = 22/30, alpha = 1 − 10/22 = 6/11.
     * primary frame: only article 1 has one (Economic vs Morality): 1 unit, 0 agree; alpha
     * 1 − (2/2)/((4 − 1 − 1)/2) = 0.
     */
    @Test
    void articleCodesOverEveryArticleBothCoded() throws Exception {
        Comparison c = compare(null);
        assertEquals(1, c.documents().size(), "spans: only the article both tagged");
        Result tone = c.articleCodes().get("tone");
        assertEquals(3, tone.units(), "articles 2 and 4 count without tags; article 3 was coded by Ann alone");
        assertEquals(2.0 / 3, tone.agreement(), 1e-9);
        assertEquals(6.0 / 11, tone.alpha(), 1e-9);
        Result primary = c.articleCodes().get("primary frame");
        assertEquals(1, primary.units());
        assertEquals(0.0, primary.agreement(), 1e-9);
        assertEquals(0.0, primary.alpha(), 1e-9);
    }

    @Test
    void oneArticleCountsOnlyThatArticle() throws Exception {
        Comparison c = compare(1L);
        Result tone = c.articleCodes().get("tone");
        assertEquals(1, tone.units());
        assertEquals(1.0, tone.agreement(), 1e-9);
        assertTrue(Double.isNaN(tone.alpha()), "one value for both: no variation, alpha n/a");
        assertEquals(5, c.attributes().get("frame").units(), "all the tags are in that article");
    }
}
