package org.newsmark.io.xmi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.newsmark.io.ImportException;

/**
 * {@code exportedproject.json}, the project model of INCEpTION's project archive, written from
 * Newsmark's own maps (never INCEpTION's classes) with the property names and enum spellings of
 * INCEpTION's {@code ExportedProject} and its parts, as its importers read them
 * (docs/inception-archive.md has the sources): the project's name and mode; the built-in Token and
 * Sentence layers as INCEpTION creates them; NewsmarkTag (a span layer anchored on characters,
 * any overlap, crossing sentences), NewsmarkLink (a relation layer attached to NewsmarkTag) and
 * NewsmarkArticle (a document metadata layer), each with the features TypeSystem.xml declares; a
 * plain-text source document per article; an annotation document per article and user, in
 * progress; each user an annotator, and a project-bound user whose display name is the analyst's.
 */
final class InceptionProjectJson {

    static final String ENTRY = "exportedproject.json";
    static final String FORMAT_TEXT = "text";
    private static final String PROJECT_NAME_ILLEGAL = "^/\\&*?+$![]";
    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** One article: its document name and the users with an annotation document in it. */
    record Doc(String name, List<String> users) {
    }

    private InceptionProjectJson() {
    }

    /** @param users every user name with the analyst's real name, in order */
    static void write(String projectName, XmiSchema schema, List<Doc> docs, Map<String, String> users, OutputStream out)
            throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", projectName(projectName));
        p.put("description", "Exported from Newsmark");
        p.put("mode", "ANNOTATION");
        p.put("version", 1);
        p.put("layers", layers(schema));
        List<Object> sources = new ArrayList<>();
        List<Object> annotations = new ArrayList<>();
        for (Doc d : docs) {
            sources.add(map("name", d.name(), "format", FORMAT_TEXT, "state", d.users().isEmpty() ? "NEW" : "ANNOTATION_IN_PROGRESS"));
            d.users().forEach(u -> annotations.add(map("name", d.name(), "user", u, "state", "IN_PROGRESS")));
        }
        p.put("source_documents", sources);
        p.put("annotation_documents", annotations);
        List<Object> permissions = new ArrayList<>();
        List<Object> projectUsers = new ArrayList<>();
        users.forEach((user, realName) -> {
            permissions.add(map("level", "USER", "user", user));
            projectUsers.add(map("username", user, "uiName", realName, "enabled", false));
        });
        p.put("project_permissions", permissions);
        p.put("project_users", projectUsers);
        p.put("tag_sets", List.of());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, p);
    }

    /** INCEpTION's {@code Project.setName} refuses the characters {@value #PROJECT_NAME_ILLEGAL}. */
    static String projectName(String name) {
        StringBuilder b = new StringBuilder();
        name.strip().chars().forEach(c -> b.append(PROJECT_NAME_ILLEGAL.indexOf(c) >= 0 || c < 0x20 ? '_' : (char) c));
        return b.isEmpty() ? "Newsmark export" : b.toString();
    }

    private static List<Object> layers(XmiSchema schema) {
        List<Object> out = new ArrayList<>();
        out.add(builtIn(XmiTypes.TOKEN, "Token", "CHARACTERS", false));
        out.add(builtIn(XmiTypes.SENTENCE, "Sentence", "TOKENS", true));
        for (TypeDescription t : schema.description().getTypes()) {
            switch (t.getName()) {
                case XmiTypes.TAG -> out.add(layer(t, "Newsmark tag", "span", Set.of()));
                case XmiTypes.LINK -> {
                    Map<String, Object> link = layer(t, "Newsmark link", "relation", Set.of(XmiTypes.GOVERNOR, XmiTypes.DEPENDENT));
                    link.put("attach_type", map("name", XmiTypes.TAG));
                    out.add(link);
                }
                case XmiTypes.ARTICLE -> out.add(layer(t, "Newsmark article", "document-metadata", Set.of()));
                default -> {
                }
            }
        }
        return out;
    }

    private static Map<String, Object> builtIn(String name, String uiName, String anchoring, boolean crossSentence) {
        Map<String, Object> l = map("name", name, "uiName", uiName, "type", "span", "enabled", false, "built_in", true,
                "readonly", true);
        l.putAll(map("cross_sentence", crossSentence, "anchoring_mode", anchoring, "overlap_mode", "NO_OVERLAP",
                "validation_mode", "NEVER", "allow_stacking", false, "lock_to_token_offset", false, "multiple_tokens",
                "TOKENS".equals(anchoring)));
        l.put("features", List.of());
        return l;
    }

    /** A Newsmark layer: characters, any overlap and stacking, across sentences; its features as the type declares them. */
    private static Map<String, Object> layer(TypeDescription t, String uiName, String type, Set<String> implicit) {
        Map<String, Object> l = map("name", t.getName(), "uiName", uiName, "type", type, "description", t.getDescription(),
                "enabled", true, "built_in", false);
        l.putAll(map("readonly", false, "cross_sentence", true, "anchoring_mode", "CHARACTERS", "overlap_mode", "ANY_OVERLAP",
                "validation_mode", "NEVER", "allow_stacking", true));
        l.putAll(map("lock_to_token_offset", false, "multiple_tokens", false, "linked_list_behavior", false, "show_hover", true));
        List<Object> features = new ArrayList<>();
        int rank = 0;
        for (FeatureDescription f : t.getFeatures()) {
            if (implicit.contains(f.getName())) {
                continue; // INCEpTION makes a relation layer's Governor and Dependent from its attach type
            }
            Map<String, Object> fm = map("name", f.getName(), "uiName", uiName(f), "type", f.getRangeTypeName(),
                    "description", f.getDescription(), "enabled", true, "visible", f.getName().equals(XmiTypes.LABEL));
            fm.putAll(map("include_in_hover", true, "required", false, "remember", false, "multi_value_mode", "NONE",
                    "link_mode", "NONE", "curatable", true));
            fm.put("rank", rank++);
            features.add(fm);
        }
        l.put("features", features);
        return l;
    }

    private static String uiName(FeatureDescription f) {
        return FeatureRole.parse(f.getDescription()).map(r -> switch (r.role()) {
            case FeatureRole.ATTRIBUTE -> r.label() + ": " + r.name();
            case FeatureRole.CODE -> "code: " + r.name();
            default -> r.name();
        }).orElse(f.getName());
    }

    /**
     * The Newsmark roles that the features' descriptions in an archive's {@code exportedproject*.json}
     * name, by layer and feature: what a binary CAS, which carries no descriptions, is read with when
     * the archive has no TypeSystem.xml.
     */
    static Map<String, Map<String, FeatureRole>> roles(byte[] json, String where) throws ImportException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new ImportException(where, "is not JSON");
        }
        Map<String, Map<String, FeatureRole>> out = new HashMap<>();
        for (JsonNode layer : root == null ? JSON.createArrayNode() : root.path("layers")) {
            for (JsonNode f : layer.path("features")) {
                FeatureRole.parse(f.path("description").asText(null)).ifPresent(r -> out
                        .computeIfAbsent(layer.path("name").asText(""), k -> new HashMap<>()).put(f.path("name").asText(""), r));
            }
        }
        return out;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
