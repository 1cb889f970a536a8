package org.newsmark.io.xmi;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.io.ImportException;

/**
 * The project's sources (the ledger source attributes point to) as {@code newsmark/sources.json}
 * beside the XMI: a JSON array of {@code {"name", "kind", "role", "affiliation", "created"}}. INCEpTION has no
 * place for them; its tags show the source's name.
 */
final class SourcesJson {

    /**
     * The entry's name. Not at the root: INCEpTION's source-document importer takes every entry
     * whose name starts with {@code source} for a document's file, and would fail on
     * {@code sources.json}.
     */
    static final String ENTRY = "newsmark/sources.json";
    /** Where zips written before the archive became an INCEpTION project kept it. */
    static final String LEGACY_ENTRY = "sources.json";

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SourcesJson() {
    }

    static void write(List<Source> sources, OutputStream out) throws IOException {
        List<Object> rows = new ArrayList<>();
        for (Source s : sources) {
            var row = new java.util.LinkedHashMap<String, String>();
            row.put("name", s.name());
            row.put("kind", s.kind().id());
            row.put("role", s.role());
            row.put("affiliation", s.affiliation());
            row.put("created", s.created().toString());
            rows.add(row);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, rows);
    }

    /** The sources, ids 1..n in file order. */
    static List<Source> read(byte[] bytes, String file) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ImportException(file, "is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ImportException(file, "could not be read: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new ImportException(file, "is not a JSON array of sources");
        }
        List<Source> out = new ArrayList<>();
        for (JsonNode n : root) {
            String where = "source " + (out.size() + 1);
            String name = text(n, "name");
            if (name == null || !Names.isValid(name)) {
                throw new ImportException(file, where + ": the name " + Names.shown(name) + " is not a valid name");
            }
            SourceKind kind = SourceKind.parse(text(n, "kind")).orElseThrow(() -> new ImportException(file,
                    where + ": the kind " + Names.shown(text(n, "kind")) + " is not one of " + SourceKind.allIds()));
            Instant created;
            try {
                created = text(n, "created") == null ? Instant.EPOCH : Instant.parse(text(n, "created"));
            } catch (DateTimeParseException e) {
                throw new ImportException(file, where + ": created " + Names.shown(text(n, "created"))
                        + " is not an ISO 8601 instant");
            }
            out.add(new Source(out.size() + 1, Names.strip(name), kind, text(n, "role"), text(n, "affiliation"), created));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }
}
