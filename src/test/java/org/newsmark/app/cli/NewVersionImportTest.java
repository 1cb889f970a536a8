package org.newsmark.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;

/** {@code import PROJECT FILE --new-version-of ID} and {@code --new-version}: the counts, and each tag sent to review. */
class NewVersionImportTest {

    private static final String OLD = "The mayor said the bridge will close in May.\nTraffic will move to the ferry.\n";
    private static final String NEW = "Update: the mayor said the bridge will close in June.\nTraffic will move to the ferry.\n";

    @TempDir
    Path dir;

    private long tagged(Path project) throws Exception {
        try (ProjectSession s = Wiring.projects().open(project.toString())) {
            Document d = s.documents().add("Bridge", "a.txt", OLD).document();
            Analyst ana = s.analyst("Ana");
            Label claim = s.codebook().codebook().label("claim").orElseThrow();
            s.annotations().tag(d, ana, claim, span(OLD, "close in May"));
            s.annotations().tag(d, ana, claim, span(OLD, "Traffic will move to the ferry"));
            return d.id();
        }
    }

    @Test
    void aNewVersionOfAnArticlePrintsItsCountsAndWhatGoesToReview() throws Exception {
        Path project = dir.resolve("p.newsmark");
        Wiring.projects().create(project).close();
        long old = tagged(project);
        Path file = dir.resolve("a-v2.txt");
        Files.writeString(file, NEW);
        CommandLineTest.Run run = CommandLineTest.run("import", project.toString(), file.toString(), "--new-version-of", "" + old);
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("new version\t2\t"), lines.get(0));
        assertTrue(lines.get(0).endsWith("\treplaces\t" + old), lines.get(0));
        assertEquals("2 tags: 1 kept, 0 moved, 1 to review", lines.get(1));
        assertTrue(lines.get(2).matches("to review\t\\d+\tAna\tclaim\tchanged\t\"close in May\""), lines.get(2));
        assertEquals(3, lines.size(), run.out());
        try (ProjectSession s = Wiring.projects().open(project.toString())) {
            assertEquals(List.of(2L), s.documents().summaries(null).stream().map(DocumentSummary::id).toList());
            assertEquals(1, s.versions().reviewList(2).size());
        }
    }

    @Test
    void newVersionAloneFindsTheArticleByUrlAndSaysSoWhenNoneHasIt() throws Exception {
        Path project = dir.resolve("u.newsmark");
        Wiring.projects().create(project).close();
        Path first = dir.resolve("first.html");
        Files.writeString(first, page("Bridge", "The bridge will close in May."));
        assertEquals(0, CommandLineTest.run("import", project.toString(), first.toString()).code());
        Path second = dir.resolve("second.html");
        Files.writeString(second, page("Bridge, updated", "The bridge will close in June."));
        CommandLineTest.Run run = CommandLineTest.run("import", project.toString(), second.toString(), "--new-version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("new version\t2\t"), run.out());
        assertTrue(run.out().contains("replaces\t1"), run.out());

        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "No url here.");
        CommandLineTest.Run none = CommandLineTest.run("import", project.toString(), plain.toString(), "--new-version");
        assertEquals(2, none.code(), none.err());
        assertTrue(none.err().contains("plain.txt names no url to match an article by"), none.err());
        CommandLineTest.Run two = CommandLineTest.run("import", project.toString(), plain.toString(), first.toString(),
                "--new-version-of", "2");
        assertEquals(2, two.code(), two.err());
        CommandLineTest.Run gone = CommandLineTest.run("import", project.toString(), plain.toString(), "--new-version-of", "1");
        assertTrue(gone.code() != 0, gone.err());
        assertTrue(gone.err().contains("already replaced by a newer version, article 2"), gone.err());
        assertFalse(gone.err().contains("Exception"), gone.err());
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"og:url\" content=\"https://news.example/bridge\">"
                + "</head><body><p>" + body + "</p></body></html>";
    }

    private static Span span(String text, String quote) {
        int at = text.indexOf(quote);
        return new Span(at, at + quote.length());
    }
}
