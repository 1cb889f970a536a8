package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The outlet an HTML page names: og:site_name, else meta publisher, else the JSON-LD publisher; none when broken. */
class HtmlOutletTest {

    private static final String BODY = "<body><article><p>The mayor said the bridge will close next spring.</p></article></body></html>";

    @Test
    void openGraphThenPublisherThenJsonLd() throws Exception {
        assertEquals("Harbour Gazette", outlet("<meta property=\"og:site_name\" content=\" Harbour Gazette \">"
                + "<meta name=\"publisher\" content=\"Other\">"));
        assertEquals("Riverside Weekly", outlet("<meta name=\"publisher\" content=\"Riverside Weekly\">"));
        assertEquals("Le Monde", outlet("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Le Monde\"}}]}"
                + "</script>"));
    }

    @Test
    void noneOrBrokenMetadataGivesNoOutletAndTheArticleStillImports() throws Exception {
        assertNull(outlet("<title>t</title>"));
        assertNull(outlet("<script type=\"application/ld+json\">{ not json</script><meta property=\"og:site_name\" content=\"\">"));
    }

    private static String outlet(String head) throws Exception {
        byte[] html = ("<html><head>" + head + "</head>" + BODY).getBytes(StandardCharsets.UTF_8);
        return new HtmlArticleReader().read(html, "page.html").outlet();
    }
}
