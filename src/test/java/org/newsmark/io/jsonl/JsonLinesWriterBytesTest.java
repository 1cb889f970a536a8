package org.newsmark.io.jsonl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writer streams each line into its buffer; the bytes are those of the way it wrote before,
 * {@code writeValueAsString} per line through a UTF-8 writer: emoji, a lone surrogate, CRLF,
 * quotes, control characters, and articles longer than the buffers.
 */
class JsonLinesWriterBytesTest {

    private static final String[] PIECES = {"a", " ", "😀", "\uD83D", "\uDE00", "\r\n", "\"", "\\", "\u0000", "\u001F", "\u2028", "é",
            "日本", "<script>", "\t"};

    @Test
    void linesAreTheBytesWriteValueAsStringGave() throws Exception {
        Random r = new Random(11);
        List<JsonlDocument> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = random(r, i < 5 ? 100_000 : 300);
            List<JsonlAnnotation> tags = new ArrayList<>();
            for (int t = r.nextInt(20); t > 0; t--) {
                tags.add(new JsonlAnnotation(r.nextLong(), random(r, 6), random(r, 8), r.nextInt(300), r.nextInt(300), random(r, 30),
                        random(r, 12), r.nextBoolean() ? Map.of("frame", List.of(random(r, 5))) : Map.of()));
            }
            docs.add(new JsonlDocument(i, random(r, 20), "ab", text, tags, Map.of(), List.of(), List.of(),
                    r.nextBoolean() ? Map.of("outlet", random(r, 10)) : null));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter w = new JsonLinesWriter(out)) {
            for (JsonlDocument d : docs) {
                w.write(d);
            }
        }
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(before, StandardCharsets.UTF_8)) {
            for (JsonlDocument d : docs) {
                w.write(JsonLinesWriter.MAPPER.writeValueAsString(d));
                w.write('\n');
            }
        }
        assertArrayEquals(before.toByteArray(), out.toByteArray());
    }

    private static String random(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            sb.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : String.valueOf((char) ('a' + r.nextInt(26))));
        }
        return sb.toString();
    }
}
