package org.newsmark.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.BratExportReport;
import org.newsmark.service.ExportScope;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/**
 * The projects and files {@link FuzzTest} starts from: a source project whose exports are
 * mutated, and a target project (the same articles in another order, plus one of its own, and
 * some tags) that every mutant is imported into, as a fresh copy per case.
 */
final class FuzzProjects {

    /** LF only, a tab, formula starts, quotes and commas, an emoji with a skin tone, a combining mark. */
    static final String ARTICLE_C = "=SUM(A1) said \"Ana\", then: -5, +3, @home\n\tTabbed line, comma, \"quotes\"\n"
            + "Last line with 👍🏽 and e\u0301 too.\n";
    static final String ARTICLE_D = "Only in the target: a fourth article, never exported.";
    static final Instant T0 = Instant.parse("2026-03-01T08:00:00.125Z");
    /** Tags are made at this time, so exports and project files are the same bytes in every run. */
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    /** Analysts of the source; "a/b" needs another folder name in brat, "@nna" the CSV guard. */
    static final List<String> SOURCE_ANALYSTS = List.of("Ana", "Bo", "Chloé 👩\u200D💻", "@nna", "a/b");

    final Path source;
    final Path target;
    final Path csvRaw;
    final Path csvGuarded;
    final Path csvExcel;
    final Path brat;
    final BratExportReport bratReport;

    private FuzzProjects(Path source, Path target, Path csvRaw, Path csvGuarded, Path csvExcel, Path brat,
                         BratExportReport bratReport) {
        this.source = source;
        this.target = target;
        this.csvRaw = csvRaw;
        this.csvGuarded = csvGuarded;
        this.csvExcel = csvExcel;
        this.brat = brat;
        this.bratReport = bratReport;
    }

    static FuzzProjects make(Path dir) throws Exception {
        Files.createDirectories(dir);
        Path source = dir.resolve("source.newsmark");
        Path csvRaw = dir.resolve("raw.csv");
        Path csvGuarded = dir.resolve("guarded.csv");
        Path csvExcel = dir.resolve("excel.csv");
        Path brat = dir.resolve("brat");
        BratExportReport report;
        try (ProjectSession s = TestProjects.create(source)) {
            AnnotationService tags = new AnnotationService(TestProjects.store(s), CLOCK);
            Document a = s.documents().add("Roads", "a.txt", ProjectFixture.ARTICLE_A).document();
            Document b = s.documents().add("Preise", "b.txt", ProjectFixture.ARTICLE_B).document();
            Document c = s.documents().add("Formula", "c.txt", ARTICLE_C).document();
            List<Analyst> who = SOURCE_ANALYSTS.stream().map(s::analyst).toList();
            List<Label> labels = new ArrayList<>(s.labels());
            labels.add(s.addLabel("=risky", "#123456", null, ""));
            labels.add(s.addLabel("two  spaces", "#654321", null, "a label brat writes as two_spaces"));
            String[] notes = {"", "with, comma", "=cmd|' /C calc'!A0", "line\nbreak", "'quoted", "tab\there", "\"q\""};
            int k = 0;
            for (var q : List.of(
                    Map.entry(a, "The mayor said"), Map.entry(a, "40%"), Map.entry(a, "\"made up\""), Map.entry(a, "Monday"),
                    Map.entry(b, "😀 wieder"), Map.entry(b, "العربية"), Map.entry(b, "e\u0301"), Map.entry(b, "👩\u200D💻"),
                    Map.entry(b, "3 %"), Map.entry(c, "=SUM(A1)"), Map.entry(c, "\"Ana\""), Map.entry(c, "-5"),
                    Map.entry(c, "\tTabbed line"), Map.entry(c, "👍🏽"), Map.entry(c, "quotes\"\nLast"),
                    Map.entry(a, "40%"), Map.entry(b, "Ölpreise"), Map.entry(c, "+3, @home"))) {
                Document d = q.getKey();
                int at = d.text().indexOf(q.getValue());
                if (at < 0) {
                    throw new IllegalStateException("no " + q.getValue());
                }
                Annotation tag = tags.tag(d, who.get(k % who.size()), labels.get(k % labels.size()),
                        new Span(at, at + q.getValue().length()));
                if (!notes[k % notes.length].isEmpty()) {
                    tags.setNote(tag, notes[k % notes.length]);
                }
                k++;
            }
            // one discontinuous tag: brat writes it as "a b;c d"
            var store = TestProjects.store(s);
            int x = a.text().indexOf("Critics");
            int y = a.text().indexOf("the figure");
            store.annotations().insert(new Annotation(0, a.id(), who.get(1).id(), labels.get(2).id(), new Span(x, x + 7),
                    "split", "g1", T0, T0));
            store.annotations().insert(new Annotation(0, a.id(), who.get(1).id(), labels.get(2).id(), new Span(y, y + 10),
                    "split", "g1", T0, T0));
            s.export().exportCsv(csvRaw, ExportScope.ALL, new CsvOptions(false, true), TaskControl.NONE);
            s.export().exportCsv(csvGuarded, ExportScope.ALL, CsvOptions.DEFAULT, TaskControl.NONE);
            s.export().exportCsv(csvExcel, ExportScope.ALL, new CsvOptions(true, false), TaskControl.NONE);
            report = s.export().exportBrat(brat, ExportScope.ALL, TaskControl.NONE);
        }

        Path target = dir.resolve("target.newsmark");
        try (ProjectSession t = TestProjects.create(target)) {
            // another order than the source: the ids differ, so document_id alone points elsewhere
            Document c = t.documents().add("Formula", "c.txt", ARTICLE_C).document();
            Document d = t.documents().add("Own", "d.txt", ARTICLE_D).document();
            Document a = t.documents().add("Roads", "a.txt", ProjectFixture.ARTICLE_A).document();
            t.documents().add("Preise", "b.txt", ProjectFixture.ARTICLE_B);
            ProjectFixture.ANALYSTS.forEach(t::analyst);
            Label own = t.addLabel("target only", "#ABCDEF", null, "");
            List<Label> labels = t.labels();
            AnnotationService tags = new AnnotationService(TestProjects.store(t), CLOCK);
            tag(t, tags, a, "Bo", labels.get(1), "40%"); // the same tag as in the source: "already present" on import
            tag(t, tags, c, "Bo", labels.get(1), "Tabbed line");
            tag(t, tags, d, "Dee", own, "fourth");
            tag(t, tags, a, "Ana", labels.get(0), "Residents");
        }
        // the import time is the clock's: set it, so that the files are the same bytes in every run
        for (Path p : List.of(source, target)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement st = c.createStatement()) {
                st.execute("UPDATE documents SET imported_at = '" + T0 + "'");
            }
        }
        if (Files.exists(dir.resolve("target.newsmark-wal"))) {
            throw new IllegalStateException("the closed target left a WAL");
        }
        return new FuzzProjects(source, target, csvRaw, csvGuarded, csvExcel, brat, report);
    }

    private static void tag(ProjectSession s, AnnotationService tags, Document d, String analyst, Label label, String quote) {
        int at = d.text().indexOf(quote);
        tags.tag(d, s.analyst(analyst), label, new Span(at, at + quote.length()));
    }

    /** Everything a project holds, to compare before and after. */
    record Snapshot(List<Document> documents, List<Analyst> analysts, List<Label> labels, List<Annotation> annotations) {

        static Snapshot of(ProjectSession s) {
            List<Document> docs = ProjectFixture.documents(s);
            List<Annotation> tags = new ArrayList<>();
            for (Document d : docs) {
                tags.addAll(TestProjects.store(s).annotations().forDocument(d.id(), null));
            }
            tags.sort(Comparator.comparingLong(Annotation::id));
            return new Snapshot(docs, s.analysts(), s.labels(), tags);
        }

        Document document(long id) {
            return documents.stream().filter(d -> d.id() == id).findFirst().orElse(null);
        }

        String analystName(long id) {
            return analysts.stream().filter(a -> a.id() == id).map(Analyst::name).findFirst().orElse(null);
        }

        String labelName(long id) {
            return labels.stream().filter(l -> l.id() == id).map(Label::name).findFirst().orElse(null);
        }
    }

    /** A copy of the folder made of hard links to its files (fast); change a file only by replacing it. */
    static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.createLink(q, p);
                }
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temp folder: JUnit removes what is left
        }
    }
}
