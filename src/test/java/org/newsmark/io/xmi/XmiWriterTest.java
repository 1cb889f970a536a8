package org.newsmark.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;

/** The zip as INCEpTION would read it: each XMI deserialised by UIMA itself into a CAS of the exported TypeSystem.xml. */
class XmiWriterTest {

    static final String TEXT = "Cafe\u0301 😀 said:\r\n\"costs fell 12%\".";
    static final Instant T = Instant.parse("2024-02-08T10:00:00Z");
    /** Ben's XMI: "Ben / B." as an INCEpTION user name. */
    static final String BEN_XMI = "annotation/costs.txt/Ben_B.xmi";

    static ExchangeProject project() {
        Label claim = new Label(1, "attributed opinion", "#E69F00", "1", "");
        Label stat = new Label(2, "statistic", "#56B4E9", "2", "");
        Attribute speaker = new Attribute(10, 1L, "speaker", AttributeType.SOURCE, List.of(), false, "");
        Attribute frames = new Attribute(11, 1L, "frame", AttributeType.MULTIPLE_CHOICE, List.of("Economic", "Moral"), false, "");
        Attribute value = new Attribute(12, 2L, "value", AttributeType.NUMBER, List.of(), false, "");
        Attribute tone = new Attribute(13, null, "tone", AttributeType.CHOICE, List.of("negative", "neutral"), false, "");
        LinkType supports = new LinkType(20, "supports", List.of(2L), List.of(1L), "");
        Codebook book = new Codebook(List.of(claim, stat), List.of(speaker, frames, value, tone), List.of(supports));
        Source ana = new Source(7, "Ana Reyes", SourceKind.NAMED_PERSON, "", "", T);
        Document d = new Document(30, "Café <costs>", "costs.txt", T, TEXT, TextHash.sha256(TEXT));
        Analyst ben = new Analyst(40, "Ben / B.");
        Span quote = new Span(TEXT.indexOf('"'), TEXT.length() - 1);
        Span twelve = new Span(TEXT.indexOf("12%"), TEXT.indexOf("12%") + 3);
        Annotation a = new Annotation(50, 30, 40, 1, quote, "a note", null, T, T,
                AttributeValues.of(Map.of(10L, List.of("7"), 11L, List.of("Economic", "Moral"))));
        Annotation b = new Annotation(51, 30, 40, 2, twelve, "", null, T, T, AttributeValues.of(Map.of(12L, List.of("12"))));
        Link l = new Link(60, 30, 40, 20, 51, 50, T);
        ArticleCodes codes = new ArticleCodes(30, 40, AttributeValues.of(Map.of(13L, List.of("negative"))));
        ArticleMetadata meta = new ArticleMetadata("Daily", null, "2024-02-08", null, "en", Map.of("section", "Economy"));
        return new ExchangeProject("study", List.of(ben), book, List.of(ana), List.of(d), Map.of(30L, meta), List.of(a, b),
                List.of(l), List.of(codes));
    }

    static Map<String, byte[]> entries(ExchangeProject p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XmiWriter.write(p, out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** What INCEpTION's XMI reader does: a CAS of the type system, UIMA's deserializer. */
    static CAS asInceptionReadsIt(Map<String, byte[]> entries, String xmi) throws Exception {
        var tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(new ByteArrayInputStream(entries.get("TypeSystem.xml")), null));
        CAS cas = CasCreationUtils.createCas(tsd, null, null);
        XmiCasDeserializer.deserialize(new ByteArrayInputStream(entries.get(xmi)), cas);
        return cas;
    }

    @Test
    void theZipHoldsTheTypeSystemTheProjectModelAndPerArticleItsTextAndAnXmiAndBinaryCasPerAnalystAndTheInitialCas() throws Exception {
        assertEquals(List.of("TypeSystem.xml", "codebook.json", "newsmark/sources.json", "exportedproject.json",
                "source/costs.txt", "annotation/costs.txt/INITIAL_CAS.xmi", "annotation_ser/costs.txt/INITIAL_CAS.ser", BEN_XMI,
                "annotation_ser/costs.txt/Ben_B.ser"), new ArrayList<>(entries(project()).keySet()));
    }

    @Test
    void eachTagIsANewsmarkTagWithTheRightCoveredTextAndItsAttributesAsFeatures() throws Exception {
        CAS cas = asInceptionReadsIt(entries(project()), BEN_XMI);
        assertEquals(TEXT, cas.getDocumentText());
        Type tag = cas.getTypeSystem().getType("webanno.custom.NewsmarkTag");
        List<String> seen = new ArrayList<>();
        for (AnnotationFS fs : cas.getAnnotationIndex(tag)) {
            seen.add(fs.getStringValue(tag.getFeatureByBaseName("label")) + " [" + fs.getCoveredText() + "] speaker="
                    + fs.getStringValue(tag.getFeatureByBaseName("attributed_opinion_speaker")) + " frame="
                    + fs.getStringValue(tag.getFeatureByBaseName("attributed_opinion_frame")) + " value="
                    + fs.getStringValue(tag.getFeatureByBaseName("statistic_value")) + " note="
                    + fs.getStringValue(tag.getFeatureByBaseName("note")));
        }
        assertEquals(List.of("attributed opinion [\"costs fell 12%\"] speaker=Ana Reyes frame=Economic | Moral value=null note=a note",
                "statistic [12%] speaker=null frame=null value=12 note=null"), seen);
    }

    @Test
    void aLinkIsANewsmarkLinkFromGovernorToDependentAtTheDependentsOffsets() throws Exception {
        CAS cas = asInceptionReadsIt(entries(project()), BEN_XMI);
        Type link = cas.getTypeSystem().getType("webanno.custom.NewsmarkLink");
        AnnotationFS l = cas.getAnnotationIndex(link).iterator().next();
        AnnotationFS governor = (AnnotationFS) l.getFeatureValue(link.getFeatureByBaseName("Governor"));
        AnnotationFS dependent = (AnnotationFS) l.getFeatureValue(link.getFeatureByBaseName("Dependent"));
        assertEquals("supports", l.getStringValue(link.getFeatureByBaseName("label")));
        assertEquals("12%", governor.getCoveredText());
        assertEquals("\"costs fell 12%\"", dependent.getCoveredText());
        assertEquals(dependent.getBegin(), l.getBegin());
        assertEquals(dependent.getEnd(), l.getEnd());
    }

    @Test
    void theArticleHasDkproDocumentMetaDataAndANewsmarkArticleWithTheCodes() throws Exception {
        CAS cas = asInceptionReadsIt(entries(project()), BEN_XMI);
        Type meta = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData");
        AnnotationFS dm = cas.getAnnotationIndex(meta).iterator().next();
        assertEquals("Café <costs>", dm.getStringValue(meta.getFeatureByBaseName("documentTitle")));
        assertEquals("en", cas.getDocumentLanguage());
        assertEquals(1, cas.getAnnotationIndex(cas.getTypeSystem().getType("uima.tcas.DocumentAnnotation")).size(),
                "DocumentMetaData is the document annotation, not a second one");
        Type article = cas.getTypeSystem().getType("webanno.custom.NewsmarkArticle");
        var it = cas.getIndexRepository().getAllIndexedFS(article);
        var fs = it.next();
        assertEquals("Ben / B.", fs.getStringValue(article.getFeatureByBaseName("analyst")));
        assertEquals("negative", fs.getStringValue(article.getFeatureByBaseName("code_tone")));
        assertEquals("Economy", fs.getStringValue(article.getFeatureByBaseName("meta_section")));
        assertEquals("Daily", fs.getStringValue(article.getFeatureByBaseName("outlet")));
    }

    @Test
    void theInitialCasHasTheTextAndMetadataButNoTags() throws Exception {
        CAS cas = asInceptionReadsIt(entries(project()), "annotation/costs.txt/INITIAL_CAS.xmi");
        assertEquals(TEXT, cas.getDocumentText());
        assertEquals(0, cas.getAnnotationIndex(cas.getTypeSystem().getType("webanno.custom.NewsmarkTag")).size());
        assertNotNull(cas.getTypeSystem().getType("webanno.custom.NewsmarkArticle"));
    }

    @Test
    void attributeFeatureDescriptionsKeepTheRealNames() throws Exception {
        String ts = new String(entries(project()).get("TypeSystem.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(ts.contains("<name>attributed_opinion_speaker</name>"), ts);
        assertTrue(ts.contains("Newsmark {&quot;role&quot;:&quot;attribute&quot;,&quot;label&quot;:&quot;attributed opinion&quot;,"
                + "&quot;name&quot;:&quot;speaker&quot;,&quot;type&quot;:&quot;source&quot;}")
                || ts.contains("Newsmark {\"role\":\"attribute\",\"label\":\"attributed opinion\",\"name\":\"speaker\",\"type\":\"source\"}"), ts);
    }

    @Test
    void aControlCharacterXml10CannotCarryIsRefusedNamingTheArticle() {
        ExchangeProject p = project();
        Document bad = new Document(30, "Bell", "bell.txt", T, "a\u0007b", TextHash.sha256("a\u0007b"));
        ExchangeProject withBell = new ExchangeProject("s", p.analysts(), p.codebook(), p.sources(), List.of(bad), Map.of(),
                List.of(), List.of(), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> entries(withBell));
        assertEquals("article \"Bell\" holds U+0007 at UTF-16 index 1, which XML 1.0 cannot carry", e.getMessage());
    }

    @Test
    void aBindingKeepsSlf4jQuiet() throws Exception {
        // uimaj-core logs through SLF4J 1.7, which prints "Failed to load class …StaticLoggerBinder" on stderr without a binding
        assertNotNull(Class.forName("org.slf4j.impl.StaticLoggerBinder"));
    }
}
