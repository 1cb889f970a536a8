package org.newsmark.io.webanno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Label;
import org.newsmark.io.ImportException;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;

class WebAnnotationReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<org.newsmark.domain.Document> KNOWN = List.of(WebAnnoSample.DOC);

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path sampleFile() throws Exception {
        Path p = dir.resolve("sample.jsonld");
        Files.write(p, WebAnnotationWriterTest.written());
        return p;
    }

    /** "label [b,e) "text" note={…} {attribute=values} group?" for each tag, sorted. */
    private static List<String> tagLines(ExchangeProject p) {
        return p.tags().stream().map(t -> {
            String label = p.codebook().label(t.labelId()).map(Label::name).orElse("?");
            Map<String, List<String>> values = new TreeMap<>();
            t.attributes().asMap().forEach((id, v) -> values.put(p.codebook().attribute(id).map(Attribute::name).orElse("?"), v));
            return label + " " + t.span() + " \"" + t.span().textOf(WebAnnoSample.TEXT) + "\" note=" + t.note() + " " + values
                    + (t.fragmentGroup() == null ? "" : " fragment");
        }).sorted().toList();
    }

    private static String annotation(String id, String body, String target) {
        return "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"" + id + "\", \"type\": \"Annotation\","
                + " \"body\": " + body + ", \"target\": " + target + "}";
    }

    private static String tagging(String label) {
        return "{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"" + label + "\"}";
    }

    @Test
    void newsmarksOwnFileGivesBackTagsFragmentsNotesAttributesLinksCodesAndMetadata() throws Exception {
        ExchangeRead r = WebAnnotationReader.read(sampleFile(), KNOWN);
        assertEquals(List.of(), r.notTaken());
        ExchangeProject p = r.project();
        assertEquals(List.of(
                "framing [59,64) \"Cafe\u0301\" note= {} fragment",
                "framing [72,74) \"😀\" note= {}",
                "framing [75,83) \"disagree\" note= {} fragment",
                "statistic [98,107) \"3 percent\" note=Check it. {value=[3]}"), tagLines(p));
        List<Annotation> fragments = p.tags().stream().filter(t -> t.fragmentGroup() != null).toList();
        assertEquals(fragments.get(0).fragmentGroup(), fragments.get(1).fragmentGroup());
        assertEquals(List.of("Ana"), p.analysts().stream().map(a -> a.name()).toList());
        assertEquals(1, p.links().size());
        Annotation from = p.tags().stream().filter(t -> t.id() == p.links().get(0).fromTagId()).findFirst().orElseThrow();
        Annotation to = p.tags().stream().filter(t -> t.id() == p.links().get(0).toTagId()).findFirst().orElseThrow();
        assertEquals("3 percent -> 😀", from.span().textOf(WebAnnoSample.TEXT) + " -> " + to.span().textOf(WebAnnoSample.TEXT));
        assertEquals("supports", p.codebook().linkType(p.links().get(0).typeId()).orElseThrow().name());
        assertEquals(1, p.articleCodes().size());
        long tone = p.codebook().articleCodes().get(0).id();
        assertEquals(List.of("negative"), p.articleCodes().get(0).values().get(tone));
        assertEquals(WebAnnoSample.project().metadataOf(1), p.metadataOf(WebAnnoSample.DOC.id()));
        assertEquals("#E69F00", p.codebook().label("statistic").orElseThrow().color());
        assertEquals(List.of(WebAnnoSample.DOC), p.documents(), "the importing project's own article");
    }

    @Test
    void aShiftedPositionIsReanchoredByItsQuote() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(WebAnnotationWriterTest.written());
        for (JsonNode a : root.path("first").path("items")) {
            if (a.path("body").path(0).path("value").asText().equals("statistic")) {
                ObjectNode position = (ObjectNode) a.path("target").path("selector").get(1);
                assertEquals(97, position.path("start").asInt());
                position.put("start", 90).put("end", 99); // as if the text had lost 7 characters before it
            }
        }
        Path p = dir.resolve("shifted.jsonld");
        JSON.writeValue(p.toFile(), root);
        ExchangeRead r = WebAnnotationReader.read(p, KNOWN);
        assertEquals(List.of(), r.notTaken());
        assertTrue(tagLines(r.project()).contains("statistic [98,107) \"3 percent\" note=Check it. {value=[3]}"));
    }

    @Test
    void anAmbiguousQuoteIsReportedAndAPrefixSettlesIt() throws Exception {
        String source = "{\"source\": \"urn:sha256:" + WebAnnoSample.DOC.sha256() + "\", \"selector\": ";
        Path p = file("said.jsonld", "[\n" + annotation("urn:x:1", tagging("claim"),
                source + "{\"type\": \"TextQuoteSelector\", \"exact\": \"said\"}}") + ",\n"
                + annotation("urn:x:2", tagging("claim"), source + "{\"type\": \"TextQuoteSelector\", \"exact\": \"said\","
                        + " \"prefix\": \"office \"}}") + "\n]");
        ExchangeRead r = WebAnnotationReader.read(p, KNOWN);
        assertEquals(List.of("said.jsonld line 2: annotation urn:x:1 its quote \"said\" is in the article 2 times and its"
                + " prefix and suffix do not tell which"), r.notTaken());
        assertEquals(List.of("claim [129,133) \"said\" note= {}"), tagLines(r.project()));
    }

    @Test
    void aHypothesisAnnotationImportsOnTheArticleWithItsUrl() throws Exception {
        // as Hypothesis serves one annotation as JSON-LD: creator an acct: IRI, the note a body without purpose,
        // positions in UTF-16 over the web page's text (here one off), a RangeSelector Newsmark cannot use
        Path p = file("hypothesis.jsonld", """
                {
                  "@context": "http://www.w3.org/ns/anno.jsonld",
                  "type": "Annotation",
                  "id": "https://hypothes.is/a/Xyz12",
                  "created": "2024-03-01T09:30:00.000000+00:00",
                  "modified": "2024-03-01T09:31:00.000000+00:00",
                  "creator": "acct:maria@hypothes.is",
                  "body": [
                    {"type": "TextualBody", "value": "Which office?", "format": "text/markdown", "language": "en"},
                    {"type": "TextualBody", "purpose": "tagging", "value": "statistic"},
                    {"type": "TextualBody", "purpose": "tagging", "value": "check"}
                  ],
                  "target": [{
                    "source": "https://EXAMPLE.org/a/#main",
                    "selector": [
                      {"type": "RangeSelector", "startContainer": "/main[1]/p[3]", "startOffset": 12, "endContainer": "/main[1]/p[3]", "endOffset": 21},
                      {"type": "TextPositionSelector", "start": 98, "end": 107},
                      {"type": "TextQuoteSelector", "exact": "3 percent", "prefix": "Prices rose ", "suffix": " in March"}
                    ]
                  }]
                }
                """);
        ArticleMetadata withUrl = ArticleMetadata.EMPTY.with("url", "https://example.org/a");
        ExchangeRead r = WebAnnotationReader.read(p, KNOWN, Map.of(WebAnnoSample.DOC.id(), withUrl));
        assertEquals(List.of("statistic [98,107) \"3 percent\" note=Which office? {}"), tagLines(r.project()));
        assertEquals("maria", r.project().analysts().get(0).name());
        assertEquals(java.time.Instant.parse("2024-03-01T09:30:00Z"), r.project().tags().get(0).created());
        assertEquals(List.of("hypothesis.jsonld line 1: annotation https://hypothes.is/a/Xyz12 is tagged statistic and also"
                + " check; a tag has one label, so it is taken as statistic only"), r.notTaken());
    }

    @Test
    void aRecogitoArrayWithoutSourcesFindsTheOneArticleHoldingEachQuote() throws Exception {
        Path p = file("recogito.json", "[" + annotation("#c3a1",
                "[{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"Person\","
                        + " \"creator\": {\"id\": \"https://recogito.example/ben\", \"name\": \"Ben\"}}]",
                "{\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"Ana Reyes\"},"
                        + " {\"type\": \"TextPositionSelector\", \"start\": 9, \"end\": 18}]}") + "]");
        ExchangeRead r = WebAnnotationReader.read(p, KNOWN);
        assertEquals(List.of(), r.notTaken());
        assertEquals(List.of("Person [9,18) \"Ana Reyes\" note= {}"), tagLines(r.project()));
        assertEquals("Ben", r.project().analysts().get(0).name());
    }

    @Test
    void annotationsOnAnArticleTheProjectLacksAreReportedNotRefused() throws Exception {
        ExchangeRead r = WebAnnotationReader.read(sampleFile(), List.of());
        assertTrue(r.project().tags().isEmpty());
        assertTrue(r.notTaken().contains("sample.jsonld: 4 annotations on https://example.org/a are not taken: no article"
                + " of this project has that SHA-256 or url (or holds its quote); import the article first"), r.notTaken()::toString);
    }

    @Test
    void anElementThatIsNoAnnotationIsToldWithItsLine() throws Exception {
        Path p = file("page.jsonld", "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationPage\",\n"
                + "\"items\": [\n{\"id\": \"urn:x:9\", \"type\": \"Person\"}\n]}");
        ExchangeRead r = WebAnnotationReader.read(p, KNOWN);
        assertEquals(List.of("page.jsonld line 3: annotation urn:x:9 is not an Annotation (its type is \"Person\")"), r.notTaken());
    }

    @Test
    void textThatIsNotJsonIsRefusedNamingTheLine() throws Exception {
        Path p = file("broken.jsonld", "{\n  \"type\": \"Annotation\",\n  \"body\": [oops]\n}");
        ImportException e = assertThrows(ImportException.class, () -> WebAnnotationReader.read(p, KNOWN));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("broken.jsonld line 3: is not valid JSON: "), e.getMessage());
        assertFalse(e.getMessage().contains("com.fasterxml"), e.getMessage());
    }

    @Test
    void jsonLdThatIsNotWebAnnotationIsRefused() throws Exception {
        Path p = file("person.jsonld", "{\"@context\": \"https://schema.org\", \"type\": \"Person\", \"name\": \"Ana\"}");
        ImportException e = assertThrows(ImportException.class, () -> WebAnnotationReader.read(p, KNOWN));
        assertEquals("person.jsonld line 1: is JSON-LD but not Web Annotation (its type is \"Person\", its context not "
                + "http://www.w3.org/ns/anno.jsonld)", e.getMessage());
        Path plain = file("plain.json", "{\"rows\": []}");
        assertTrue(assertThrows(ImportException.class, () -> WebAnnotationReader.read(plain, KNOWN)).getMessage()
                .startsWith("plain.json line 1: is JSON but not Web Annotation JSON-LD"));
        Path two = file("two.jsonld", annotation("urn:x:1", tagging("a"), "\"urn:x\"") + "\n{}");
        assertEquals("two.jsonld line 2: holds more than one JSON value; a Web Annotation file holds one",
                assertThrows(ImportException.class, () -> WebAnnotationReader.read(two, KNOWN)).getMessage());
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        Path p = file("twice.jsonld", "{\"type\": \"Annotation\",\n \"id\": \"urn:x:1\",\n \"id\": \"urn:x:2\"}");
        ImportException e = assertThrows(ImportException.class, () -> WebAnnotationReader.read(p, KNOWN));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("Duplicate field 'id'"), e.getMessage());
    }

    @Test
    void nestingDeeperThanTheBoundIsRefused() throws Exception {
        String deep = "[".repeat(WebAnnotation.MAX_DEPTH + 1) + "]".repeat(WebAnnotation.MAX_DEPTH + 1);
        Path p = file("deep.jsonld", deep);
        ImportException e = assertThrows(ImportException.class, () -> WebAnnotationReader.read(p, KNOWN));
        assertEquals("deep.jsonld line 1: is nested deeper than 64 levels of arrays and objects; a Web Annotation file"
                + " needs far fewer", e.getMessage());
    }

    @Test
    void aFileOverTheSizeBoundIsRefusedBeforeItIsRead() throws Exception {
        Path p = dir.resolve("huge.jsonld");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(WebAnnotation.MAX_BYTES + 1); // sparse: nothing is written
        }
        ImportException e = assertThrows(ImportException.class, () -> WebAnnotationReader.read(p, KNOWN));
        assertEquals("huge.jsonld: is larger than a Web Annotation file may be (at most 256 MiB)", e.getMessage());
        assertNotNull(e.file());
    }
}
