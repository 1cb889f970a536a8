package org.newsmark.io.codebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.io.ImportException;

/**
 * The codebook file: a study's labels, their attributes and the article codes, as one JSON object
 * that people can share, keep in version control and edit by hand (docs/formats.md, "Codebook file
 * (JSON)"; docs/decisions/0016-codebook-file.md).
 *
 * <pre>{@code
 * {
 *   "format": "newsmark-codebook",
 *   "version": 1,
 *   "labels": [
 *     {"name": "claim", "color": "#E69F00", "key": "1", "definition": "…", "rules": "", "examples": "",
 *      "retired": false,
 *      "attributes": [{"name": "check-worthy", "type": "yes-no", "choices": [], "required": false, "definition": "…"}]}
 *   ],
 *   "article_codes": [{"name": "tone", "type": "choice", "choices": ["negative", "neutral", "positive"],
 *                      "required": false, "definition": "…"}],
 *   "link_types": [{"name": "supports", "from": ["statistic"], "to": ["claim"], "definition": "…"}]
 * }
 * }</pre>
 *
 * <p><b>Writing</b> gives every field, in the order above, two spaces of indentation, LF line
 * ends and a final line end; labels in codebook order, each label's attributes nested under it
 * in codebook order. Control characters, line and paragraph separators and the invisible format
 * characters (bidirectional overrides, zero-width space, BOM…) inside strings are written as
 * {@code \\uXXXX}, so an editor shows them. A retired label is written without a key (it takes no
 * new tags).
 *
 * <p><b>Reading</b> refuses, naming the file, the line and the field ({@code codebook.json line
 * 12: labels[2].attributes[0].type: "colour" is not a type (text, choice, multiple-choice, yes-no,
 * number)}): text that is not JSON or holds more than one value; a {@code format} other than
 * {@value #FORMAT}; a {@code version} other than 1 to {@value #VERSION}; a field this version does
 * not define ({@code link_types} came with version 2), or one given twice (so a typo such as {@code colour} is caught); a name that breaks
 * {@link org.newsmark.domain.Names}; two labels with one name or one key; a key other than "1" to
 * "9" (or a key on a retired label); a colour other than {@code #RRGGBB}; an unknown type; a choice
 * type without choices, another type with choices; a choice given twice; two attributes of a label,
 * or two article codes, with one name; two link types with one name, an end naming a label the file
 * does not have, or a label twice at one end; more than {@value #MAX_CHARS} characters. Only {@code name}
 * and {@code color} of a label and {@code name} and {@code type} of an attribute are required;
 * a field left out, or null, takes its default (no key, empty texts, false, no attributes, no
 * choices). Names and choices are stripped as {@code Names} strips them; a colour is read in upper
 * case. Either the whole file is read or an exception is thrown.
 *
 * <p><b>Ids are positions.</b> The codebook read has label ids 1..n in file order and attribute
 * ids 1..m (each label's attributes in turn, then the article codes), link types 1..k; they are not the ids of any
 * project. Matching a file against a project goes by name (service.CodebookImportPlan).
 */
public final class CodebookJson {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "newsmark-codebook";

    /** The version this program writes, and the newest it reads. */
    public static final int VERSION = 2;

    /** The first version with {@code link_types}; version 1 files have none and are still read. */
    public static final int LINK_TYPES_SINCE = 2;

    /** The longest file read, in characters (and, for {@link #read(byte[], String)}, in bytes): 1 MiB. */
    public static final int MAX_CHARS = 1 << 20;

    private static final JsonFactory FACTORY = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CodebookJson() {
    }

    /**
     * Writes {@code codebook}; the writer should encode UTF-8 (as {@link #write(Codebook, OutputStream)} does).
     *
     * @throws IllegalArgumentException when an attribute belongs to a label that is not in the codebook
     */
    public static void write(Codebook codebook, Writer out) throws IOException {
        Set<Long> labelIds = new HashSet<>();
        codebook.labels().forEach(l -> labelIds.add(l.id()));
        for (Attribute a : codebook.attributes()) {
            if (!a.isArticleCode() && !labelIds.contains(a.labelId())) {
                throw new IllegalArgumentException("attribute \"" + a.name() + "\" belongs to label id " + a.labelId()
                        + ", which is not in the codebook");
            }
        }
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(JsonStyle.printer());
            g.setCharacterEscapes(JsonStyle.ESCAPES);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("labels");
            for (Label l : codebook.labels()) {
                g.writeStartObject();
                g.writeStringField("name", l.name());
                g.writeStringField("color", l.color());
                g.writeStringField("key", l.retired() ? null : l.key());
                g.writeStringField("definition", l.definition());
                g.writeStringField("rules", l.rules());
                g.writeStringField("examples", l.examples());
                g.writeBooleanField("retired", l.retired());
                writeAttributes(g, "attributes", codebook.attributesOf(l.id()));
                g.writeEndObject();
            }
            g.writeEndArray();
            writeAttributes(g, "article_codes", codebook.articleCodes());
            writeLinkTypes(g, codebook);
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** Each link type with its ends by label name, in codebook order (version 2). */
    private static void writeLinkTypes(JsonGenerator g, Codebook codebook) throws IOException {
        g.writeArrayFieldStart("link_types");
        for (LinkType t : codebook.linkTypes()) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            writeLabelNames(g, "from", t.fromLabels(), codebook);
            writeLabelNames(g, "to", t.toLabels(), codebook);
            g.writeStringField("definition", t.definition());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeLabelNames(JsonGenerator g, String field, List<Long> labelIds, Codebook codebook) throws IOException {
        g.writeArrayFieldStart(field);
        for (long id : labelIds) {
            g.writeString(codebook.label(id).orElseThrow(() -> new IllegalArgumentException("a link type names label id "
                    + id + ", which is not in the codebook")).name());
        }
        g.writeEndArray();
    }

    /** Writes {@code codebook} as UTF-8 without a byte-order mark. */
    public static void write(Codebook codebook, OutputStream out) throws IOException {
        write(codebook, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static void writeAttributes(JsonGenerator g, String field, List<Attribute> attributes) throws IOException {
        g.writeArrayFieldStart(field);
        for (Attribute a : attributes) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeStringField("type", a.type().id());
            g.writeArrayFieldStart("choices");
            for (String c : a.choices()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeBooleanField("required", a.required());
            g.writeStringField("definition", a.definition());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Reads a codebook file. {@code fileName} is what messages call the file. A leading BOM is
     * ignored. The reader is read to its end (at most {@value #MAX_CHARS} characters) and not closed.
     */
    public static Codebook read(Reader in, String fileName) throws ImportException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_CHARS) {
                    throw tooLarge(fileName, "characters");
                }
            }
        } catch (IOException e) {
            throw new ImportException(fileName, "could not be read: " + e.getMessage(), e);
        }
        return CodebookJsonReader.read(text.toString(), fileName);
    }

    /** Reads a codebook file's bytes, which must be UTF-8 (with or without a BOM) and at most {@value #MAX_CHARS} bytes. */
    public static Codebook read(byte[] bytes, String fileName) throws ImportException {
        if (bytes.length > MAX_CHARS) {
            throw tooLarge(fileName, "bytes");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length + 1);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            throw new ImportException(fileName, String.format(Locale.ROOT, "is not valid UTF-8 (invalid byte 0x%02X at"
                    + " byte offset %d); a codebook file is always UTF-8", bytes[in.position()] & 0xFF, in.position()));
        }
        return CodebookJsonReader.read(text.flip().toString(), fileName);
    }

    private static ImportException tooLarge(String fileName, String unit) {
        return new ImportException(fileName, String.format(Locale.ROOT,
                "is larger than a codebook file may be (at most %,d %s)", MAX_CHARS, unit));
    }
}
