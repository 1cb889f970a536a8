package org.newsmark.io.codebook;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonToken;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJsonReader.AttributeDraft;
import org.newsmark.io.codebook.CodebookJsonReader.LabelDraft;

/** Reads one label or attribute object and checks each field, and the labels and attributes against each other. */
final class FieldChecks {

    static final List<String> LABEL_FIELDS =
            List.of("name", "color", "key", "definition", "rules", "examples", "retired", "attributes");
    static final List<String> ATTRIBUTE_FIELDS = List.of("name", "type", "choices", "required", "definition");

    private static final String COLOR = "#[0-9A-Fa-f]{6}";
    private static final String KEY = "[1-9]";

    private final JsonCursor in;

    FieldChecks(JsonCursor in) {
        this.in = in;
    }

    LabelDraft label(String path, long line) throws ImportException {
        LabelDraft d = new LabelDraft();
        d.path = path;
        d.line = line;
        in.object(path, "a label", LABEL_FIELDS, (field, p, l) -> {
            switch (field) {
                case "name" -> {
                    d.name = name(p, l);
                    d.nameLine = l;
                }
                case "color" -> d.color = color(p, l);
                case "key" -> {
                    d.key = key(p, l);
                    d.keyLine = l;
                }
                case "definition" -> d.definition = text(p);
                case "rules" -> d.rules = text(p);
                case "examples" -> d.examples = text(p);
                case "retired" -> d.retired = in.bool(p);
                case "attributes" -> in.array(p, (i, ep, el) -> {
                    AttributeDraft a = attribute(ep, el, "an attribute");
                    distinctAttribute(a, d.attributes, d);
                    d.attributes.add(a);
                });
                default -> throw new IllegalStateException(field);
            }
        });
        if (d.name == null) {
            throw in.problem(line, path, "has no \"name\"; every label needs one");
        }
        if (d.color == null) {
            throw in.problem(line, path, "label " + Names.shown(d.name) + " has no \"color\"; give one as \"#RRGGBB\","
                    + " e.g. \"#0072B2\"");
        }
        if (d.retired && d.key != null) {
            throw in.problem(d.keyLine, path + ".key", "label " + Names.shown(d.name) + " is retired and takes no new"
                    + " tags, so it has no key; write \"key\": null, or \"retired\": false");
        }
        return d;
    }

    /** {@code what} names the object in messages: "an attribute", "an article code". */
    AttributeDraft attribute(String path, long line, String what) throws ImportException {
        AttributeDraft d = new AttributeDraft();
        d.path = path;
        d.line = line;
        in.object(path, what, ATTRIBUTE_FIELDS, (field, p, l) -> {
            switch (field) {
                case "name" -> {
                    d.name = name(p, l);
                    d.nameLine = l;
                }
                case "type" -> {
                    d.type = type(p, l);
                    d.typeLine = l;
                }
                case "choices" -> {
                    d.choicesLine = l;
                    in.array(p, (i, ep, el) -> {
                        String choice = name(ep, el);
                        if (choice.contains("|")) {
                            // files join several choices with " | " (CSV, article codes): one may not hold it
                            throw in.problem(el, ep, Names.shown(choice) + " holds |, which separates choices in tag files");
                        }
                        int before = d.choices.indexOf(choice);
                        if (before >= 0) {
                            throw in.problem(el, ep, Names.shown(choice) + " is already " + p + "[" + before + "]");
                        }
                        d.choices.add(choice);
                    });
                }
                case "required" -> d.required = in.bool(p);
                case "definition" -> d.definition = text(p);
                default -> throw new IllegalStateException(field);
            }
        });
        if (d.name == null) {
            throw in.problem(line, path, "has no \"name\"; every attribute needs one");
        }
        if (d.type == null) {
            throw in.problem(line, path, Names.shown(d.name) + " has no \"type\" (" + AttributeType.allIds() + ")");
        }
        if (d.type.hasChoices() && d.choices.isEmpty()) {
            throw d.choicesLine == 0
                    ? in.problem(d.typeLine, path, "a " + d.type.id() + " attribute needs \"choices\": [\"…\", …]"
                            + " with at least one choice")
                    : in.problem(d.choicesLine, path + ".choices", "a " + d.type.id()
                            + " attribute needs at least one choice");
        }
        if (!d.type.hasChoices() && !d.choices.isEmpty()) {
            throw in.problem(d.choicesLine, path + ".choices", "a " + d.type.id() + " attribute has no choices;"
                    + " remove them, or make its type choice or multiple-choice");
        }
        return d;
    }

    void distinctLabel(LabelDraft label, List<LabelDraft> before) throws ImportException {
        for (LabelDraft other : before) {
            if (other.name.equals(label.name)) {
                throw in.problem(label.nameLine, label.path + ".name", Names.shown(label.name)
                        + " is already the name of " + other.path + " (line " + other.nameLine + ")");
            }
            if (label.key != null && label.key.equals(other.key)) {
                throw in.problem(label.keyLine, label.path + ".key", "\"" + label.key + "\" is already the key of "
                        + other.path + " " + Names.shown(other.name) + " (line " + other.keyLine + ")");
            }
        }
    }

    /** {@code label} is null for article codes. */
    void distinctAttribute(AttributeDraft attribute, List<AttributeDraft> before, LabelDraft label)
            throws ImportException {
        for (AttributeDraft other : before) {
            if (other.name.equals(attribute.name)) {
                String of = label == null ? "" : label.name == null ? " of this label"
                        : " of label " + Names.shown(label.name);
                throw in.problem(attribute.nameLine, attribute.path + ".name", Names.shown(attribute.name)
                        + " is already the name of " + other.path + of + " (line " + other.nameLine + ")");
            }
        }
    }

    /** A name by {@link Names}: stripped, and refused with the rule's words. */
    private String name(String path, long line) throws ImportException {
        String raw = requiredString(path, line);
        try {
            return Names.label(raw);
        } catch (Names.InvalidNameException e) {
            throw in.problem(line, path, e.describe("").strip());
        }
    }

    private String color(String path, long line) throws ImportException {
        String raw = requiredString(path, line);
        if (!raw.matches(COLOR)) {
            throw in.problem(line, path, Names.shown(raw) + " is not a colour \"#RRGGBB\" (# and six hex digits,"
                    + " e.g. \"#E69F00\")");
        }
        return raw.toUpperCase(Locale.ROOT);
    }

    private String key(String path, long line) throws ImportException {
        if (in.token() == JsonToken.VALUE_NUMBER_INT) {
            throw in.problem(line, path, "must be a string such as \"1\", not the number " + JsonCursor.safe(in.text()));
        }
        String raw = in.string(path);
        if (raw != null && !raw.matches(KEY)) {
            throw in.problem(line, path, Names.shown(raw) + " is not a key; a key is one of \"1\" to \"9\","
                    + " or null for none");
        }
        return raw;
    }

    private AttributeType type(String path, long line) throws ImportException {
        String raw = requiredString(path, line);
        return AttributeType.fromId(raw).orElseThrow(() -> in.problem(line, path, Names.shown(raw)
                + " is not a type (" + AttributeType.allIds() + ")"));
    }

    /** Free text (definition, rules, examples): kept exactly; null is empty. */
    private String text(String path) throws ImportException {
        String s = in.string(path);
        return s == null ? "" : s;
    }

    private String requiredString(String path, long line) throws ImportException {
        String s = in.string(path);
        if (s == null) {
            throw in.problem(line, path, "must be a string in double quotes, not null");
        }
        return s;
    }
}
