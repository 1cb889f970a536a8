package org.newsmark.io.qdpx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.w3c.dom.Element;

/**
 * The PlainTextSelections of a text and their Codings, as tags. In a file Newsmark wrote a selection
 * is one tag: its label's coding, value codings and the "attribute = value" lines of its Description
 * ({@link QdeDescriptionValues}); in any other file each coding of a codable code is a tag of its own.
 */
final class QdeCodings {

    final List<Annotation> tags = new ArrayList<>();
    private final Map<String, Long> tagBySelection = new HashMap<>();
    private final QdeFile file;
    private final QdeCodebook codebook;
    private final QdeUsers users;
    private final QdeNotes notes;
    private final QdeDescriptionValues descriptions;

    QdeCodings(QdeFile file, QdeCodebook codebook, QdeUsers users, QdeNotes notes, QdeCases cases) {
        this.file = file;
        this.codebook = codebook;
        this.users = users;
        this.notes = notes;
        this.descriptions = new QdeDescriptionValues(file, codebook.book, cases);
    }

    /** The tag a selection (by GUID) became, its first one if several, or null. */
    Long tagOf(String selectionGuid) {
        return tagBySelection.get(QdeFile.key(selectionGuid));
    }

    void readSelection(Element s, long documentId, String title, RefiPositions positions) {
        String where = file.name + ": PlainTextSelection " + s.getAttribute("guid") + " in \"" + title + "\"";
        long start;
        long end;
        try {
            start = Long.parseLong(s.getAttribute("startPosition").strip());
            end = Long.parseLong(s.getAttribute("endPosition").strip());
        } catch (NumberFormatException ex) {
            file.notTaken(where + " not taken (its positions are not whole numbers)");
            return;
        }
        int begin = positions.toUtf16(start);
        int stop = positions.toUtf16(end);
        if (begin < 0 || stop < 0) {
            file.notTaken(where + " not taken (positions " + start + "-" + end + " are outside its " + positions.length()
                    + " characters)");
            return;
        }
        if (positions.splitsSurrogatePair(begin) || positions.splitsSurrogatePair(stop)) {
            file.notTaken(where + " not taken (positions " + start + "-" + end + " split a character in two)");
            return;
        }
        if (stop <= begin) {
            file.notTaken(where + " not taken (it selects no text: " + start + "-" + end + ")");
            return;
        }
        Span span = new Span(begin, stop);
        String note = notes.of(s);
        Instant created = file.instant(RefiXml.attr(s, "creationDateTime"));
        Instant updated = RefiXml.attr(s, "modifiedDateTime") == null ? null : file.instant(s.getAttribute("modifiedDateTime"));
        String name = RefiXml.attr(s, "name");
        if (codebook.ours) {
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
            String code = QdeFile.key(RefiXml.child(c, "CodeRef") == null ? "" : RefiXml.child(c, "CodeRef").getAttribute("targetGUID"));
            if (codebook.label(code) != null) {
                label = codebook.label(code);
                user = Optional.ofNullable(RefiXml.attr(c, "creatingUser")).orElse(user);
            } else if (codebook.choice(code) != null) {
                QdeCodebook.Choice choice = codebook.choice(code);
                values.computeIfAbsent(choice.attributeId(), k -> new ArrayList<>()).add(choice.value());
            } else {
                file.notTaken(where + ": a Coding of an unknown code not taken");
            }
        }
        if (label == null) {
            file.notTaken(where + " not taken (no coding of a label)");
            return;
        }
        descriptions.read(RefiXml.text(s, "Description"), label, values, where);
        Map<Long, List<String>> ordered = new LinkedHashMap<>();
        values.forEach((id, v) -> codebook.book.attribute(id).ifPresent(a -> ordered.put(id, a.type().hasChoices()
                ? a.choices().stream().filter(v::contains).toList() : v)));
        String group = name != null && name.startsWith(QdpxWriter.FRAGMENT_PREFIX)
                ? name.substring(QdpxWriter.FRAGMENT_PREFIX.length()) : null;
        addTag(s, documentId, users.analyst(user, where), label, span, note, group, created, updated,
                AttributeValues.of(ordered));
    }

    private void readForeignSelection(Element s, String where, long documentId, Span span, String note, Instant created,
                                      Instant updated) {
        List<Element> codings = RefiXml.children(s, "Coding");
        if (codings.isEmpty()) {
            file.notTaken(where + " not taken (it has no coding)");
        }
        for (Element c : codings) {
            Element ref = RefiXml.child(c, "CodeRef");
            QdeCodes.Code code = codebook.codes.get(ref == null ? null : ref.getAttribute("targetGUID"));
            if (code == null) {
                file.notTaken(where + ": a Coding of an unknown code not taken");
                continue;
            }
            if (!code.codable()) {
                file.notTaken(where + ": a Coding of \"" + code.path() + "\" not taken (that code is not codable)");
                continue;
            }
            String user = Optional.ofNullable(RefiXml.attr(c, "creatingUser")).orElse(RefiXml.attr(s, "creatingUser"));
            Instant when = RefiXml.attr(c, "creationDateTime") == null ? created : file.instant(c.getAttribute("creationDateTime"));
            addTag(s, documentId, users.analyst(user, where), codebook.label(QdeFile.key(code.guid())), span, note, null, when,
                    updated, AttributeValues.EMPTY);
        }
    }

    private void addTag(Element s, long documentId, Analyst analyst, Label label, Span span, String note, String group,
                        Instant created, Instant updated, AttributeValues values) {
        long id = tags.size() + 1;
        tags.add(new Annotation(id, documentId, analyst.id(), label.id(), span, note, group, created, updated, values));
        tagBySelection.putIfAbsent(QdeFile.key(s.getAttribute("guid")), id);
    }
}
