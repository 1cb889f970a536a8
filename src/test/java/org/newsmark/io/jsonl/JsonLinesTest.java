package org.newsmark.io.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

class JsonLinesTest {

    @Test
    void writesOneLinePerDocumentAndReadsItBack() throws Exception {
        List<JsonlDocument> docs = List.of(
                new JsonlDocument(1, "Storm 🌪", "c".repeat(64), "Line one\nLine two \u2028 שלום",
                        List.of(new JsonlAnnotation(10, "dana", "attributed opinion", 0, 8, "Line one", "said \"so\"\n"),
                                new JsonlAnnotation(11, "lee", "claim", 9, 17, "Line two", ""))),
                new JsonlDocument(2, "Empty", "d".repeat(64), "No tags.", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(out)) {
            for (JsonlDocument d : docs) {
                w.write(d);
            }
        }
        String jsonl = out.toString(StandardCharsets.UTF_8);
        String[] lines = jsonl.split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":1,\"title\":\"Storm 🌪\",\"sha256\":\"ccc"), lines[0]);
        assertTrue(lines[0].contains("\"annotations\":[{\"id\":10,\"analyst\":\"dana\",\"label\":\"attributed opinion\","
                + "\"start\":0,\"end\":8,\"text\":\"Line one\",\"note\":\"said \\\"so\\\"\\n\",\"attributes\":{}}"), lines[0]);
        assertTrue(lines[0].endsWith(",\"article_codes\":{},\"links\":[],\"sources\":[]}"), lines[0]);
        assertEquals(docs, JsonLinesReader.read(out.toByteArray(), "x.jsonl"));
    }

    @Test
    void linksAreWrittenAfterTheCodesAndReadBack() throws Exception {
        JsonlDocument doc = new JsonlDocument(1, "T", "c".repeat(64), "Prices rose 5%.",
                List.of(new JsonlAnnotation(10, "dana", "claim", 0, 15, "Prices rose 5%.", ""),
                        new JsonlAnnotation(11, "dana", "statistic", 12, 14, "5%", "")),
                java.util.Map.of(), List.of(new JsonlLink(3, "dana", "supports", 11, 10)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(out)) {
            w.write(doc);
        }
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.endsWith(",\"links\":[{\"id\":3,\"analyst\":\"dana\",\"type\":\"supports\",\"from\":11,\"to\":10}],\"sources\":[]}"), line);
        assertEquals(List.of(doc), JsonLinesReader.read(out.toByteArray(), "x.jsonl"));
        byte[] older = "{\"id\":1,\"title\":\"a\",\"sha256\":\"b\",\"text\":\"c\",\"annotations\":[]}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), JsonLinesReader.read(older, "old.jsonl").get(0).links(), "a file from before links has none");
    }

    @Test
    void badLineIsNamed() {
        byte[] bytes = "{\"id\":1,\"title\":\"a\",\"sha256\":\"b\",\"text\":\"c\",\"annotations\":[]}\n\n{oops\n"
                .getBytes(StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> JsonLinesReader.read(bytes, "x.jsonl"));
        assertTrue(e.getMessage().startsWith("x.jsonl line 3: is not a valid document object"), e.getMessage());
    }
}
