package org.newsmark.io.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.ArticleMetadata;

/** The metadata HTML meta tags and JSON-LD, DOCX core properties and PDF info give; broken values left out, the article kept. */
class ArticleMetadataReadersTest {

    static {
        org.newsmark.io.QuietLogging.install();
    }

    private static final String BODY = "<body><article><p>The mayor said the bridge will close next spring.</p></article></body></html>";

    @Test
    void htmlMetaTagsComeFirst() throws Exception {
        ArticleMetadata m = html("<html lang=\"fr\"><head>"
                + "<meta property=\"og:site_name\" content=\"Harbour Gazette\">"
                + "<meta property=\"article:author\" content=\"Ilse Marten\"><meta name=\"author\" content=\"Other\">"
                + "<meta property=\"article:published_time\" content=\"2024-02-08T10:15:00+01:00\">"
                + "<meta property=\"og:url\" content=\"https://gazette.example/bridge\">"
                + "<link rel=\"canonical\" href=\"https://gazette.example/other\">"
                + "<meta property=\"og:locale\" content=\"en_GB\">"
                + "</head>" + BODY);
        assertEquals(new ArticleMetadata("Harbour Gazette", "Ilse Marten", "2024-02-08T10:15:00+01:00", "https://gazette.example/bridge",
                "en-GB", Map.of()), m);
    }

    @Test
    void jsonLdNewsArticleFillsWhatTheMetaTagsLack() throws Exception {
        ArticleMetadata m = html("<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"url\":\"https://site.example/\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-08\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"},"
                + "{\"@type\":\"Person\",\"name\":\"Ben Ott\"}],\"publisher\":{\"name\":\"Le Monde\"},\"inLanguage\":\"fr-FR\","
                + "\"url\":\"https://lemonde.example/a\"}]}</script></head>" + BODY);
        assertEquals(new ArticleMetadata("Le Monde", "Ana Ruiz | Ben Ott", "2024-02-08", "https://lemonde.example/a", "fr-FR", Map.of()), m,
                "the news article before the web site, several authors joined");
    }

    @Test
    void anAuthorsProfileAddressIsNoName() throws Exception {
        assertEquals("Ilse Marten", html("<html><head><meta property=\"article:author\" content=\"https://facebook.example/ilse\">"
                + "<meta name=\"author\" content=\"Ilse Marten\"></head>" + BODY).author());
    }

    @Test
    void canonicalHtmlLangAndTimeAreTheLastResorts() throws Exception {
        ArticleMetadata m = html("<html lang=\"de\"><head><link rel=\"canonical\" href=\"https://zeitung.example/x\">"
                + "<meta name=\"author\" content=\"Karl Weber\"></head><body><article><time datetime=\"2023-11-30\">30. Nov</time>"
                + "<p>Der Bürgermeister sagte, die Brücke schließe.</p></article></body></html>");
        assertEquals(new ArticleMetadata(null, "Karl Weber", "2023-11-30", "https://zeitung.example/x", "de", Map.of()), m);
    }

    @Test
    void brokenMetadataIsLeftOutAndTheArticleImports() throws Exception {
        ArticleImportedCheck check = htmlArticle("<html lang=\"not a tag!\"><head>"
                + "<meta property=\"article:published_time\" content=\"yesterday\">"
                + "<meta property=\"og:url\" content=\"javascript:alert(1)\">"
                + "<meta name=\"author\" content=\"bad\u0007name\">"
                + "<script type=\"application/ld+json\">{ broken</script></head>"
                + "<body><article><time datetime=\"2024-13-45\">?</time><p>The mayor said the bridge will close.</p></article></body></html>");
        assertEquals(ArticleMetadata.EMPTY, check.metadata());
        assertEquals("The mayor said the bridge will close.", check.text());
    }

    @Test
    void docxCorePropertiesGiveAuthorCreatedAndLanguage() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("The council voted to close the bridge.");
            var core = doc.getProperties().getCoreProperties();
            core.setTitle("Bridge vote");
            core.setCreator("Ilse Marten");
            core.setCreated(java.util.Optional.of(Date.from(java.time.Instant.parse("2024-02-08T10:15:00Z"))));
            core.getUnderlyingProperties().setLanguageProperty("de-AT");
            doc.write(out);
            docx = out.toByteArray();
        }
        ImportedArticle a = new DocxArticleReader().read(docx, "vote.docx");
        assertEquals("Bridge vote", a.title());
        assertEquals(new ArticleMetadata(null, "Ilse Marten", "2024-02-08T10:15:00Z", null, "de-AT", Map.of()), a.metadata());
    }

    @Test
    void docxWithoutCorePropertiesHasNoMetadata() throws Exception {
        ImportedArticle a = new DocxArticleReader().read(Fixtures.docx(null, "Only a paragraph of text."), "plain.docx");
        assertNull(a.metadata().author(), "POI's own \"Apache POI\" creator is no author");
        assertNull(a.metadata().language());
    }

    @Test
    void pdfInfoGivesAuthorAndCreationDate() throws Exception {
        PDDocument doc = Fixtures.pdf("The council voted to close the bridge.");
        doc.getDocumentInformation().setAuthor("Ilse Marten");
        doc.getDocumentInformation().setTitle("Bridge vote");
        Calendar created = Calendar.getInstance(TimeZone.getTimeZone("GMT+01:00"));
        created.setTimeInMillis(java.time.Instant.parse("2024-02-08T09:15:00Z").toEpochMilli());
        doc.getDocumentInformation().setCreationDate(created);
        ImportedArticle a = new PdfArticleReader().read(Fixtures.save(doc), "vote.pdf");
        assertEquals("Bridge vote", a.title());
        assertEquals("Ilse Marten", a.metadata().author());
        assertEquals("2024-02-08T10:15:00+01:00", a.metadata().published());
    }

    @Test
    void pdfWithABrokenAuthorKeepsItsText() throws Exception {
        PDDocument doc = Fixtures.pdf("Text that must survive.");
        doc.getDocumentInformation().setAuthor("line\nbreak");
        ImportedArticle a = new PdfArticleReader().read(Fixtures.save(doc), "odd.pdf");
        assertNull(a.metadata().author());
        assertEquals("Text that must survive.", a.text().strip());
    }

    private record ArticleImportedCheck(ArticleMetadata metadata, String text) {
    }

    private static ArticleImportedCheck htmlArticle(String html) throws Exception {
        ImportedArticle a = new HtmlArticleReader().read(html.getBytes(StandardCharsets.UTF_8), "page.html");
        return new ArticleImportedCheck(a.metadata(), a.text());
    }

    private static ArticleMetadata html(String html) throws Exception {
        return htmlArticle(html).metadata();
    }
}
