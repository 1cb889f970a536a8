package org.newsmark.io.xmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Document;
import org.newsmark.domain.TextHash;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * The zip as INCEpTION's project import reads it (docs/inception-archive.md): the entries its
 * importers look for, exportedproject.json with what they need, spelled as their enums are, and a
 * binary CAS per XMI that INCEpTION's own way of reading it turns into the same CAS.
 */
class InceptionArchiveTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // The values INCEpTION's enums accept (their constant names, or their @JsonProperty where they have one)
    private static final Set<String> LAYER_TYPES = Set.of("span", "relation", "chain", "document-metadata");
    private static final Set<String> ANCHORING = Set.of("CHARACTERS", "SINGLE_TOKEN", "TOKENS", "SENTENCES");
    private static final Set<String> OVERLAP = Set.of("NO_OVERLAP", "STACKING_ONLY", "OVERLAP_ONLY", "ANY_OVERLAP");
    private static final Set<String> VALIDATION = Set.of("NEVER", "ALWAYS");
    private static final Set<String> PERMISSION = Set.of("USER", "CURATOR", "ADMIN");
    private static final Set<String> ANNOTATION_STATE = Set.of("NEW", "IN_PROGRESS", "FINISHED", "IGNORE");
    private static final Set<String> SOURCE_STATE = Set.of("NEW", "ANNOTATION_IN_PROGRESS", "ANNOTATION_FINISHED",
            "CURATION_IN_PROGRESS", "CURATION_FINISHED");

    private static Map<String, byte[]> zip() throws Exception {
        return XmiWriterTest.entries(XmiWriterTest.project());
    }

    private static JsonNode projectJson(Map<String, byte[]> entries) throws Exception {
        return JSON.readTree(entries.get("exportedproject.json"));
    }

    @Test
    void theSourceTheXmiAndTheBinaryCasOfADocumentAndUserShareTheirNames() throws Exception {
        Map<String, byte[]> entries = zip();
        Set<String> xmi = new TreeSet<>();
        Set<String> ser = new TreeSet<>();
        Set<String> sources = new TreeSet<>();
        for (String name : entries.keySet()) {
            if (name.startsWith("annotation/")) {
                xmi.add(name.substring("annotation/".length(), name.length() - ".xmi".length()));
            } else if (name.startsWith("annotation_ser/")) {
                ser.add(name.substring("annotation_ser/".length(), name.length() - ".ser".length()));
            } else if (name.startsWith("source/")) {
                sources.add(name.substring("source/".length()));
            }
        }
        assertEquals(Set.of("costs.txt/INITIAL_CAS", "costs.txt/Ben_B"), xmi);
        assertEquals(xmi, ser);
        assertEquals(Set.of("costs.txt"), sources);
        assertEquals(XmiWriterTest.TEXT, new String(entries.get("source/costs.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void noOtherEntryMeetsTheRulesInceptionsImportersFindTheirEntriesBy() throws Exception {
        // SourceDocumentExporter takes every entry starting with "source" (no slash) for a document's file;
        // ProjectExportServiceImpl takes the first whose name without slashes starts with "exportedproject" and ends in .json
        for (String name : zip().keySet()) {
            assertTrue(!name.startsWith("source") || name.startsWith("source/"), name);
            String flat = name.replace("/", "");
            assertTrue(!(flat.startsWith("exportedproject") && flat.endsWith(".json")) || name.equals("exportedproject.json"), name);
        }
    }

    @Test
    void theProjectJsonHasWhatInceptionsImportersRead() throws Exception {
        Map<String, byte[]> entries = zip();
        JsonNode p = projectJson(entries);
        assertEquals("study", p.path("name").asText());
        assertEquals("ANNOTATION", p.path("mode").asText());
        assertEquals(1, p.path("version").asInt());
        Set<String> docs = new HashSet<>();
        for (JsonNode d : p.path("source_documents")) {
            assertEquals("text", d.path("format").asText());
            assertTrue(SOURCE_STATE.contains(d.path("state").asText()), d.toString());
            assertTrue(entries.containsKey("source/" + d.path("name").asText()), d.toString());
            docs.add(d.path("name").asText());
        }
        assertEquals(Set.of("costs.txt"), docs);
        Set<String> permitted = new HashSet<>();
        for (JsonNode perm : p.path("project_permissions")) {
            assertTrue(PERMISSION.contains(perm.path("level").asText()), perm.toString());
            permitted.add(perm.path("user").asText());
        }
        List<String> annotated = new ArrayList<>();
        for (JsonNode a : p.path("annotation_documents")) {
            String user = a.path("user").asText();
            assertTrue(ANNOTATION_STATE.contains(a.path("state").asText()), a.toString());
            assertTrue(docs.contains(a.path("name").asText()), a.toString());
            assertTrue(permitted.contains(user), user + " has no permission");
            assertTrue(entries.containsKey("annotation_ser/" + a.path("name").asText() + "/" + user + ".ser"), a.toString());
            annotated.add(user);
        }
        assertEquals(List.of("Ben_B"), annotated);
        JsonNode projectUser = p.path("project_users").get(0);
        assertEquals("Ben_B", projectUser.path("username").asText());
        assertEquals("Ben / B.", projectUser.path("uiName").asText(), "the display name is the analyst's");
    }

    @Test
    void theLayersAreSpelledAsInceptionsEnumsAndTheirFeaturesAreTheTypeSystemsExactly() throws Exception {
        Map<String, byte[]> entries = zip();
        TypeSystemDescription tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                new XMLInputSource(new ByteArrayInputStream(entries.get("TypeSystem.xml")), null));
        Set<String> layers = new HashSet<>();
        for (JsonNode l : projectJson(entries).path("layers")) {
            String name = l.path("name").asText();
            layers.add(name);
            assertTrue(LAYER_TYPES.contains(l.path("type").asText()), name);
            assertTrue(ANCHORING.contains(l.path("anchoring_mode").asText()), name);
            assertTrue(OVERLAP.contains(l.path("overlap_mode").asText()), name);
            assertTrue(VALIDATION.contains(l.path("validation_mode").asText()), name);
            assertFalse(l.path("uiName").asText().isBlank(), name);
            TypeDescription t = tsd.getType(name);
            assertTrue(t != null, name + " is not in TypeSystem.xml");
            Set<String> declared = new TreeSet<>();
            for (FeatureDescription f : t.getFeatures()) {
                declared.add(f.getName() + ":" + f.getRangeTypeName());
            }
            if (l.path("type").asText().equals("relation")) {
                assertEquals(XmiTypes.TAG, l.path("attach_type").path("name").asText());
                declared.removeAll(Set.of("Governor:" + XmiTypes.TAG, "Dependent:" + XmiTypes.TAG)); // INCEpTION makes these two
            }
            Set<String> features = new TreeSet<>();
            for (JsonNode f : l.path("features")) {
                features.add(f.path("name").asText() + ":" + f.path("type").asText());
                assertEquals("NONE", f.path("multi_value_mode").asText());
                assertEquals("NONE", f.path("link_mode").asText());
            }
            assertEquals(declared, features, name);
        }
        assertEquals(Set.of(XmiTypes.TOKEN, XmiTypes.SENTENCE, XmiTypes.TAG, XmiTypes.LINK, XmiTypes.ARTICLE), layers);
        JsonNode tag = layer(entries, XmiTypes.TAG);
        assertEquals("CHARACTERS", tag.path("anchoring_mode").asText());
        assertEquals("ANY_OVERLAP", tag.path("overlap_mode").asText());
        assertTrue(tag.path("cross_sentence").asBoolean());
        assertEquals("document-metadata", layer(entries, XmiTypes.ARTICLE).path("type").asText());
        assertTrue(layer(entries, XmiTypes.TOKEN).path("built_in").asBoolean());
    }

    @Test
    void anAttributeFeatureCarriesItsRealNamesForInceptionToShow() throws Exception {
        JsonNode speaker = null;
        for (JsonNode f : layer(zip(), XmiTypes.TAG).path("features")) {
            if (f.path("name").asText().equals("attributed_opinion_speaker")) {
                speaker = f;
            }
        }
        assertEquals("attributed opinion: speaker", speaker.path("uiName").asText());
        assertEquals(new FeatureRole("attribute", "attributed opinion", "speaker", "source"),
                FeatureRole.parse(speaker.path("description").asText()).orElseThrow());
    }

    @Test
    void everyBinaryCasReadAsInceptionReadsItIsTheCasOfItsXmi() throws Exception {
        Map<String, byte[]> entries = zip();
        for (String name : entries.keySet()) {
            if (name.startsWith("annotation_ser/")) {
                String xmi = "annotation/" + name.substring("annotation_ser/".length()).replaceFirst("\\.ser$", ".xmi");
                CAS fromSer = Dumps.asInceptionReadsTheSer(entries.get(name));
                CAS fromXmi = XmiWriterTest.asInceptionReadsIt(entries, xmi);
                assertEquals(Dumps.cas(fromXmi), Dumps.cas(fromSer), name);
            }
        }
        List<String> ben = Dumps.cas(Dumps.asInceptionReadsTheSer(entries.get("annotation_ser/costs.txt/Ben_B.ser")));
        assertTrue(ben.stream().anyMatch(l -> l.startsWith(XmiTypes.TAG) && l.contains("label=statistic")), ben.toString());
        assertTrue(ben.stream().anyMatch(l -> l.startsWith(XmiTypes.LINK) && l.contains("label=supports")), ben.toString());
        assertTrue(ben.stream().anyMatch(l -> l.startsWith(XmiTypes.ARTICLE) && l.contains("code_tone=negative")), ben.toString());
    }

    @Test
    void everyCasHasSentencesAndTokensAndATokenNeverSplitsAnEmoji() throws Exception {
        CAS cas = Dumps.asInceptionReadsTheSer(zip().get("annotation_ser/costs.txt/INITIAL_CAS.ser"));
        Type sentence = cas.getTypeSystem().getType(XmiTypes.SENTENCE);
        Type token = cas.getTypeSystem().getType(XmiTypes.TOKEN);
        List<String> sentences = new ArrayList<>();
        cas.getAnnotationIndex(sentence).forEach(s -> sentences.add(s.getCoveredText()));
        assertEquals(List.of("Cafe\u0301 😀 said:", "\"costs fell 12%\"."), sentences);
        List<String> tokens = new ArrayList<>();
        for (AnnotationFS t : cas.getAnnotationIndex(token)) {
            tokens.add(t.getCoveredText());
        }
        assertTrue(tokens.contains("😀"), tokens.toString());
        assertTrue(tokens.contains("costs"), tokens.toString());
        assertFalse(tokens.stream().anyMatch(String::isBlank), tokens.toString());
    }

    @Test
    void aDocumentsNameEndsInTxtOnceAndTheProjectNameLosesWhatInceptionRefuses() throws Exception {
        ExchangeProject p = XmiWriterTest.project();
        Document a = new Document(31, "Report", "report.html", XmiWriterTest.T, "One.", TextHash.sha256("One."));
        Document b = new Document(32, "Report", "REPORT.html", XmiWriterTest.T, "Two.", TextHash.sha256("Two."));
        Document c = new Document(33, "Ben.ser notes", null, XmiWriterTest.T, "Three.", TextHash.sha256("Three."));
        ExchangeProject q = new ExchangeProject("a/b*c [1]", p.analysts(), p.codebook(), p.sources(), List.of(a, b, c), Map.of(),
                List.of(), List.of(), List.of());
        Map<String, byte[]> entries = XmiWriterTest.entries(q);
        assertTrue(entries.keySet().containsAll(List.of("source/report.html.txt", "source/REPORT.html (2).txt",
                "source/Ben_ser notes.txt")), entries.keySet().toString());
        assertEquals("a_b_c _1_", projectJson(entries).path("name").asText());
    }

    private static JsonNode layer(Map<String, byte[]> entries, String name) throws Exception {
        for (JsonNode l : projectJson(entries).path("layers")) {
            if (l.path("name").asText().equals(name)) {
                return l;
            }
        }
        throw new AssertionError(name);
    }
}
