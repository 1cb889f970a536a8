package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsmark.io.ImportException;

class HtmlArticleReaderTest {

    private final HtmlArticleReader reader = new HtmlArticleReader();

    private ImportedArticle read(String html) throws ImportException {
        return reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void takesArticleElementAndDropsClutter() throws ImportException {
        ImportedArticle a = read("""
                <!doctype html><html><head><title>Site | Bridge story</title>
                <meta property="og:title" content="Bridge reopens after repairs">
                <script>var tracking = 1;</script><style>p{color:red}</style></head>
                <body><header><nav><ul><li>Home</li><li>World</li></ul></nav></header>
                <article><h1>Bridge reopens</h1>
                <p>The old bridge reopened on Tuesday.</p>
                <p>Engineers said repairs cost <b>2 million</b> euros.</p>
                <aside><p>Related: other bridges</p></aside>
                <form><p>Subscribe now</p></form></article>
                <footer><p>Copyright notice</p></footer>
                <img src="https://example.invalid/pixel.gif"></body></html>""");
        assertEquals("Bridge reopens after repairs", a.title());
        assertEquals("Bridge reopens\n\nThe old bridge reopened on Tuesday.\n\nEngineers said repairs cost 2 million euros.",
                a.text());
    }

    @Test
    void withoutArticleTakesTheElementWithMostParagraphText() throws ImportException {
        ImportedArticle a = read("""
                <html><head><title>Rain record</title></head><body>
                <div class="menu"><p>Short teaser</p></div>
                <div class="story"><p>Rainfall in May broke the record set decades ago.</p>
                <p>Farmers welcomed the water after a dry spring.</p></div>
                <div class="comments"><p>Nice.</p></div></body></html>""");
        assertEquals("Rain record", a.title());
        assertEquals("Rainfall in May broke the record set decades ago.\n\nFarmers welcomed the water after a dry spring.",
                a.text());
    }

    @Test
    void h1IsTheTitleWhenNoOgTitle() throws ImportException {
        ImportedArticle a = read("<html><head><title>Site name</title></head><body><h1>Port strike ends</h1>"
                + "<p>Workers return today.</p></body></html>");
        assertEquals("Port strike ends", a.title());
        assertFalse(a.text().contains("Site name"));
        assertTrue(a.text().contains("Workers return today."));
    }

    @Test
    void pageWithoutTextIsRefused() {
        ImportException e = assertThrows(ImportException.class,
                () -> read("<html><body><nav>Menu</nav><script>x()</script></body></html>"));
        assertEquals("page.html: contains no readable text", e.getMessage());
    }

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** {@code <p>café “quoted”</p>} in windows-1252 bytes after {@code head}, nothing declared unless head does. */
    private static byte[] cp1252Page(String head) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<html>" + head + "<body><p>caf").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xE9, ' ', (byte) 0x93});
        out.writeBytes("quoted".getBytes(StandardCharsets.US_ASCII));
        out.write(0x94);
        out.writeBytes("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** jsoup decoded such a page leniently as UTF-8 and stored "caf\uFFFD \uFFFDquoted\uFFFD". */
    @Test
    void aWindows1252PageWithoutACharsetAsksForTheEncoding() {
        ImportException e = assertThrows(ImportException.class, () -> reader.read(cp1252Page(""), "cafe.html"));
        assertEquals("cafe.html: is not valid UTF-8 (invalid byte 0xE9 at byte offset 18); choose its encoding "
                + "(e.g. windows-1252) when importing", e.getMessage());
        assertTrue(e.problem().startsWith("is not valid "), "the app asks for the encoding on this prefix");
    }

    @Test
    void aWindows1252PageImportsWhenThatEncodingIsChosen() throws ImportException {
        assertEquals("café “quoted”", reader.read(cp1252Page(""), "cafe.html", Optional.of(CP1252)).text());
        assertEquals("café “quoted”", ArticleFormats.read(cp1252Page(""), "cafe.html", Optional.of(CP1252)).text());
    }

    /** Browsers read the label iso-8859-1 (and us-ascii) as windows-1252, where 0x93/0x94 are curly quotes. */
    @Test
    void aDeclaredCharsetIsUsedAndLatin1IsReadAsWindows1252() throws ImportException {
        assertEquals("café “quoted”", reader.read(cp1252Page("<head><meta charset=\"ISO-8859-1\"></head>"), "a.html").text());
        assertEquals("café “quoted”", reader.read(cp1252Page("<head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=windows-1252\"></head>"), "b.html").text());
    }

    @Test
    void aPageThatDeclaresUtf8ButHoldsOtherBytesAsksForTheEncoding() {
        ImportException e = assertThrows(ImportException.class,
                () -> reader.read(cp1252Page("<head><meta charset=utf-8></head>"), "lies.html"));
        assertTrue(e.problem().startsWith("is not valid UTF-8 (invalid byte 0xE9"), e.getMessage());
    }

    @Test
    void aChosenEncodingWinsOverTheDeclaredOne() throws ImportException {
        byte[] page = cp1252Page("<head><meta charset=utf-8></head>");
        assertEquals("café “quoted”", reader.read(page, "lies.html", Optional.of(CP1252)).text());
    }

    @Test
    void aUtf16PageWithoutBomIsReadAsHtmlWhenTheEncodingIsChosen() throws ImportException {
        byte[] page = "<html><body><nav>Menu</nav><p>Hello 😀 there</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        ImportedArticle a = ArticleFormats.read(page, "page.html", Optional.of(StandardCharsets.UTF_16LE));
        assertEquals("Hello 😀 there", a.text());
    }

    /** 400,000 nested blockquotes (4.8 MB): jsoup's tree building alone takes many seconds; stopped inside it. */
    @Test
    void deeplyNestedMarkupIsStoppedAtTheTimeBudgetFromInsideTheParse() throws Throwable {
        byte[] html = ("<html><body>" + "<blockquote>".repeat(400_000) + "deep</body></html>").getBytes(StandardCharsets.UTF_8);
        ImportException e = Fixtures.withReadBudgetSeconds(1, () -> assertTimeoutPreemptively(Duration.ofSeconds(6),
                () -> assertThrows(ImportException.class, () -> reader.read(html, "deep.html"))));
        assertEquals("deep.html: took longer than 1 s to read; refused (the file may be crafted to never finish)",
                e.getMessage());
        List<Thread> left = Fixtures.readerThreadsAliveAfter(Fixtures.READER_STOP_MILLIS);
        assertTrue(left.isEmpty(), "reader threads still running: " + left);
    }

    /** 4.4 MB of {@code <br>}: 1.1 million elements, each an object in jsoup's tree. */
    @Test
    void tooManyElementsAreRefusedBeforeTheyExhaustMemory() {
        byte[] html = ("<html><body><p>x" + "<br>".repeat(1_100_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ImportException.class, () -> reader.read(html, "br.html")));
        assertEquals("br.html: refused: it has more than 1,000,000 HTML elements (the file may be crafted to exhaust "
                + "memory)", e.getMessage());
    }
}
