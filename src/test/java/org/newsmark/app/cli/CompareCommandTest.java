package org.newsmark.app.cli;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.service.TwoAnalystFixture;

class CompareCommandTest {

    @TempDir
    Path dir;

    private static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    Path project() throws Exception {
        Path file = dir.resolve("p.newsmark");
        new TwoAnalystFixture(file).session.close();
        return file;
    }

    @Test
    void jsonIsOneObjectWithTheDocumentedShape() throws Exception {
        Path p = project();
        CommandLineTest.Run r = run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("a", "b", "documents", "overall", "labels", "attributes", "article_codes", "links"), iterable(root.fieldNames()));
        assertEquals("Ann", root.get("a").asText());
        assertEquals(1, root.get("documents").asInt(), "only the document both tagged");
        JsonNode overall = root.get("overall");
        assertEquals(List.of("exact_f1", "overlap_f1", "char_kappa", "alpha_u", "matches", "a_spans", "b_spans"),
                iterable(overall.fieldNames()));
        assertEquals(2.0 / 7, overall.get("exact_f1").asDouble(), 1e-9);
        assertEquals(1, overall.get("matches").asInt());
        assertEquals(3, overall.get("a_spans").asInt());
        assertEquals(4, overall.get("b_spans").asInt());
        assertEquals(List.of("LOC", "ORG", "PER"), iterable(root.get("labels").fieldNames()));
        assertEquals(0.5, root.get("labels").get("PER").get("exact_f1").asDouble(), 1e-9);
        assertEquals(0, root.get("labels").get("LOC").get("a_spans").asInt() - 1);
    }

    /** The values of {@link org.newsmark.service.AttributeFixture}: the numbers of AttributeComparisonTest, under the documented keys. */
    @Test
    void jsonHasAttributesAndArticleCodes() throws Exception {
        Path p = dir.resolve("attributes.newsmark");
        new org.newsmark.service.AttributeFixture(p).session.close();
        CommandLineTest.Run r = run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode frame = root.get("attributes").get("frame");
        assertEquals(List.of("pairs", "agreement", "alpha"), iterable(frame.fieldNames()));
        assertEquals(5, frame.get("pairs").asInt());
        assertEquals(0.6, frame.get("agreement").asDouble(), 1e-9);
        assertEquals(8.0 / 15, frame.get("alpha").asDouble(), 1e-9);
        JsonNode unused = root.get("attributes").get("speaker type");
        assertEquals(0, unused.get("pairs").asInt());
        assertTrue(unused.get("agreement").isNull() && unused.get("alpha").isNull(), "NaN is null");
        JsonNode tone = root.get("article_codes").get("tone");
        assertEquals(List.of("units", "agreement", "alpha"), iterable(tone.fieldNames()));
        assertEquals(3, tone.get("units").asInt());
        assertEquals(2.0 / 3, tone.get("agreement").asDouble(), 1e-9);
        assertEquals(6.0 / 11, tone.get("alpha").asDouble(), 1e-9);
        assertEquals(List.of("primary frame", "tone"), iterable(root.get("article_codes").fieldNames()));
    }

    /** The figures of {@link org.newsmark.service.LinkCompareFixture}: supports 1 of 2 and 2, responds to 0 of 1 and 1. */
    @Test
    void jsonHasLinksPerTypeAndOverall() throws Exception {
        Path p = dir.resolve("links.newsmark");
        new org.newsmark.service.LinkCompareFixture(p).session.close();
        CommandLineTest.Run r = run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode links = new ObjectMapper().readTree(r.out()).get("links");
        assertEquals(List.of("responds to", "supports", "overall"), iterable(links.fieldNames()));
        JsonNode supports = links.get("supports");
        assertEquals(List.of("matched", "a", "b", "precision", "recall", "f1"), iterable(supports.fieldNames()));
        assertEquals(1, supports.get("matched").asInt());
        assertEquals(2, supports.get("a").asInt());
        assertEquals(2, supports.get("b").asInt());
        assertEquals(0.5, supports.get("f1").asDouble(), 1e-12);
        assertEquals(0.0, links.get("responds to").get("f1").asDouble());
        assertEquals(1.0 / 3, links.get("overall").get("f1").asDouble(), 1e-12);
        assertEquals(3, links.get("overall").get("b").asInt());

        JsonNode none = new ObjectMapper().readTree(run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--document", "3",
                "--format", "json").out()).get("links");
        assertEquals(0, none.get("supports").get("a").asInt());
        assertTrue(none.get("supports").get("f1").isNull() && none.get("overall").get("precision").isNull(), "no links: null");

        String text = run("compare", p.toString(), "--a", "Ann", "--b", "Ben").out();
        assertTrue(text.contains("supports                       1       2       2     0.500   0.500    0.500"), text);
        assertTrue(text.contains("all link types                 1       3       3     0.333   0.333    0.333"), text);
        assertTrue(!run("compare", project().toString(), "--a", "Ann", "--b", "Ben").out().contains("link type"),
                "no link section without links");
    }

    @Test
    void undefinedMeasuresAreNull() throws Exception {
        Path p = project();
        // Ben never tagged document 2, and Ann tagged only PER there: LOC/ORG do not appear, nothing is NaN;
        // compare Ann with herself on a document with no tags at all instead
        CommandLineTest.Run r = run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--document", "2", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.get("labels").get("PER").get("exact_f1").isNumber());
        assertEquals(0.0, root.get("labels").get("PER").get("exact_f1").asDouble());
        Path empty = dir.resolve("e.newsmark");
        try (var s = org.newsmark.service.TestProjects.create(empty)) {
            s.documents().add("t", null, "text");
            s.analyst("X");
            s.analyst("Y");
        }
        root = new ObjectMapper().readTree(run("compare", empty.toString(), "--a", "X", "--b", "Y", "--document", "1",
                "--format", "json").out());
        assertTrue(root.get("overall").get("exact_f1").isNull(), root.toString());
    }

    @Test
    void pairsOutWritesCodePointCsvAndTextAndCsvFormatsWork() throws Exception {
        Path p = project();
        Path pairs = dir.resolve("pairs.csv");
        CommandLineTest.Run r = run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--pairs-out", pairs.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("all labels"), r.out());
        List<String> lines = Files.readAllLines(pairs);
        assertEquals("kind,label_a,label_b,start_a,end_a,start_b,end_b,text_a,text_b,document_id", lines.get(0));
        assertEquals("boundary,PER,PER,0,13,7,13,Angela Merkel,Merkel,1", lines.get(1));
        assertEquals("only_b,,ORG,,,37,43,,Monday,1", lines.get(4));
        CommandLineTest.Run csv = run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--format", "csv");
        assertEquals("label,exact_f1,overlap_f1,char_kappa,alpha_u,matches,a_spans,b_spans", csv.out().lines().findFirst().orElseThrow());
        assertTrue(csv.out().contains("(overall),0.2857,0.5714,"), csv.out());
    }

    @Test
    void unknownAnalystOrDocumentExitsOneWithOneLine() throws Exception {
        Path p = project();
        CommandLineTest.Run r = run("compare", p.toString(), "--a", "Ann", "--b", "Zoe");
        assertEquals(1, r.code());
        assertEquals("newsmark: No analyst named \"Zoe\" in p.newsmark.", r.err().strip());
        r = run("compare", p.toString(), "--a", "Ann", "--b", "Ben", "--document", "42");
        assertEquals(1, r.code());
        assertEquals("newsmark: No document with id 42 in p.newsmark.", r.err().strip());
    }

    @Test
    void mergeRenamesAClashAndSaysSo() throws Exception {
        Path p = project();
        Path other = dir.resolve("other.newsmark");
        new TwoAnalystFixture(other).session.close();
        CommandLineTest.Run r = run("merge", p.toString(), other.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Renamed analyst \"Ann\" to \"Ann (other)\""), r.out());
        assertTrue(r.out().contains("2 analysts, 8 tags, 0 new articles, 0 new labels"), r.out());
        CommandLineTest.Run c = run("compare", p.toString(), "--a", "Ann", "--b", "Ann (other)", "--format", "json");
        assertEquals(1.0, new ObjectMapper().readTree(c.out()).get("overall").get("exact_f1").asDouble(), 1e-9);
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
