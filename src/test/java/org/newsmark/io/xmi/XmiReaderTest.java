package org.newsmark.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;

/** INCEpTION's own XMI (hand-written as it writes it) read as a Newsmark project. */
class XmiReaderTest {

    @TempDir
    Path dir;

    /** An INCEpTION project exported with the format "UIMA CAS XMI": each user's XMI zipped with its type system. */
    private Path inceptionProjectExport() throws Exception {
        byte[] anna = new TestZips().put("report.xmi", InceptionStyle.xmi(true)).put("TypeSystem.xml", InceptionStyle.TYPE_SYSTEM)
                .bytes();
        byte[] initial = new TestZips().put("report.xmi", InceptionStyle.xmi(false))
                .put("TypeSystem.xml", InceptionStyle.TYPE_SYSTEM).bytes();
        return new TestZips().put("exportedproject-study.json", "{\"name\": \"study\"}")
                .put("source/report.txt", InceptionStyle.TEXT)
                .put("annotation_ser/report.txt/anna.ser", new byte[] {1, 2, 3})
                .put("annotation/report.txt/INITIAL_CAS.zip", initial)
                .put("annotation/report.txt/anna.zip", anna)
                .put("curation/report.txt/CURATION_USER.zip", anna)
                .writeTo(dir.resolve("study-inception.zip"));
    }

    @Test
    void anInceptionProjectExportGivesTheUsersTagsLinksAndAttributes() throws Exception {
        ExchangeRead read = XmiReader.read(inceptionProjectExport());
        ExchangeProject p = read.project();
        assertEquals(1, p.documents().size());
        assertEquals("report.txt", p.documents().get(0).title());
        assertEquals(InceptionStyle.TEXT, p.documents().get(0).text());
        assertEquals(List.of("anna"), p.analysts().stream().map(a -> a.name()).toList());
        assertEquals(List.of("statistic \"3 percent\" {confidence=[high]}", "Claim \"The office said so\" {}"),
                p.tags().stream().map(t -> line(p, t)).toList());
        Annotation statistic = p.tags().get(0);
        assertEquals(InceptionStyle.begin("3 percent"), statistic.begin(), "UTF-16: the emoji counts two");
        Link link = p.links().get(0);
        assertEquals("supports", p.codebook().linkType(link.typeId()).orElseThrow().name());
        assertEquals(p.tags().get(1).id(), link.fromTagId(), "the Governor is where the link starts");
        assertEquals(statistic.id(), link.toTagId());
        assertTrue(p.codebook().linkTypes().get(0).allows(p.tags().get(1).labelId(), statistic.labelId()));
    }

    @Test
    void whatIsNotTakenIsSaidNamingTheFile() throws Exception {
        List<String> notTaken = XmiReader.read(inceptionProjectExport()).notTaken();
        assertEquals(4, notTaken.size(), notTaken.toString());
        assertTrue(notTaken.stream().anyMatch(m -> m.startsWith("study-inception.zip: curation/report.txt/CURATION_USER.zip")
                && m.contains("curated")), notTaken.toString());
        assertTrue(notTaken.stream().anyMatch(m -> m.contains("annotation/report.txt/INITIAL_CAS.zip: report.xmi: 1 annotations"
                + " of INITIAL_CAS")), notTaken.toString());
        assertTrue(notTaken.stream().anyMatch(m -> m.contains("anna.zip: report.xmi: 1 annotations of the document metadata"
                + " layer Review")), notTaken.toString());
        assertTrue(notTaken.contains("1 annotations of the layer POS (de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS)"
                + " not taken"), notTaken.toString());
    }

    @Test
    void oneXmiWithItsTypeSystemBesideItIsOneArticleOfOneAnalyst() throws Exception {
        Files.writeString(dir.resolve("TypeSystem.xml"), InceptionStyle.TYPE_SYSTEM);
        Path xmi = Files.writeString(dir.resolve("report.xmi"), InceptionStyle.xmi(true));
        ExchangeProject p = XmiReader.read(xmi).project();
        assertEquals(List.of(ProjectAssembly.DEFAULT_ANALYST), p.analysts().stream().map(a -> a.name()).toList());
        assertEquals(2, p.tags().size());
        assertEquals(1, p.links().size());
        Label statistic = p.codebook().label("statistic").orElseThrow();
        Attribute confidence = p.codebook().attributesOf(statistic.id()).get(0);
        assertEquals("confidence", confidence.name());
        assertEquals("text", confidence.type().id());
    }

    @Test
    void aFeatureThatPointsAtAnotherAnnotationIsNotTakenAndSaidSo() throws Exception {
        String ts = InceptionStyle.TYPE_SYSTEM.replace("<featureDescription><name>confidence</name>",
                "<featureDescription><name>evidence</name><rangeTypeName>webanno.custom.Claim</rangeTypeName></featureDescription>"
                        + "<featureDescription><name>confidence</name>");
        String xmi = InceptionStyle.xmi(true).replace("value=\"statistic\"", "value=\"statistic\" evidence=\"21\"");
        Path zip = new TestZips().put("TypeSystem.xml", ts).put("annotation/report.txt/anna.xmi", xmi)
                .writeTo(dir.resolve("evidence.zip"));
        ExchangeRead read = XmiReader.read(zip);
        assertEquals(2, read.project().tags().size());
        assertTrue(read.notTaken().contains("Claim's feature evidence (a link or list, not a plain value) not taken in 1"
                + " annotations"), read.notTaken().toString());
    }

    private static String line(ExchangeProject p, Annotation t) {
        String text = t.span().textOf(p.documents().get(0).text());
        StringBuilder values = new StringBuilder("{");
        t.attributes().asMap().forEach((id, v) -> values.append(values.length() > 1 ? ", " : "")
                .append(p.codebook().attribute(id).orElseThrow().name()).append('=').append(v));
        return p.codebook().label(t.labelId()).orElseThrow().name() + " \"" + text + "\" " + values + "}";
    }
}
