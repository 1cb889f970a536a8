package org.newsmark.io.webanno;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsmark.io.ImportException;

/**
 * A Web Annotation file as JSON: the annotations, each with the line it starts on (for messages),
 * and the collection around them when there is one. Takes an AnnotationCollection with its
 * first page embedded (as Newsmark writes it), an AnnotationPage, one Annotation, or a JSON array
 * of annotations (as Recogito exports them). Refuses, naming the file and the line: a file over
 * {@value WebAnnotation#MAX_BYTES} bytes, text that is not JSON or holds more than one value,
 * nesting deeper than {@value WebAnnotation#MAX_DEPTH}, a key given twice, and JSON(-LD) whose
 * root is none of those Web Annotation types.
 */
record AnnotationFile(ObjectNode collection, List<Item> items) {

    /** One annotation (or what claims to be one) and the line its object starts on. */
    record Item(long line, JsonNode node) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(WebAnnotation.MAX_DEPTH).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    static AnnotationFile read(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > WebAnnotation.MAX_BYTES) {
                throw new ImportException(name, String.format(Locale.ROOT,
                        "is larger than a Web Annotation file may be (at most %,d MiB)", WebAnnotation.MAX_BYTES >> 20));
            }
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file); JsonParser parser = MAPPER.createParser(in)) {
            try {
                return new Reading(parser, name).file();
            } catch (StreamConstraintsException e) {
                throw new ImportException(name, parser.currentLocation().getLineNr(), "is nested deeper than "
                        + WebAnnotation.MAX_DEPTH + " levels of arrays and objects; a Web Annotation file needs far fewer", e);
            }
        } catch (JsonProcessingException e) {
            throw new ImportException(name, line(e), "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(name, "could not be read: " + e.getMessage(), e);
        }
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? ImportException.NO_LINE : Math.max(0, e.getLocation().getLineNr());
    }

    /** The type of a node: {@code "Annotation"}, or the first of several, or "" when it has none. */
    static String typeOf(JsonNode node) {
        JsonNode type = node.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isType(t.asText(), "Annotation", "AnnotationCollection", "AnnotationPage")) {
                    return shortType(t.asText());
                }
            }
            return type.isEmpty() ? "" : shortType(type.get(0).asText());
        }
        return type.isTextual() ? shortType(type.asText()) : "";
    }

    /** "oa:Annotation" and the full IRI are the same type as "Annotation". */
    private static String shortType(String t) {
        return switch (t) {
            case "oa:Annotation", "http://www.w3.org/ns/oa#Annotation" -> "Annotation";
            case "as:OrderedCollection", "http://www.w3.org/ns/activitystreams#OrderedCollection" -> "AnnotationCollection";
            case "as:OrderedCollectionPage", "http://www.w3.org/ns/activitystreams#OrderedCollectionPage" -> "AnnotationPage";
            default -> t;
        };
    }

    private static boolean isType(String t, String... types) {
        return java.util.Arrays.asList(types).contains(shortType(t));
    }

    /** Walks the root by hand so that each annotation keeps its line; everything else is read as a tree. */
    private static final class Reading {
        private final JsonParser parser;
        private final String name;
        private final List<Item> items = new ArrayList<>();

        Reading(JsonParser parser, String name) {
            this.parser = parser;
            this.name = name;
        }

        AnnotationFile file() throws IOException, ImportException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ImportException(name, "is empty; a Web Annotation file holds JSON-LD");
            }
            long line = parser.currentTokenLocation().getLineNr();
            ObjectNode collection = null;
            if (first == JsonToken.START_ARRAY) {
                annotations();
                if (!items.isEmpty() && items.stream().noneMatch(i -> typeOf(i.node()).equals("Annotation"))) {
                    throw new ImportException(name, line, "is a JSON array, but none of its elements is a Web Annotation"
                            + " (\"type\": \"Annotation\")");
                }
            } else if (first == JsonToken.START_OBJECT) {
                ObjectNode root = object(true);
                String type = typeOf(root);
                if (type.equals("Annotation")) {
                    items.add(new Item(line, root));
                } else if (type.equals("AnnotationCollection") || type.equals("AnnotationPage")) {
                    collection = root;
                    if (type.equals("AnnotationCollection") && root.path("first").isTextual()) {
                        throw new ImportException(name, line, "is an AnnotationCollection whose pages are elsewhere ("
                                + root.path("first").asText() + "); export it with its annotations in the file");
                    }
                } else {
                    throw notWebAnnotation(line, root);
                }
            } else {
                throw new ImportException(name, line, "is a single JSON value, not Web Annotation JSON-LD");
            }
            if (parser.nextToken() != null) {
                throw new ImportException(name, parser.currentTokenLocation().getLineNr(),
                        "holds more than one JSON value; a Web Annotation file holds one");
            }
            return new AnnotationFile(collection, items);
        }

        private ImportException notWebAnnotation(long line, ObjectNode root) {
            String type = typeOf(root);
            String context = root.path("@context").toString();
            String what = root.has("@context")
                    ? "is JSON-LD but not Web Annotation (its type is " + (type.isEmpty() ? "not given" : "\"" + type + "\"")
                            + (context.contains("anno.jsonld") ? "" : ", its context not " + WebAnnotation.CONTEXT) + ")"
                    : "is JSON but not Web Annotation JSON-LD (no \"@context\": \"" + WebAnnotation.CONTEXT
                            + "\", no \"type\": \"Annotation\")";
            return new ImportException(name, line, what);
        }

        /** Reads the object whose START_OBJECT is current; {@code first}/{@code items} of a collection or page yield items. */
        private ObjectNode object(boolean container) throws IOException {
            ObjectNode node = MAPPER.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (container && field.equals("items") && value == JsonToken.START_ARRAY) {
                    annotations();
                } else if (container && field.equals("first") && value == JsonToken.START_OBJECT) {
                    node.set(field, object(true));
                } else {
                    node.set(field, parser.readValueAsTree());
                }
            }
            return node;
        }

        /** The elements of the array whose START_ARRAY is current. */
        private void annotations() throws IOException {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                items.add(new Item(line, parser.readValueAsTree()));
            }
        }
    }
}
