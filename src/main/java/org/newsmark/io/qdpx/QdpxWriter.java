package org.newsmark.io.qdpx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.Source;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * Writes a project as a REFI-QDA 1.0 project exchange file (.qdpx): a zip holding {@code project.qde}
 * (UTF-8 XML, namespace {@value #NAMESPACE}) and {@code Sources/<guid>.txt}, each article's text as
 * stored. Analysts are users; labels, tag attributes and their values are codes ({@link CodesXml});
 * each tag is a PlainTextSelection with a Coding of its label and of each chosen value, its text,
 * number and source values in the selection's Description ({@code name = value} lines), its note a
 * Note; links are Links between selections; metadata and article codes are variables of the text
 * source; the ledger's sources are Cases; the exact codebook travels as a project Note
 * ("{@value #CODEBOOK_NOTE}"). Positions: {@link RefiPositions} in code points. GUIDs and zip entry
 * times are fixed, so the same project always gives the same bytes.
 */
public final class QdpxWriter {

    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    /** The project's {@code origin}, by which the reader knows a file it wrote. */
    public static final String ORIGIN = "Newsmark";
    static final String CODEBOOK_NOTE = "Newsmark codebook";
    static final String FRAGMENT_PREFIX = "fragment ";
    /** The REFI-QDA 1.0 release date: a fixed time for every zip entry. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2019, 3, 18, 0, 0);

    private final ExchangeProject p;
    private final Codebook book;
    private final Map<String, String> variables = new LinkedHashMap<>();

    private QdpxWriter(ExchangeProject p) {
        this.p = p;
        this.book = p.codebook();
    }

    /** Writes the zip to {@code out}, finished but not closed. */
    public static void write(ExchangeProject project, OutputStream out) throws IOException {
        new QdpxWriter(project).writeZip(out);
    }

    static String documentGuid(Document d) {
        return QdaGuids.of("document", d.sha256());
    }

    static String articleCodeVariable(String code, String analyst) {
        return code + " [" + analyst + "]";
    }

    private void writeZip(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "project.qde");
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writeProject(new XmlOut(w));
        w.flush();
        zip.closeEntry();
        for (Document d : p.documents()) {
            entry(zip, "Sources/" + documentGuid(d) + ".txt");
            zip.write(d.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
    }

    private void writeProject(XmlOut x) throws IOException {
        x.start("Project").attr("xmlns", NAMESPACE).attr("name", p.name()).attr("origin", ORIGIN);
        if (!p.analysts().isEmpty()) {
            x.start("Users");
            for (Analyst a : p.analysts()) {
                x.start("User").attr("guid", QdaGuids.user(a.name())).attr("name", a.name()).end();
            }
            x.end();
        }
        if (!book.labels().isEmpty()) {
            x.start("CodeBook");
            CodesXml.write(x, book);
            x.end();
        }
        writeVariables(x);
        writeCases(x);
        if (!p.documents().isEmpty()) {
            x.start("Sources");
            for (Document d : p.documents()) {
                writeSource(x, d);
            }
            x.end();
        }
        writeNotes(x);
        writeLinks(x);
        x.start("NoteRef").attr("targetGUID", QdaGuids.of("note", "codebook")).end();
        x.end();
    }

    /** Metadata fields, then article codes per analyst, as text variables (numbers Float, yes-no Boolean). */
    private void writeVariables(XmlOut x) throws IOException {
        for (String name : ArticleMetadata.STANDARD) {
            if (p.documents().stream().anyMatch(d -> p.metadataOf(d.id()).get(name) != null)) {
                variables.put(name, "Text");
            }
        }
        for (Document d : p.documents()) {
            p.metadataOf(d.id()).fields().keySet().forEach(f -> variables.putIfAbsent(f, "Text"));
        }
        for (ArticleCodes c : p.articleCodes()) {
            for (Long id : c.values().asMap().keySet()) {
                book.attribute(id).ifPresent(a -> variables.putIfAbsent(articleCodeVariable(a.name(), analyst(c.analystId())),
                        a.type() == AttributeType.NUMBER ? "Float" : a.type() == AttributeType.YES_NO ? "Boolean" : "Text"));
            }
        }
        if (variables.isEmpty()) {
            return;
        }
        x.start("Variables");
        for (Map.Entry<String, String> v : variables.entrySet()) {
            x.start("Variable").attr("guid", QdaGuids.of("variable", v.getKey())).attr("name", v.getKey())
                    .attr("typeOfVariable", v.getValue()).end();
        }
        x.end();
    }

    /** Each source of the ledger as a case: its kind, role, affiliation and creation in the Description. */
    private void writeCases(XmlOut x) throws IOException {
        if (p.sources().isEmpty()) {
            return;
        }
        x.start("Cases");
        for (Source s : p.sources()) {
            x.start("Case").attr("guid", QdaGuids.of("source", s.valueId())).attr("name", s.name());
            x.textElement("Description", SourceCase.describe(s));
            x.end();
        }
        x.end();
    }

    private void writeSource(XmlOut x, Document d) throws IOException {
        String guid = documentGuid(d);
        x.start("TextSource").attr("guid", guid).attr("name", d.title()).attr("plainTextPath", "internal://" + guid + ".txt")
                .attr("creationDateTime", d.importedAt());
        if (d.sourceName() != null && !d.sourceName().isEmpty()) {
            x.textElement("Description", d.sourceName());
        }
        RefiPositions positions = new RefiPositions(d.text(), RefiPositions.Unit.CODE_POINTS);
        for (Annotation t : p.tagsOf(d.id())) {
            writeSelection(x, t, positions);
        }
        writeVariableValues(x, d);
        x.end();
    }

    private void writeSelection(XmlOut x, Annotation t, RefiPositions positions) throws IOException {
        String user = QdaGuids.user(analyst(t.analystId()));
        Label label = book.label(t.labelId()).orElseThrow(() -> new IllegalArgumentException("tag " + t.id()
                + " has label id " + t.labelId() + ", which is not in the codebook"));
        x.start("PlainTextSelection").attr("guid", selectionGuid(t.id()))
                .attr("name", t.fragmentGroup() == null ? null : FRAGMENT_PREFIX + t.fragmentGroup())
                .attr("startPosition", positions.toPosition(t.begin())).attr("endPosition", positions.toPosition(t.end()))
                .attr("creatingUser", user).attr("creationDateTime", t.created()).attr("modifyingUser", t.updated() == null ? null : user)
                .attr("modifiedDateTime", t.updated());
        List<String> lines = new ArrayList<>();
        List<String[]> codes = new ArrayList<>();
        codes.add(new String[] {"label", QdaGuids.label(label.name())});
        for (Attribute a : book.attributesOf(label.id())) {
            List<String> values = t.attributes().get(a.id());
            if (values.isEmpty()) {
                continue;
            }
            if (CodesXml.codedValues(a).isEmpty()) {
                List<String> shown = a.type() == AttributeType.SOURCE ? values.stream().map(this::sourceName).toList() : values;
                lines.add(a.name() + " = " + String.join(" | ", shown));
            } else {
                for (String v : values) {
                    codes.add(new String[] {a.id() + ":" + v, QdaGuids.choice(label.name(), a.name(), v)});
                }
            }
        }
        if (!lines.isEmpty()) {
            x.textElement("Description", String.join("\n", lines));
        }
        for (String[] c : codes) {
            x.start("Coding").attr("guid", QdaGuids.of("coding", t.id() + ":" + c[0])).attr("creatingUser", user)
                    .attr("creationDateTime", t.created());
            x.start("CodeRef").attr("targetGUID", c[1]).end();
            x.end();
        }
        if (!t.note().isEmpty()) {
            x.start("NoteRef").attr("targetGUID", noteGuid(t.id())).end();
        }
        x.end();
    }

    private void writeVariableValues(XmlOut x, Document d) throws IOException {
        ArticleMetadata m = p.metadataOf(d.id());
        for (String name : ArticleMetadata.STANDARD) {
            variableValue(x, name, m.get(name), "Text");
        }
        for (Map.Entry<String, String> f : m.fields().entrySet()) {
            variableValue(x, f.getKey(), f.getValue(), "Text");
        }
        for (ArticleCodes c : p.articleCodes()) {
            if (c.documentId() != d.id()) {
                continue;
            }
            for (Map.Entry<Long, List<String>> v : c.values().asMap().entrySet()) {
                Attribute a = book.attribute(v.getKey()).orElse(null);
                if (a != null) {
                    String name = articleCodeVariable(a.name(), analyst(c.analystId()));
                    String value = a.type() == AttributeType.YES_NO ? Boolean.toString(v.getValue().get(0).equals("yes"))
                            : String.join(" | ", v.getValue());
                    variableValue(x, name, value, variables.get(name));
                }
            }
        }
    }

    private static void variableValue(XmlOut x, String name, String value, String type) throws IOException {
        if (value == null) {
            return;
        }
        x.start("VariableValue");
        x.start("VariableRef").attr("targetGUID", QdaGuids.of("variable", name)).end();
        x.textElement(type + "Value", value);
        x.end();
    }

    private void writeNotes(XmlOut x) throws IOException {
        x.start("Notes");
        for (Annotation t : p.tags()) {
            if (!t.note().isEmpty()) {
                x.start("Note").attr("guid", noteGuid(t.id())).attr("creatingUser", QdaGuids.user(analyst(t.analystId())))
                        .attr("creationDateTime", t.updated() == null ? t.created() : t.updated());
                x.textElement("PlainTextContent", t.note());
                x.end();
            }
        }
        StringWriter json = new StringWriter();
        CodebookJson.write(book, json);
        x.start("Note").attr("guid", QdaGuids.of("note", "codebook")).attr("name", CODEBOOK_NOTE);
        x.textElement("Description", "The codebook as Newsmark's codebook file (docs/formats.md), so that Newsmark reads back "
                + "attribute types, choices and link types exactly.");
        x.textElement("PlainTextContent", json.toString());
        x.end();
        x.end();
    }

    private void writeLinks(XmlOut x) throws IOException {
        if (p.links().isEmpty()) {
            return;
        }
        x.start("Links");
        for (Link l : p.links()) {
            String type = book.linkType(l.typeId()).map(t -> t.name()).orElse("link");
            x.start("Link").attr("guid", QdaGuids.of("link", Long.toString(l.id()))).attr("name", type)
                    .attr("direction", "OneWay").attr("originGUID", selectionGuid(l.fromTagId()))
                    .attr("targetGUID", selectionGuid(l.toTagId())).end();
        }
        x.end();
    }

    private String analyst(long id) {
        return p.analyst(id).map(Analyst::name).orElseThrow(() -> new IllegalArgumentException("no analyst with id " + id));
    }

    private String sourceName(String valueId) {
        return p.sources().stream().filter(s -> s.valueId().equals(valueId)).map(Source::name).findFirst().orElse(valueId);
    }

    static String selectionGuid(long tagId) {
        return QdaGuids.of("tag", Long.toString(tagId));
    }

    private static String noteGuid(long tagId) {
        return QdaGuids.of("note", Long.toString(tagId));
    }
}
