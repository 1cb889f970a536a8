package org.newsmark.io.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.io.ImportException;

/** Version 2 of the codebook file: link types with their ends by label name; version 1 files still read. */
class CodebookLinkTypesJsonTest {

    private static final Codebook PARC = new Codebook(
            List.of(new Label(1, "source", "#0072B2", "1", "Who."), new Label(2, "cue", "#D55E00", "2", "Said."),
                    new Label(3, "content", "#009E73", "3", "What.")),
            List.of(),
            List.of(new LinkType(1, "source of", List.of(1L), List.of(3L), "The source."),
                    new LinkType(2, "cue of", List.of(2L, 1L), List.of(3L), "")));

    static String write(Codebook c) throws Exception {
        StringWriter out = new StringWriter();
        CodebookJson.write(c, out);
        return out.toString();
    }

    static Codebook read(String json) throws ImportException {
        return CodebookJson.read(new StringReader(json), "codebook.json");
    }

    @Test
    void linkTypesAreWrittenByLabelNameAndReadBackEqual() throws Exception {
        String json = write(PARC);
        assertTrue(json.contains("\"version\": 2,"), json);
        assertTrue(json.contains("""
                  "link_types": [
                    {
                      "name": "source of",
                      "from": [
                        "source"
                      ],
                      "to": [
                        "content"
                      ],
                      "definition": "The source."
                    },
                """), json);
        assertEquals(PARC, read(json));
        assertEquals(json, write(read(json)));
    }

    @Test
    void aVersionOneFileReadsWithoutLinkTypesAndMayNotHaveThem() throws Exception {
        String v1 = "{\"format\": \"newsmark-codebook\", \"version\": 1, \"labels\": [{\"name\": \"claim\", \"color\": \"#E69F00\"}]}";
        Codebook c = read(v1);
        assertEquals(1, c.labels().size());
        assertEquals(List.of(), c.linkTypes());
        ImportException e = assertThrows(ImportException.class, () -> read(v1.replace("}]}", "}], \"link_types\": []}")));
        assertEquals("codebook.json line 1: link_types: came with version 2 of the codebook file; this file says version 1"
                + " (write \"version\": 2)", e.getMessage());
    }

    @Test
    void anEndNamingNoLabelOfTheFileATwiceNamedTypeOrLabelAndAnUnknownFieldAreRefused() {
        String base = "{\"format\": \"newsmark-codebook\", \"version\": 2,\n\"labels\": [{\"name\": \"claim\", \"color\": \"#E69F00\"},"
                + " {\"name\": \"statistic\", \"color\": \"#56B4E9\"}],\n\"link_types\": [\n"
                + "{\"name\": \"supports\", \"from\": [\"statistic\"], \"to\": [\"claim\"]}";
        assertEquals("codebook.json line 4: link_types[0].to[0]: \"claims\" is not a label of this file; link type"
                        + " \"supports\" can only join labels the file lists under \"labels\"",
                assertThrows(ImportException.class, () -> read(base.replace("[\"claim\"]", "[\"claims\"]") + "]}")).getMessage());
        assertEquals("codebook.json line 5: link_types[1].name: \"supports\" is already the name of link_types[0] (line 4)",
                assertThrows(ImportException.class, () -> read(base + ",\n{\"name\": \"supports\"}]}")).getMessage());
        assertEquals("codebook.json line 4: link_types[0].from[1]: \"statistic\" is already link_types[0].from[0]",
                assertThrows(ImportException.class, () -> read(base.replace("[\"statistic\"]", "[\"statistic\", \"statistic\"]")
                        + "]}")).getMessage());
        assertTrue(assertThrows(ImportException.class, () -> read(base.replace("\"to\"", "\"into\"") + "]}")).getMessage()
                .startsWith("codebook.json line 4: link_types[0].into: is not a field of a link type (name, from, to, definition)"));
        assertEquals("codebook.json line 5: link_types[1]: has no \"name\"; every link type needs one",
                assertThrows(ImportException.class, () -> read(base + ",\n{\"from\": []}]}")).getMessage());
    }
}
