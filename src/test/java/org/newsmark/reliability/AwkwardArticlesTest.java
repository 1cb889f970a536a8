package org.newsmark.reliability;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ArticleRefusedException;
import org.newsmark.service.DocumentService;
import org.newsmark.service.ProjectSession;

/**
 * Awkward article texts through DocumentService.add and AnnotationService.tag: each is imported
 * so that a tagged span's text equals the selected text, also after reopening, or refused with
 * a message that says why. Byte-level cases (encodings, binary) are in AwkwardArticleFilesTest.
 */
class AwkwardArticlesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> texts() {
        String oneMegabyteLine = "word ".repeat(200_000) + "END";
        return Stream.of(
                Arguments.of("emoji outside the BMP", "Prices 😀🚀 rose 𝔘𝔫𝔦 today.", "😀🚀"),
                Arguments.of("combining marks", "The cafe\u0301 and n\u0303 and a\u0308\u0304 stayed.", "cafe\u0301"),
                Arguments.of("ZWJ sequences", "Family 👨\u200D👩\u200D👧\u200D👦 and coder 👩🏽\u200D💻 here.", "👨\u200D👩\u200D👧\u200D👦"),
                Arguments.of("Arabic RTL", "قال الوزير إن الطرق مكسورة.", "الطرق"),
                Arguments.of("Hebrew RTL with digits", "הראש אמר ש-40% מהכבישים שבורים.", "40% מהכבישים"),
                Arguments.of("mixed RTL and LTR", "He said \u202Bשלום\u202C and left.", "\u202Bשלום\u202C"),
                Arguments.of("mixed CR, LF and CRLF kept as given", "one\rtwo\nthree\r\nfour", "two\nthree\r\n"),
                Arguments.of("NUL and control characters", "a\u0000b\u0001c\u001Fd", "\u0000b\u0001"),
                Arguments.of("one 1 MB line without newline", oneMegabyteLine, "END"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void aTaggedSpanHoldsExactlyTheSelectedTextAlsoAfterReopen(String name, String text, String selected) throws Exception {
        // PostgreSQL's text has no U+0000 (HostileStringsTest checks the server's refusal)
        org.junit.jupiter.api.Assumptions.assumeFalse(org.newsmark.service.TestProjects.onServer() && text.indexOf('\u0000') >= 0);
        Path file = dir.resolve("awkward.newsmark");
        int begin = text.lastIndexOf(selected);
        Span span = new Span(begin, begin + selected.length());
        long annotationId;
        try (ProjectSession s = TestProjects.create(file)) {
            Document doc = s.documents().add(name, "x.txt", text).document();
            Analyst ana = s.analyst("Ana");
            Annotation a = s.annotations().tag(doc, ana, s.labels().get(0), span);
            annotationId = a.id();
            assertEquals(selected, a.span().textOf(doc.text()));
        }
        try (ProjectSession s = TestProjects.open(file)) {
            Document doc = s.documents().find(1).orElseThrow();
            assertEquals(text, doc.text(), "the text is stored verbatim");
            Annotation a = s.annotations().annotations(doc.id(), s.findAnalyst("Ana").orElseThrow().id()).get(0);
            assertEquals(annotationId, a.id());
            assertEquals(selected, a.span().textOf(doc.text()));
        }
    }

    @Test
    void emptyAndWhitespaceOnlyArticlesAreRefused() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("empty.newsmark"))) {
            ArticleRefusedException empty = assertThrows(ArticleRefusedException.class, () -> s.documents().add("Empty", null, ""));
            assertTrue(empty.getMessage().contains("\"Empty\" has no text"), empty.getMessage());
            ArticleRefusedException blank = assertThrows(ArticleRefusedException.class,
                    () -> s.documents().add("Blank", null, " \n\t\r\n \u2003"));
            assertTrue(blank.getMessage().contains("no text"), blank.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    @Test
    void aTextWithAnUnpairedSurrogateIsRefusedRatherThanStoredAltered() throws Exception {
        try (ProjectSession s = TestProjects.create(dir.resolve("surrogate.newsmark"))) {
            ArticleRefusedException e = assertThrows(ArticleRefusedException.class,
                    () -> s.documents().add("Broken", null, "broken \uD83D here"));
            assertTrue(e.getMessage().contains("unpaired") && e.getMessage().contains("position 7"), e.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    @Test
    void a60MegabyteArticleIsRefusedNamingItsLengthAndTheLimit() throws Exception {
        String huge = "x".repeat(60 * 1024 * 1024);
        try (ProjectSession s = TestProjects.create(dir.resolve("huge.newsmark"))) {
            ArticleRefusedException e = assertThrows(ArticleRefusedException.class, () -> s.documents().add("Huge", null, huge));
            assertEquals("\"Huge\" is 62,914,560 characters; the limit is 16,777,216.", e.getMessage());
            assertEquals(0, s.documents().summaries(null).size());
        }
    }

    @Test
    void theLimitItselfIsAcceptedAndOneMoreCharacterIsNot() throws Exception {
        String atLimit = "y".repeat(DocumentService.MAX_TEXT_CHARS - 3) + "END";
        try (ProjectSession s = TestProjects.create(dir.resolve("limit.newsmark"))) {
            assertThrows(ArticleRefusedException.class, () -> s.documents().add("Over", null, atLimit + "!"));
            Document doc = s.documents().add("At limit", null, atLimit).document();
            Annotation a = s.annotations().tag(doc, s.analyst("Ana"), s.labels().get(0),
                    new Span(atLimit.length() - 3, atLimit.length()));
            assertEquals("END", a.span().textOf(s.documents().find(doc.id()).orElseThrow().text()));
        }
    }
}
