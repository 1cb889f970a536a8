package org.newsmark.io.qdpx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;

/**
 * Small project.qde files written as QualCoder, MAXQDA, ATLAS.ti and NVivo write them (see
 * src/test/resources/refi-qda/README.md), on a text with CRLF line ends, a combining accent and an
 * emoji: every tag lands on the words its selection meant, and what cannot be taken is said. NVivo's
 * positions count a CRLF twice, the others' once (docs/formats.md, "Positions").
 */
class ToolStyleImportTest {

    /** The text as Newsmark keeps it: LF line ends. */
    static final String TEXT = "Cafe\u0301 owners 😀 said:\nPrices rose 3 percent.\nThe end.";

    @TempDir
    Path dir;

    @Test
    void qualCoderWithItsBomsCategoriesAndAnAnnotation() throws Exception {
        ExchangeRead r = read("qualcoder-style.qde", "Sources/22222222-0000-4000-8000-000000000001.txt", "qualcoder-source.txt");
        assertEquals(List.of("Ana Economy/prices \"Prices rose\"", "default emotion \"😀\""),
                List.of(line(r.project(), 0), line(r.project(), 1)));
        assertEquals("#AABBCC", r.project().codebook().label("emotion").orElseThrow().color());
        assertEquals(List.of("Economy/prices", "emotion"), r.project().codebook().labels().stream().map(Label::name).toList());
        assertEquals(TEXT, r.project().documents().get(0).text());
        assertEquals(List.of(), r.notTaken());
    }

    @Test
    void maxqdaWithCrlfTextBracedGuidsNestedCodesAndAPicture() throws Exception {
        ExchangeRead r = read("maxqda-style.qde", "Sources/{C1000000-0000-4000-8000-000000000001}.txt", "maxqda-source.txt");
        ExchangeProject p = r.project();
        assertEquals(TEXT, p.documents().get(0).text());
        assertEquals(List.of("Ana Economy/prices \"Prices rose\"", "Ana Economy \"Prices rose\"", "Ana Economy \"The end\""),
                List.of(line(p, 0), line(p, 1), line(p, 2)));
        assertEquals("Daily Example", p.metadataOf(p.documents().get(0).id()).outlet());
        assertEquals(1, r.notTaken().size());
        assertTrue(r.notTaken().get(0).contains("PictureSource \"photo\" not taken"), r.notTaken().get(0));
    }

    @Test
    void atlasTiWithTheTextInsideTheXmlALinkAndASelectionBeyondTheText() throws Exception {
        ExchangeRead r = read("atlasti-style.qde", null, null);
        ExchangeProject p = r.project();
        assertEquals(TEXT, p.documents().get(0).text());
        assertEquals(List.of("Ana prices \"Prices rose\"", "Ana people \"Cafe\u0301 owners\""), List.of(line(p, 0), line(p, 1)));
        assertEquals(1, p.links().size());
        assertEquals("explains", p.codebook().linkTypes().get(0).name());
        assertEquals(1, r.notTaken().size());
        assertTrue(r.notTaken().get(0).contains("positions 40-99 are outside its 52 characters"), r.notTaken().get(0));
    }

    @Test
    void nvivoWithAnUnknownUserANonCodableCodeAPdfASetAndAWholeSourceCoding() throws Exception {
        ExchangeRead r = read("nvivo-style.qde", "Sources/0a0a0a0a-0000-4000-8000-000000000021.txt", "nvivo-source.txt");
        ExchangeProject p = r.project();
        assertEquals(List.of("Ana Nodes/emotion \"😀\""), List.of(line(p, 0)));
        assertEquals(1, p.tags().size());
        String all = String.join("\n", r.notTaken());
        assertTrue(all.contains("a Coding of \"Nodes\" not taken (that code is not codable)"), all);
        assertTrue(all.contains("PDFSource \"report\" not taken"), all);
        assertTrue(all.contains("Set \"Interviews\" not taken"), all);
        assertTrue(all.contains("a Coding of the whole of \"Cafe article\" not taken"), all);
        assertEquals(4, r.notTaken().size(), all);
    }

    @Test
    void nvivoCountsEachCrlfOfItsTextTwiceWhileMaxqdaCountsItOnce() throws Exception {
        // the same CRLF text as the MAXQDA file; "Prices rose" starts at 22 here, at 21 there
        ExchangeRead r = read("nvivo-crlf-style.qde", "Sources/0b0b0b0b-0000-4000-8000-000000000021.txt", "nvivo-source.txt");
        ExchangeProject p = r.project();
        assertEquals(TEXT, p.documents().get(0).text());
        assertEquals(List.of("Ana prices \"Prices rose\"", "Ana prices \"The end\"", "Ana prices \"Prices\"",
                        "Ana people \"Cafe\u0301\"", "Ana people \"😀\""),
                List.of(line(p, 0), line(p, 1), line(p, 2), line(p, 3), line(p, 4)));
        assertEquals(List.of(), r.notTaken());
    }

    @Test
    void utf16PositionsCanBeAskedForAndThenASelectionMaySplitAnEmoji() throws Exception {
        Path file = zip("nvivo-style.qde", "Sources/0a0a0a0a-0000-4000-8000-000000000021.txt", "nvivo-source.txt");
        ExchangeRead r = QdpxReader.read(file, RefiPositions.Unit.UTF16);
        assertEquals(0, r.project().tags().size());
        String all = String.join("\n", r.notTaken());
        assertTrue(all.contains("positions 13-14 split a character in two"), all);
    }

    private ExchangeRead read(String qde, String sourceEntry, String sourceResource) throws Exception {
        return QdpxReader.read(zip(qde, sourceEntry, sourceResource));
    }

    private Path zip(String qde, String sourceEntry, String sourceResource) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiSchemas.resource(qde));
        if (sourceEntry != null) {
            entries.put(sourceEntry, RefiSchemas.resource(sourceResource));
        }
        Path file = dir.resolve(qde.replace(".qde", ".qdpx"));
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** "ANALYST LABEL "tagged text"" of the i-th tag. */
    private static String line(ExchangeProject p, int i) {
        var t = p.tags().get(i);
        Document d = p.document(t.documentId()).orElseThrow();
        return p.analyst(t.analystId()).map(Analyst::name).orElseThrow() + " "
                + p.codebook().label(t.labelId()).map(Label::name).orElseThrow() + " \"" + t.span().textOf(d.text()) + "\"";
    }
}
