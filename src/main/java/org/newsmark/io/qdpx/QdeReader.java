package org.newsmark.io.qdpx;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Source;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;
import org.newsmark.io.article.ArticleText;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.io.exchange.ExchangeRead;
import org.w3c.dom.Element;

/**
 * Maps a parsed project.qde to an {@link ExchangeProject}. A file Newsmark wrote (origin "Newsmark"
 * and its codebook note) is read back exactly: the codebook from the note, attribute values from the
 * value codings and the selection's Description, the text as written. Any other file: each codable
 * code a label named by its path ("parent/child"), one tag per coding, the text's line ends made LF.
 */
final class QdeReader {

    private final QdpxArchive zip;
    private final String file;
    private final RefiPositions.Unit unit;
    private final Element root;
    private final List<String> notTaken = new ArrayList<>();
    private final Map<String, String> users = new HashMap<>();
    private final Map<String, Analyst> analysts = new LinkedHashMap<>();
    private final Map<String, Element> notes = new HashMap<>();
    private final Map<String, Long> tagBySelection = new HashMap<>();
    private final List<Annotation> tags = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final Map<Long, ArticleMetadata> metadata = new HashMap<>();
    private final List<ArticleCodes> articleCodes = new ArrayList<>();
    private final Instant now = Instant.now();

    private Codebook book;
    private boolean ours;
    private QdeCodes codes;
    private final Map<String, Label> labelByCode = new HashMap<>();
    private final Map<String, String[]> choiceByCode = new HashMap<>();
    private final Map<String, Long> sourceByName = new HashMap<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<LinkType> foreignLinkTypes = new ArrayList<>();

    QdeReader(QdpxArchive zip, Element root, RefiPositions.Unit unit) {
        this.zip = zip;
        this.file = zip.fileName();
        this.root = root;
        this.unit = unit;
    }

    ExchangeRead read() throws ImportException {
        for (Element u : RefiXml.children(RefiXml.child(root, "Users"), "User")) {
            users.put(key(u.getAttribute("guid")), u.getAttribute("name").isBlank() ? u.getAttribute("guid") : u.getAttribute("name"));
        }
        for (Element n : RefiXml.children(RefiXml.child(root, "Notes"), "Note")) {
            notes.put(key(n.getAttribute("guid")), n);
        }
        codes = new QdeCodes(RefiXml.child(RefiXml.child(root, "CodeBook"), "Codes"));
        Optional<String> codebookJson = ownCodebook();
        ours = codebookJson.isPresent();
        book = ours ? CodebookJson.read(new StringReader(codebookJson.get()), file + " (codebook note)") : foreignCodebook();
        indexCodes();
        readCases();
        for (Element v : RefiXml.children(RefiXml.child(root, "Sets"), "Set")) {
            notTaken.add(file + ": Set \"" + v.getAttribute("name") + "\" not taken (Newsmark has no sets)");
        }
        for (Element g : RefiXml.children(RefiXml.child(root, "Graphs"), "Graph")) {
            notTaken.add(file + ": Graph \"" + g.getAttribute("name") + "\" not taken (Newsmark has no graphs)");
        }
        Map<String, String> variables = new HashMap<>();
        for (Element v : RefiXml.children(RefiXml.child(root, "Variables"), "Variable")) {
            variables.put(key(v.getAttribute("guid")), v.getAttribute("name"));
        }
        Element sourcesElement = RefiXml.child(root, "Sources");
        if (sourcesElement != null) {
            for (org.w3c.dom.Node n = sourcesElement.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    if ("TextSource".equals(e.getLocalName())) {
                        readTextSource(e, variables);
                    } else {
                        notTaken.add(file + ": " + e.getLocalName() + " \"" + e.getAttribute("name")
                                + "\" not taken (Newsmark holds only text articles)");
                    }
                }
            }
        }
        List<Link> links = readLinks();
        List<LinkType> linkTypes = book.linkTypes();
        if (!ours) {
            linkTypes = foreignLinkTypes;
        }
        Codebook codebook = new Codebook(book.labels(), book.attributes(), linkTypes);
        String name = root.getAttribute("name").isBlank() ? file : root.getAttribute("name");
        return new ExchangeRead(new ExchangeProject(name, List.copyOf(analysts.values()), codebook, sources, documents, metadata,
                tags, links, articleCodes), notTaken);
    }

    /** The codebook note of a file Newsmark wrote. */
    private Optional<String> ownCodebook() throws ImportException {
        if (!root.getAttribute("origin").startsWith(QdpxWriter.ORIGIN)) {
            return Optional.empty();
        }
        for (Element ref : RefiXml.children(root, "NoteRef")) {
            Element note = notes.get(key(ref.getAttribute("targetGUID")));
            if (note != null && QdpxWriter.CODEBOOK_NOTE.equals(note.getAttribute("name"))) {
                return Optional.ofNullable(noteText(note));
            }
        }
        return Optional.empty();
    }

    private Codebook foreignCodebook() {
        List<Label> labels = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (QdeCodes.Code c : codes.byGuid.values()) {
            if (c.codable() && seen.putIfAbsent(c.path(), true) == null) {
                labels.add(new Label(labels.size() + 1, c.path(), QdeCodes.colour(c.color()), null, c.description()));
            }
        }
        return new Codebook(labels, List.of());
    }

    private void indexCodes() {
        for (QdeCodes.Code c : codes.byGuid.values()) {
            if (!ours) {
                book.label(c.path()).ifPresent(l -> labelByCode.put(key(c.guid()), l));
            }
        }
        if (!ours) {
            return;
        }
        for (Label l : book.labels()) {
            labelByCode.put(key(QdaGuids.label(l.name())), l);
            for (Attribute a : book.attributesOf(l.id())) {
                for (String v : CodesXml.codedValues(a)) {
                    choiceByCode.put(key(QdaGuids.choice(l.name(), a.name(), v)), new String[] {Long.toString(a.id()), v});
                }
            }
        }
    }

    private void readCases() {
        for (Element c : RefiXml.children(RefiXml.child(root, "Cases"), "Case")) {
            String description = RefiXml.text(c, "Description");
            Optional<Source> s = ours && description != null
                    ? SourceCase.read(sources.size() + 1, RefiXml.attr(c, "name"), description) : Optional.empty();
            if (s.isPresent()) {
                sources.add(s.get());
                sourceByName.putIfAbsent(s.get().name(), s.get().id());
            } else {
                notTaken.add(file + ": Case \"" + c.getAttribute("name") + "\" not taken (Newsmark has no cases)");
            }
        }
    }

    private void readTextSource(Element e, Map<String, String> variables) throws ImportException {
        String title = RefiXml.attr(e, "name") == null ? "Article " + (documents.size() + 1) : e.getAttribute("name");
        Optional<String> raw = sourceText(e, title);
        if (raw.isEmpty()) {
            return;
        }
        String text = ours ? raw.get() : ArticleText.normaliseLineEnds(raw.get());
        if (text.isEmpty()) {
            notTaken.add(file + ": TextSource \"" + title + "\" not taken (its text is empty)");
            return;
        }
        String description = RefiXml.text(e, "Description");
        String sourceName = ours ? description : Optional.ofNullable(RefiXml.attr(e, "plainTextPath")).orElse(title);
        long id = documents.size() + 1;
        documents.add(new Document(id, title, sourceName, instant(RefiXml.attr(e, "creationDateTime")), text,
                TextHash.sha256(text)));
        RefiPositions positions = new RefiPositions(text, unit);
        for (Element s : RefiXml.children(e, "PlainTextSelection")) {
            readSelection(s, id, title, text, positions);
        }
        for (Element c : RefiXml.children(e, "Coding")) {
            notTaken.add(file + ": a Coding of the whole of \"" + title + "\" not taken (Newsmark tags spans of text)");
        }
        readVariableValues(e, id, variables);
    }

    private Optional<String> sourceText(Element e, String title) throws ImportException {
        String content = RefiXml.text(e, "PlainTextContent");
        if (content != null) {
            return Optional.of(content);
        }
        String path = RefiXml.attr(e, "plainTextPath");
        Optional<String> entry = entryOf(path);
        if (entry.isEmpty()) {
            notTaken.add(file + ": TextSource \"" + title + "\" not taken (its text " + (path == null ? "is missing"
                    : "\"" + path + "\" is not inside the file") + ")");
            return Optional.empty();
        }
        try {
            return Optional.of(StrictText.utf8(zip.read(entry.get()), entry.get()));
        } catch (ImportException ex) {
            throw new ImportException(file, "entry \"" + entry.get() + "\" (the text of \"" + title + "\") "
                    + ex.problem().replace("; choose its encoding (e.g. windows-1252) when importing", "")
                    + "; REFI-QDA texts are UTF-8");
        }
    }

    /** The zip entry of internal://x.txt (Sources/x.txt) or relative:///x.txt when the file holds it. */
    private Optional<String> entryOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.strip();
        if (p.startsWith("internal://")) {
            String name = p.substring("internal://".length()).replaceFirst("^/+", "");
            return zip.has("Sources/" + name) ? Optional.of("Sources/" + name) : Optional.empty();
        }
        if (p.startsWith("relative://")) {
            String name = p.substring("relative://".length()).replaceFirst("^/+", "");
            for (String candidate : List.of(name, "Sources/" + name, "Sources/" + name.substring(name.lastIndexOf('/') + 1))) {
                if (!candidate.contains("..") && zip.has(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private void readSelection(Element s, long documentId, String title, String text, RefiPositions positions) {
        String where = file + ": PlainTextSelection " + s.getAttribute("guid") + " in \"" + title + "\"";
        long start;
        long end;
        try {
            start = Long.parseLong(s.getAttribute("startPosition").strip());
            end = Long.parseLong(s.getAttribute("endPosition").strip());
        } catch (NumberFormatException ex) {
            notTaken.add(where + " not taken (its positions are not whole numbers)");
            return;
        }
        int begin = positions.toUtf16(start);
        int stop = positions.toUtf16(end);
        if (begin < 0 || stop < 0) {
            notTaken.add(where + " not taken (positions " + start + "-" + end + " are outside its " + positions.length()
                    + " characters)");
            return;
        }
        if (positions.splitsSurrogatePair(begin) || positions.splitsSurrogatePair(stop)) {
            notTaken.add(where + " not taken (positions " + start + "-" + end + " split a character in two)");
            return;
        }
        if (stop <= begin) {
            notTaken.add(where + " not taken (it selects no text: " + start + "-" + end + ")");
            return;
        }
        Span span = new Span(begin, stop);
        String note = noteOf(s);
        Instant created = instant(RefiXml.attr(s, "creationDateTime"));
        Instant updated = RefiXml.attr(s, "modifiedDateTime") == null ? null : instant(s.getAttribute("modifiedDateTime"));
        String name = RefiXml.attr(s, "name");
        if (ours) {
            readOwnSelection(s, where, documentId, span, note, created, updated, name);
        } else {
            readForeignSelection(s, where, documentId, span, note, created, updated);
        }
    }

    private void readOwnSelection(Element s, String where, long documentId, Span span, String note, Instant created,
                                  Instant updated, String name) {
        Label label = null;
        String user = RefiXml.attr(s, "creatingUser");
        Map<Long, List<String>> values = new LinkedHashMap<>();
        for (Element c : RefiXml.children(s, "Coding")) {
            String code = key(RefiXml.child(c, "CodeRef") == null ? "" : RefiXml.child(c, "CodeRef").getAttribute("targetGUID"));
            if (labelByCode.containsKey(code)) {
                label = labelByCode.get(code);
                user = Optional.ofNullable(RefiXml.attr(c, "creatingUser")).orElse(user);
            } else if (choiceByCode.containsKey(code)) {
                String[] choice = choiceByCode.get(code);
                values.computeIfAbsent(Long.parseLong(choice[0]), k -> new ArrayList<>()).add(choice[1]);
            } else {
                notTaken.add(where + ": a Coding of an unknown code not taken");
            }
        }
        if (label == null) {
            notTaken.add(where + " not taken (no coding of a label)");
            return;
        }
        readDescriptionValues(RefiXml.text(s, "Description"), label, values, where);
        Map<Long, List<String>> ordered = new LinkedHashMap<>();
        values.forEach((id, v) -> book.attribute(id).ifPresent(a -> ordered.put(id, a.type().hasChoices()
                ? a.choices().stream().filter(v::contains).toList() : v)));
        String group = name != null && name.startsWith(QdpxWriter.FRAGMENT_PREFIX)
                ? name.substring(QdpxWriter.FRAGMENT_PREFIX.length()) : null;
        addTag(s, documentId, analyst(user, where), label, span, note, group, created, updated, AttributeValues.of(ordered));
    }

    /** The "attribute = value" lines the writer puts in a selection's Description (text, number, source). */
    private void readDescriptionValues(String description, Label label, Map<Long, List<String>> values, String where) {
        if (description == null) {
            return;
        }
        for (String line : description.split("\n")) {
            int eq = line.indexOf(" = ");
            Optional<Attribute> a = eq < 0 ? Optional.empty()
                    : book.attributesOf(label.id()).stream().filter(x -> x.name().equals(line.substring(0, eq))).findFirst();
            if (a.isEmpty()) {
                notTaken.add(where + ": the line \"" + line + "\" of its Description is not an attribute value; not taken");
                continue;
            }
            String value = line.substring(eq + 3);
            if (a.get().type() == AttributeType.SOURCE) {
                List<String> ids = new ArrayList<>();
                for (String shown : value.split(" \\| ")) {
                    Long id = sourceByName.get(shown);
                    if (id == null) {
                        notTaken.add(where + ": source \"" + shown + "\" is not among the file's cases; not taken");
                    } else {
                        ids.add(Long.toString(id));
                    }
                }
                if (!ids.isEmpty()) {
                    values.put(a.get().id(), ids);
                }
            } else {
                values.put(a.get().id(), List.of(value));
            }
        }
    }

    private void readForeignSelection(Element s, String where, long documentId, Span span, String note, Instant created,
                                      Instant updated) {
        List<Element> codings = RefiXml.children(s, "Coding");
        if (codings.isEmpty()) {
            notTaken.add(where + " not taken (it has no coding)");
        }
        for (Element c : codings) {
            Element ref = RefiXml.child(c, "CodeRef");
            QdeCodes.Code code = codes.get(ref == null ? null : ref.getAttribute("targetGUID"));
            if (code == null) {
                notTaken.add(where + ": a Coding of an unknown code not taken");
                continue;
            }
            if (!code.codable()) {
                notTaken.add(where + ": a Coding of \"" + code.path() + "\" not taken (that code is not codable)");
                continue;
            }
            String user = Optional.ofNullable(RefiXml.attr(c, "creatingUser")).orElse(RefiXml.attr(s, "creatingUser"));
            Instant when = RefiXml.attr(c, "creationDateTime") == null ? created : instant(c.getAttribute("creationDateTime"));
            addTag(s, documentId, analyst(user, where), labelByCode.get(key(code.guid())), span, note, null, when, updated,
                    AttributeValues.EMPTY);
        }
    }

    private void addTag(Element s, long documentId, Analyst analyst, Label label, Span span, String note, String group,
                        Instant created, Instant updated, AttributeValues values) {
        long id = tags.size() + 1;
        tags.add(new Annotation(id, documentId, analyst.id(), label.id(), span, note, group, created, updated, values));
        tagBySelection.putIfAbsent(key(s.getAttribute("guid")), id);
    }

    /** The analyst of a user GUID; an unknown or missing user is the analyst named after the file's origin. */
    private Analyst analyst(String userGuid, String where) {
        String name = userGuid == null ? null : users.get(key(userGuid));
        if (name == null) {
            if (userGuid != null && !ours) {
                notTaken.add(where + ": user " + userGuid + " is not among the file's users; its coding is "
                        + fallbackName() + "'s");
            }
            name = fallbackName();
        }
        return analysts.computeIfAbsent(name, n -> new Analyst(analysts.size() + 1, n));
    }

    private String fallbackName() {
        String origin = root.getAttribute("origin").strip();
        return origin.isEmpty() ? "REFI-QDA import" : origin;
    }

    private String noteOf(Element s) {
        List<String> texts = new ArrayList<>();
        for (Element ref : RefiXml.children(s, "NoteRef")) {
            Element note = notes.get(key(ref.getAttribute("targetGUID")));
            String t = note == null ? null : noteText(note);
            if (t != null && !t.isBlank()) {
                texts.add(t);
            }
        }
        return String.join("\n\n", texts);
    }

    private String noteText(Element note) {
        String content = RefiXml.text(note, "PlainTextContent");
        if (content != null) {
            return content;
        }
        Optional<String> entry = entryOf(RefiXml.attr(note, "plainTextPath"));
        if (entry.isEmpty()) {
            return null;
        }
        try {
            return StrictText.utf8(zip.read(entry.get()), entry.get());
        } catch (ImportException e) {
            notTaken.add(file + ": note \"" + note.getAttribute("name") + "\" not taken (" + e.problem() + ")");
            return null;
        }
    }

    private void readVariableValues(Element source, long documentId, Map<String, String> variables) {
        Map<String, Map<Long, List<String>>> codesByAnalyst = new LinkedHashMap<>();
        ArticleMetadata m = ArticleMetadata.EMPTY;
        for (Element v : RefiXml.children(source, "VariableValue")) {
            Element ref = RefiXml.child(v, "VariableRef");
            String name = ref == null ? null : variables.get(key(ref.getAttribute("targetGUID")));
            String value = valueOf(v);
            if (name == null || value == null) {
                continue;
            }
            Optional<String[]> code = ours ? articleCode(name) : Optional.empty();
            if (code.isPresent()) {
                Attribute a = book.attribute(Long.parseLong(code.get()[0])).orElseThrow();
                List<String> values = a.type() == AttributeType.YES_NO ? List.of(Boolean.parseBoolean(value) ? "yes" : "no")
                        : a.valuesFromText(value);
                codesByAnalyst.computeIfAbsent(code.get()[1], k -> new LinkedHashMap<>()).put(a.id(), values);
            } else {
                String field = ours ? name : foreignField(name);
                m = m.with(field, value);
            }
        }
        if (!m.isEmpty()) {
            metadata.put(documentId, m);
        }
        codesByAnalyst.forEach((analyst, values) -> articleCodes.add(new ArticleCodes(documentId,
                analysts.computeIfAbsent(analyst, n -> new Analyst(analysts.size() + 1, n)).id(), AttributeValues.of(values))));
    }

    /** "tone [Ana]": the article code and the analyst of a variable Newsmark wrote. */
    private Optional<String[]> articleCode(String variable) {
        for (Attribute a : book.articleCodes()) {
            for (String analyst : users.values()) {
                if (variable.equals(QdpxWriter.articleCodeVariable(a.name(), analyst))) {
                    return Optional.of(new String[] {Long.toString(a.id()), analyst});
                }
            }
        }
        return Optional.empty();
    }

    private static String foreignField(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return ArticleMetadata.isStandard(lower) ? lower : name.strip();
    }

    private static String valueOf(Element v) {
        for (String kind : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")) {
            String t = RefiXml.text(v, kind);
            if (t != null && !t.isBlank()) {
                return t.strip();
            }
        }
        return null;
    }

    private List<Link> readLinks() {
        List<Link> links = new ArrayList<>();
        for (Element l : RefiXml.children(RefiXml.child(root, "Links"), "Link")) {
            Long from = tagBySelection.get(key(l.getAttribute("originGUID")));
            Long to = tagBySelection.get(key(l.getAttribute("targetGUID")));
            String name = RefiXml.attr(l, "name") == null ? "linked" : l.getAttribute("name");
            if (from == null || to == null || from.equals(to)) {
                notTaken.add(file + ": Link \"" + name + "\" not taken (Newsmark links two tags; this one links "
                        + "something else)");
                continue;
            }
            Annotation a = tags.get((int) (from - 1));
            Annotation b = tags.get((int) (to - 1));
            if (a.documentId() != b.documentId() || a.analystId() != b.analystId()) {
                notTaken.add(file + ": Link \"" + name + "\" not taken (its ends are in different articles or by different users)");
                continue;
            }
            Optional<LinkType> type = ours ? book.linkType(name) : Optional.of(foreignLinkType(name, a, b));
            if (type.isEmpty()) {
                notTaken.add(file + ": Link \"" + name + "\" not taken (no link type of that name in the codebook)");
                continue;
            }
            links.add(new Link(links.size() + 1, a.documentId(), a.analystId(), type.get().id(), from, to,
                    a.created() == null ? now : a.created()));
        }
        return links;
    }

    /** A foreign link's type: one per name, allowing the labels its links join. */
    private LinkType foreignLinkType(String name, Annotation from, Annotation to) {
        for (int i = 0; i < foreignLinkTypes.size(); i++) {
            LinkType t = foreignLinkTypes.get(i);
            if (t.name().equals(name)) {
                LinkType wider = new LinkType(t.id(), name, union(t.fromLabels(), from.labelId()), union(t.toLabels(), to.labelId()),
                        t.definition());
                foreignLinkTypes.set(i, wider);
                return wider;
            }
        }
        LinkType t = new LinkType(foreignLinkTypes.size() + 1, name, List.of(from.labelId()), List.of(to.labelId()), "");
        foreignLinkTypes.add(t);
        return t;
    }

    private static List<Long> union(List<Long> ids, long id) {
        List<Long> out = new ArrayList<>(ids);
        if (!out.contains(id)) {
            out.add(id);
        }
        return out;
    }

    private Instant instant(String text) {
        if (text == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text.strip()).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return now;
            }
        }
    }

    private static String key(String guid) {
        return guid == null ? "" : guid.strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
    }
}
