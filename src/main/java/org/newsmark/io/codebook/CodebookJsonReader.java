package org.newsmark.io.codebook;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;

/**
 * Reads a codebook file in two passes over the text: the first checks that it is one JSON
 * object and what its {@code format} and {@code version} say (so a file of another kind is told
 * so before anything else), the second reads the labels and article codes, refusing the first
 * problem. The result is built only at the end: a complete codebook or an exception.
 */
final class CodebookJsonReader {

    static final List<String> ROOT_FIELDS = List.of("format", "version", "labels", "article_codes", "link_types");

    private static final JsonFactory FACTORY = new JsonFactory();

    private final String text;
    private final String file;
    private int version;

    private CodebookJsonReader(String text, String file) {
        this.text = text;
        this.file = file;
    }

    static Codebook read(String text, String file) throws ImportException {
        return new CodebookJsonReader(text.startsWith("\uFEFF") ? text.substring(1) : text, file).read();
    }

    private Codebook read() throws ImportException {
        try (JsonParser first = FACTORY.createParser(text)) {
            checkHeader(new JsonCursor(first, file));
        } catch (IOException e) {
            throw new ImportException(file, "could not be read: " + e.getMessage(), e);
        }
        try (JsonParser second = FACTORY.createParser(text)) {
            return body(new JsonCursor(second, file));
        } catch (IOException e) {
            throw new ImportException(file, "could not be read: " + e.getMessage(), e);
        }
    }

    /** Pass 1: one object, valid JSON throughout, nothing after it, the right format and a version this program reads. */
    private void checkHeader(JsonCursor in) throws ImportException {
        if (in.next() == null) {
            throw new ImportException(file, "is empty; a codebook file is one JSON object");
        }
        if (in.token() != JsonToken.START_OBJECT) {
            throw in.problem(in.line(), "", "must hold one JSON object { … }, not " + in.shown());
        }
        long rootLine = in.line();
        String format = null;
        String formatShown = null;
        long formatLine = 0;
        String version = null;
        JsonToken versionToken = null;
        long versionLine = 0;
        while (in.next() == JsonToken.FIELD_NAME) {
            String field = in.text();
            in.next();
            if (field.equals("format") && formatLine == 0) {
                formatLine = in.line();
                format = in.token() == JsonToken.VALUE_STRING ? in.text() : null;
                formatShown = format == null ? in.shown() : Names.shown(format);
            } else if (field.equals("version") && versionLine == 0) {
                versionLine = in.line();
                versionToken = in.token();
                version = in.token() == JsonToken.VALUE_NUMBER_INT ? in.text() : in.shown();
            }
            in.skip();
        }
        checkNothingAfter(in);
        if (formatLine == 0) {
            throw in.problem(rootLine, "", "has no \"format\"; a Newsmark codebook file starts with "
                    + "\"format\": \"" + CodebookJson.FORMAT + "\"");
        }
        if (!CodebookJson.FORMAT.equals(format)) {
            throw in.problem(formatLine, "format", formatShown + " is not \"" + CodebookJson.FORMAT
                    + "\": this is not a Newsmark codebook file");
        }
        if (versionLine == 0) {
            throw in.problem(rootLine, "", "has no \"version\"; this Newsmark reads codebook files of version "
                    + CodebookJson.VERSION);
        }
        if (versionToken != JsonToken.VALUE_NUMBER_INT) {
            throw in.problem(versionLine, "version", "must be a whole number such as " + CodebookJson.VERSION
                    + ", not " + version);
        }
        BigInteger v = new BigInteger(version);
        this.version = v.signum() > 0 && v.bitLength() < 31 ? v.intValue() : 0;
        if (v.compareTo(BigInteger.valueOf(CodebookJson.VERSION)) > 0) {
            throw in.problem(versionLine, "version", "is " + shortened(version) + ", newer than this Newsmark reads"
                    + " (version " + CodebookJson.VERSION + "); a later Newsmark wrote it, so update Newsmark to import it");
        }
        if (v.signum() <= 0) {
            throw in.problem(versionLine, "version", "is " + shortened(version) + "; versions start at 1 and this"
                    + " Newsmark reads version " + CodebookJson.VERSION);
        }
    }

    private void checkNothingAfter(JsonCursor in) throws ImportException {
        JsonToken after;
        try {
            after = in.next();
        } catch (ImportException e) {
            throw new ImportException(file, e.line(), "holds more after the codebook's closing }; "
                    + "a codebook file is one JSON object", e.getCause());
        }
        if (after != null) {
            throw in.problem(in.line(), "", "holds more after the codebook's closing }; a codebook file is one JSON object");
        }
    }

    private static String shortened(String number) {
        return number.length() > 20 ? number.substring(0, 20) + "…" : number;
    }

    /** Pass 2: the labels and article codes, every field checked. */
    private Codebook body(JsonCursor in) throws ImportException {
        in.next();
        List<LabelDraft> labels = new ArrayList<>();
        List<AttributeDraft> articleCodes = new ArrayList<>();
        List<LinkTypeDraft> linkTypes = new ArrayList<>();
        FieldChecks checks = new FieldChecks(in);
        in.object("", "a codebook", ROOT_FIELDS, (field, path, line) -> {
            switch (field) {
                case "labels" -> in.array(path, (i, p, l) -> {
                    LabelDraft label = checks.label(p, l);
                    checks.distinctLabel(label, labels);
                    labels.add(label);
                });
                case "article_codes" -> in.array(path, (i, p, l) -> {
                    AttributeDraft code = checks.attribute(p, l, "an article code");
                    checks.distinctAttribute(code, articleCodes, null);
                    articleCodes.add(code);
                });
                case "link_types" -> {
                    if (version < CodebookJson.LINK_TYPES_SINCE) {
                        throw in.problem(line, path, "came with version " + CodebookJson.LINK_TYPES_SINCE
                                + " of the codebook file; this file says version " + version
                                + " (write \"version\": " + CodebookJson.LINK_TYPES_SINCE + ")");
                    }
                    in.array(path, (i, p, l) -> {
                    LinkTypeDraft type = LinkTypeChecks.linkType(in, p, l);
                    LinkTypeChecks.distinct(in, type, linkTypes);
                    linkTypes.add(type);
                    });
                }
                default -> in.skip(); // format and version, checked in pass 1
            }
        });
        for (LinkTypeDraft t : linkTypes) {
            LinkTypeChecks.endsNameLabels(in, t, labels);
        }
        return build(labels, articleCodes, linkTypes);
    }

    /** Labels get ids 1..n in file order; attributes 1..m, each label's in turn, then the article codes. */
    private static Codebook build(List<LabelDraft> labelDrafts, List<AttributeDraft> articleCodes,
                                  List<LinkTypeDraft> linkTypeDrafts) {
        List<Label> labels = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        long labelId = 0;
        for (LabelDraft d : labelDrafts) {
            labels.add(new Label(++labelId, d.name, d.color, d.key, d.definition, d.rules, d.examples, d.retired));
            for (AttributeDraft a : d.attributes) {
                attributes.add(a.toAttribute(attributes.size() + 1, labelId));
            }
        }
        for (AttributeDraft a : articleCodes) {
            attributes.add(a.toAttribute(attributes.size() + 1, null));
        }
        List<org.newsmark.domain.LinkType> linkTypes = new ArrayList<>();
        for (LinkTypeDraft t : linkTypeDrafts) {
            linkTypes.add(new org.newsmark.domain.LinkType(linkTypes.size() + 1, t.name, ids(t.from, labels), ids(t.to, labels),
                    t.definition));
        }
        return new Codebook(labels, attributes, linkTypes);
    }

    private static List<Long> ids(List<String> names, List<Label> labels) {
        return names.stream().map(n -> labels.stream().filter(l -> l.name().equals(n)).findFirst().orElseThrow().id()).toList();
    }

    /** A link type as read: its ends by label name, with the lines messages need. */
    static final class LinkTypeDraft {
        String path;
        long line;
        String name;
        long nameLine;
        final List<String> from = new ArrayList<>();
        final List<Long> fromLines = new ArrayList<>();
        final List<String> to = new ArrayList<>();
        final List<Long> toLines = new ArrayList<>();
        String definition = "";
    }

    /** A label as read, with the lines messages need. */
    static final class LabelDraft {
        String path;
        long line;
        String name;
        long nameLine;
        String color;
        String key;
        long keyLine;
        String definition = "";
        String rules = "";
        String examples = "";
        boolean retired;
        final List<AttributeDraft> attributes = new ArrayList<>();
    }

    /** An attribute or article code as read. */
    static final class AttributeDraft {
        String path;
        long line;
        String name;
        long nameLine;
        AttributeType type;
        long typeLine;
        final List<String> choices = new ArrayList<>();
        long choicesLine;
        boolean required;
        String definition = "";

        Attribute toAttribute(long id, Long labelId) {
            return new Attribute(id, labelId, name, type, choices, required, definition);
        }
    }
}
