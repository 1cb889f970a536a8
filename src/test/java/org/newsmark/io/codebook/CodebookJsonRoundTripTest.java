package org.newsmark.io.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Label;

class CodebookJsonRoundTripTest {

    /** The default codebook with the ids a file read gives: labels 1..4, attributes 1..m in file order. */
    static Codebook defaultCodebook() {
        List<Label> labels = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        long id = 0;
        for (Label l : DefaultCodebook.labels()) {
            id++;
            labels.add(new Label(id, l.name(), l.color(), l.key(), l.definition(), l.rules(), l.examples(), l.retired()));
            for (Attribute a : DefaultCodebook.attributesFor(l.name())) {
                attributes.add(a.withId(attributes.size() + 1).withLabel(id));
            }
        }
        for (Attribute a : DefaultCodebook.articleCodes()) {
            attributes.add(a.withId(attributes.size() + 1));
        }
        return new Codebook(labels, attributes);
    }

    static String write(Codebook c) throws Exception {
        StringWriter out = new StringWriter();
        CodebookJson.write(c, out);
        return out.toString();
    }

    static Codebook read(String json) throws Exception {
        return CodebookJson.read(new StringReader(json), "codebook.json");
    }

    @Test
    void theDefaultCodebookReadsBackEqual() throws Exception {
        Codebook c = defaultCodebook();
        assertEquals(9, c.attributes().size(), "7 attributes of labels and 2 article codes");
        String json = write(c);
        assertEquals(c, read(json));
        assertEquals(json, write(read(json)), "writing is stable");
    }

    @Test
    void writesEveryFieldInAFixedOrderWithLfAndTwoSpaces() throws Exception {
        Codebook c = new Codebook(
                List.of(new Label(1, "claim", "#E69F00", "1", "Checkable.", "Not opinions.", "\"The bridge is safe.\"", false)),
                List.of(new Attribute(1, 1L, "check-worthy", AttributeType.YES_NO, List.of(), true, "Worth it?"),
                        new Attribute(2, null, "tone", AttributeType.CHOICE, List.of("negative", "positive"), false, "")));
        assertEquals("""
                {
                  "format": "newsmark-codebook",
                  "version": 2,
                  "labels": [
                    {
                      "name": "claim",
                      "color": "#E69F00",
                      "key": "1",
                      "definition": "Checkable.",
                      "rules": "Not opinions.",
                      "examples": "\\"The bridge is safe.\\"",
                      "retired": false,
                      "attributes": [
                        {
                          "name": "check-worthy",
                          "type": "yes-no",
                          "choices": [],
                          "required": true,
                          "definition": "Worth it?"
                        }
                      ]
                    }
                  ],
                  "article_codes": [
                    {
                      "name": "tone",
                      "type": "choice",
                      "choices": [
                        "negative",
                        "positive"
                      ],
                      "required": false,
                      "definition": ""
                    }
                  ],
                  "link_types": []
                }
                """, write(c));
    }

    @Test
    void emojiRightToLeftRetiredAndMultipleChoiceReadBackEqual() throws Exception {
        Codebook c = new Codebook(
                List.of(new Label(1, "ادعاء", "#0072B2", "1", "تأكيد يمكن التحقق منه", "", "", false),
                        new Label(2, "👩‍💻 source 🏴󠁧󠁢󠁳󠁣󠁴󠁿", "#D55E00", "9", "Line one\nLine two\ttab", "", "", false),
                        new Label(3, "old frame", "#999999", null, "Retired in wave 2.", "Do not use.", "", true),
                        new Label(4, "שמועה", "#F0E442", null, "", "", "", false)),
                List.of(new Attribute(1, 1L, "نوع", AttributeType.MULTIPLE_CHOICE, List.of("سياسي", "اقتصادي", "😀"), true, ""),
                        new Attribute(2, 2L, "count", AttributeType.NUMBER, List.of(), false, "how many"),
                        new Attribute(3, 3L, "frame", AttributeType.CHOICE, List.of("a", "b"), false, ""),
                        new Attribute(4, 4L, "note", AttributeType.TEXT, List.of(), false, "hidden \u202E text \u200B"),
                        new Attribute(5, null, "countries", AttributeType.MULTIPLE_CHOICE, List.of("🇩🇪", "🇫🇷"), false, ""),
                        new Attribute(6, null, "summary", AttributeType.TEXT, List.of(), true, "")));
        String json = write(c);
        assertEquals(c, read(json));
        assertTrue(json.contains("\"name\": \"👩‍💻 source 🏴󠁧󠁢󠁳󠁣󠁴󠁿\""), "emoji, ZWJ and flag tags are written as they are");
        assertTrue(json.contains("hidden \\u202E text \\u200B"), "invisible characters are escaped: " + json);
        assertTrue(json.contains("Line one\\nLine two\\ttab"), json);
    }

    @Test
    void attributesAreNestedUnderTheirLabelWhateverTheCodebookOrder() throws Exception {
        Codebook c = new Codebook(
                List.of(new Label(7, "b", "#000000", null, ""), new Label(3, "a", "#FFFFFF", null, "")),
                List.of(new Attribute(40, null, "code", AttributeType.TEXT, List.of(), false, ""),
                        new Attribute(41, 3L, "of a", AttributeType.TEXT, List.of(), false, ""),
                        new Attribute(42, 7L, "of b", AttributeType.TEXT, List.of(), false, "")));
        Codebook back = read(write(c));
        assertEquals(List.of("b", "a"), back.labels().stream().map(Label::name).toList());
        assertEquals(List.of(new Attribute(1, 1L, "of b", AttributeType.TEXT, List.of(), false, ""),
                new Attribute(2, 2L, "of a", AttributeType.TEXT, List.of(), false, ""),
                new Attribute(3, null, "code", AttributeType.TEXT, List.of(), false, "")), back.attributes());
    }

    @Test
    void aRetiredLabelIsWrittenWithoutAKey() throws Exception {
        Codebook c = new Codebook(List.of(new Label(1, "old", "#000000", "3", "", "", "", true)), List.of());
        Codebook back = read(write(c));
        assertEquals(new Label(1, "old", "#000000", null, "", "", "", true), back.labels().get(0));
    }

    @Test
    void anAttributeOfAMissingLabelIsNotWritten() {
        Codebook c = new Codebook(List.of(), List.of(new Attribute(1, 5L, "x", AttributeType.TEXT, List.of(), false, "")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(c));
        assertEquals("attribute \"x\" belongs to label id 5, which is not in the codebook", e.getMessage());
    }

    @Test
    void theStreamIsUtf8WithoutBomAndReadsBackFromBytes() throws Exception {
        Codebook c = new Codebook(List.of(new Label(1, "ادعاء 😀", "#0072B2", null, "")), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CodebookJson.write(c, out);
        byte[] bytes = out.toByteArray();
        assertEquals('{', bytes[0]);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ادعاء 😀"));
        assertEquals(c, CodebookJson.read(bytes, "codebook.json"));
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        assertEquals(c, CodebookJson.read(withBom, "codebook.json"));
    }

    @Test
    void leftOutFieldsTakeTheirDefaultsAndNamesAreStripped() throws Exception {
        Codebook c = read("""
                {"format": "newsmark-codebook", "version": 1,
                 "labels": [{"name": "  claim\u00A0", "color": "#e69f00",
                             "attributes": [{"name": "tone ", "type": "choice", "choices": [" a", "b "]}]},
                            {"name": "x", "color": "#000000", "key": null, "definition": null, "retired": null}]}
                """);
        assertEquals(List.of(new Label(1, "claim", "#E69F00", null, "", "", "", false),
                new Label(2, "x", "#000000", null, "", "", "", false)), c.labels());
        assertEquals(List.of(new Attribute(1, 1L, "tone", AttributeType.CHOICE, List.of("a", "b"), false, "")), c.attributes());
        assertFalse(c.labels().get(0).retired());
    }

    @Test
    void anEmptyCodebookIsACodebook() throws Exception {
        assertEquals(new Codebook(List.of(), List.of()), read("{\"format\": \"newsmark-codebook\", \"version\": 1}"));
        Codebook empty = new Codebook(List.of(), List.of());
        assertEquals(empty, read(write(empty)));
    }

    @Test
    void theExampleInFormatsMdReadsAndIsWhatNewsmarkWrites() throws Exception {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/formats.md"));
        int section = doc.indexOf("## Codebook file (JSON)");
        assertTrue(section >= 0, "docs/formats.md has the section");
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Codebook c = read(example);
        assertEquals(3, c.labels().size());
        assertTrue(c.labels().get(2).retired());
        assertEquals(4, c.attributes().size());
        assertEquals(example, write(c));
    }
}
