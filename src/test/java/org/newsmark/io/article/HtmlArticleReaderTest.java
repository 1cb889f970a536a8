package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

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
}
