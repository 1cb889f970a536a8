package org.newsmark.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.io.SpanTextCheck;

/** write → read gives back the same values, for hostile Unicode and formula-like cells, in both modes. */
class CsvRoundTripTest {

    private static final List<String> PIECES = List.of("a", "Z", " ", "\n", "\r\n", ",", "\"", "'", "=", "+", "-", "@",
            "\t", "😀", "👩🏽‍🔬", "e\u0301", "\u0627\u0644\u0633\u0644\u0627\u0645", "\u05e9\u05dc\u05d5\u05dd",
            "\u00a0", "\u200f", "𝕏", "''=", "\uFEFF");

    /** A seeded stream of hostile cells: 300 random files, each up to 5 rows, in both modes. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void roundTripKeepsEveryValue(long seed) throws Exception {
        Random random = new Random(seed);
        for (int trial = 0; trial < 100; trial++) {
            List<String[]> cells = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int r = 0; r < n; r++) {
                cells.add(new String[] {hostile(random), hostile(random), hostileName(random)});
            }
            roundTrip(cells, random.nextBoolean());
        }
    }

    /** Names may hold any of the pieces except line breaks, tabs and U+FEFF (see domain.Names); the Z keeps a trailing space. */
    private static String hostileName(Random random) {
        String name;
        do {
            name = hostile(random);
        } while (name.contains("\n") || name.contains("\r") || name.contains("\t") || name.contains("\uFEFF"));
        return name + "Z";
    }

    private static String hostile(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return sb.toString();
    }

    private void roundTrip(List<String[]> cells, boolean excel) throws Exception {
        List<ExportRow> rows = new ArrayList<>();
        int i = 0;
        for (String[] c : cells) {
            rows.add(new ExportRow(i, "t", TextHash.sha256(c[0]), "an" + c[2], i, "lbl" + c[2],
                    i, i + 3, c[0], c[1], Instant.EPOCH, Instant.EPOCH));
            i++;
        }
        List<CsvAnnotationRow> back = CsvAnnotationReader.read(write(rows, new CsvOptions(excel, false)), "p.csv");
        assertEquals(rows.size(), back.size());
        for (int k = 0; k < rows.size(); k++) {
            ExportRow w = rows.get(k);
            CsvAnnotationRow r = back.get(k);
            assertEquals(w.documentId(), r.documentId());
            assertEquals(w.documentSha256(), r.documentSha256());
            assertEquals(w.analyst(), r.analyst());
            assertEquals(w.label(), r.label());
            assertEquals(w.start(), r.start());
            assertEquals(w.end(), r.end());
            assertEquals(w.text(), r.text());
            assertEquals(w.note(), r.note());
        }
    }

    @Test
    void exportedOffsetsPointAtTheTextInPythonTerms() throws Exception {
        String article = "😀 The mayor's \"plan\" — =fair? ‏שלום, النص. Café\u00a0e\u0301 +1";
        CodePointOffsets offsets = new CodePointOffsets(article);
        List<ExportRow> rows = new ArrayList<>();
        String[] quotes = {"The mayor's", "\"plan\"", "=fair?", "שלום", "النص", "Café\u00a0e\u0301", "+1"};
        for (String q : quotes) {
            int b = article.indexOf(q);
            rows.add(new ExportRow(1, "t", TextHash.sha256(article), "dana", 1, "claim", offsets.toCodePoints(b),
                    offsets.toCodePoints(b + q.length()), q, "-note", null, null));
        }
        List<CsvAnnotationRow> back = CsvAnnotationReader.read(write(rows, CsvOptions.DEFAULT), "o.csv");
        for (int k = 0; k < quotes.length; k++) {
            CsvAnnotationRow r = back.get(k);
            Span span = SpanTextCheck.verify("o.csv", r.line(), article, offsets, r.start(), r.end(), r.text());
            assertEquals(quotes[k], span.textOf(article));
            assertEquals("-note", r.note());
        }
        assertEquals(2, back.get(0).start()); // code points: the emoji counts once
    }

    private static byte[] write(List<ExportRow> rows, CsvOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvAnnotationWriter w = new CsvAnnotationWriter(out, options)) {
            for (ExportRow r : rows) {
                w.write(r);
            }
        }
        return out.toByteArray();
    }
}
