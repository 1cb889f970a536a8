package org.newsmark.io.webanno;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WebAnnotationWriterTest {

    static byte[] written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebAnnotationWriter.write(WebAnnoSample.project(), out);
        return out.toByteArray();
    }

    private static JsonNode json() throws Exception {
        return new ObjectMapper().readTree(written());
    }

    private static JsonNode tagged(JsonNode root, String label) {
        for (JsonNode a : root.path("first").path("items")) {
            if (a.path("motivation").asText().equals("tagging") && a.path("body").get(0).path("value").asText().equals(label)) {
                return a;
            }
        }
        throw new AssertionError("no annotation tagged " + label);
    }

    private static JsonNode selector(JsonNode target, String type) {
        for (JsonNode s : target.path("selector")) {
            if (s.path("type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type);
    }

    @Test
    void theW3cContextComesFirstThenNewsmarksOwn() throws Exception {
        JsonNode root = json();
        assertEquals("@context", root.fieldNames().next());
        assertEquals(WebAnnotation.CONTEXT, root.path("@context").get(0).asText());
        assertEquals(WebAnnotation.NAMESPACE, root.path("@context").get(1).path("nm").asText());
        assertEquals("@json", root.path("@context").get(1).path("codebook").path("@type").asText());
        assertEquals("AnnotationCollection", root.path("type").asText());
        assertEquals("AnnotationPage", root.path("first").path("type").asText());
        assertEquals(5, root.path("total").asInt(), "three tags (one discontinuous), a link, the article codes");
        assertEquals(root.path("total").asInt(), root.path("first").path("items").size());
        assertEquals("application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"", WebAnnotation.MEDIA_TYPE);
    }

    @Test
    void positionsCountCodePointsAsPythonSlicesTheText() throws Exception {
        JsonNode root = json();
        // Python: text.index("3 percent") == 97 (the emoji is one code point; CRLF two)
        JsonNode percent = tagged(root, "statistic").path("target");
        assertEquals(97, selector(percent, "TextPositionSelector").path("start").asInt());
        assertEquals(106, selector(percent, "TextPositionSelector").path("end").asInt());
        JsonNode quote = selector(percent, "TextQuoteSelector");
        assertEquals("3 percent", quote.path("exact").asText());
        assertEquals("owners 😀 disagree.\r\nPrices rose ", quote.path("prefix").asText());
        assertEquals(32, quote.path("prefix").asText().codePointCount(0, quote.path("prefix").asText().length()));
        assertEquals(" in March, the office said.", quote.path("suffix").asText(), "the text ends before 32 code points");

        JsonNode emoji = null;
        JsonNode cafe = null;
        for (JsonNode a : root.path("first").path("items")) {
            if (a.path("body").get(0).path("value").asText().equals("framing")) {
                if (a.path("target").isArray()) {
                    cafe = a;
                } else {
                    emoji = a;
                }
            }
        }
        assertEquals(72, selector(emoji.path("target"), "TextPositionSelector").path("start").asInt());
        assertEquals(73, selector(emoji.path("target"), "TextPositionSelector").path("end").asInt());
        assertEquals("ut costs by 12%\".\r\nCafe\u0301 owners ", selector(emoji.path("target"), "TextQuoteSelector")
                .path("prefix").asText());
        List<String> fragments = new ArrayList<>();
        for (JsonNode t : cafe.path("target")) {
            JsonNode p = selector(t, "TextPositionSelector");
            fragments.add(p.path("start").asInt() + "-" + p.path("end").asInt() + " "
                    + selector(t, "TextQuoteSelector").path("exact").asText());
        }
        assertEquals(List.of("59-64 Cafe\u0301", "74-82 disagree"), fragments, "one annotation, a target per fragment");
    }

    @Test
    void aTagCarriesLabelNoteAttributeAndCreatorAndALinkNamesTheTwoTagAnnotations() throws Exception {
        JsonNode root = json();
        JsonNode percent = tagged(root, "statistic");
        assertEquals("Annotation", percent.path("type").asText());
        assertEquals("Ana", percent.path("creator").path("name").asText());
        assertEquals("Person", percent.path("creator").path("type").asText());
        assertEquals("2024-02-08T10:00:00Z", percent.path("created").asText());
        assertEquals("https://example.org/a", percent.path("target").path("source").asText(), "the article's url names it");
        JsonNode body = percent.path("body");
        assertEquals("commenting", body.get(1).path("purpose").asText());
        assertEquals("Check it.", body.get(1).path("value").asText());
        assertEquals("describing", body.get(2).path("purpose").asText());
        assertEquals("value: 3", body.get(2).path("value").asText());
        assertEquals("value", body.get(2).path("attribute").asText());
        JsonNode link = null;
        JsonNode codes = null;
        for (JsonNode a : root.path("first").path("items")) {
            link = a.path("motivation").asText().equals("linking") ? a : link;
            codes = a.path("motivation").asText().equals("classifying") ? a : codes;
        }
        assertEquals(percent.path("id").asText(), link.path("linkFrom").asText());
        assertEquals(percent.path("id").asText(), link.path("target").get(0).asText());
        assertEquals("supports", link.path("body").get(0).path("value").asText());
        assertEquals("https://example.org/a", codes.path("target").asText());
        assertEquals("tone: negative", codes.path("body").get(0).path("value").asText());
        JsonNode article = root.path("articles").get(0);
        assertEquals(WebAnnoSample.DOC.sha256(), article.path("sha256").asText());
        assertEquals("Economy", article.path("fields").path("section").asText());
        assertEquals("statistic", root.path("codebook").path("labels").get(0).path("name").asText());
    }

    @Test
    void theSameProjectGivesTheSameBytes() throws Exception {
        assertArrayEquals(written(), written());
    }
}
