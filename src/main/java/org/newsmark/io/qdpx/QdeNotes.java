package org.newsmark.io.qdpx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;
import org.w3c.dom.Element;

/** The project's Notes by GUID: the texts of the NoteRefs of a selection, and the codebook note Newsmark writes. */
final class QdeNotes {

    private final QdeFile file;
    private final Map<String, Element> byGuid = new HashMap<>();

    QdeNotes(QdeFile file) {
        this.file = file;
        for (Element n : RefiXml.children(RefiXml.child(file.root, "Notes"), "Note")) {
            byGuid.put(QdeFile.key(n.getAttribute("guid")), n);
        }
    }

    /** The codebook note of a file Newsmark wrote. */
    Optional<String> ownCodebook() throws ImportException {
        if (!file.root.getAttribute("origin").startsWith(QdpxWriter.ORIGIN)) {
            return Optional.empty();
        }
        for (Element ref : RefiXml.children(file.root, "NoteRef")) {
            Element note = byGuid.get(QdeFile.key(ref.getAttribute("targetGUID")));
            if (note != null && QdpxWriter.CODEBOOK_NOTE.equals(note.getAttribute("name"))) {
                return Optional.ofNullable(text(note));
            }
        }
        return Optional.empty();
    }

    /** The texts of the notes an element refers to, blank ones left out, a blank line between them. */
    String of(Element s) {
        List<String> texts = new ArrayList<>();
        for (Element ref : RefiXml.children(s, "NoteRef")) {
            Element note = byGuid.get(QdeFile.key(ref.getAttribute("targetGUID")));
            String t = note == null ? null : text(note);
            if (t != null && !t.isBlank()) {
                texts.add(t);
            }
        }
        return String.join("\n\n", texts);
    }

    private String text(Element note) {
        String content = RefiXml.text(note, "PlainTextContent");
        if (content != null) {
            return content;
        }
        Optional<String> entry = file.entryOf(RefiXml.attr(note, "plainTextPath"));
        if (entry.isEmpty()) {
            return null;
        }
        try {
            return StrictText.utf8(file.zip.read(entry.get()), entry.get());
        } catch (ImportException e) {
            file.notTaken(file.name + ": note \"" + note.getAttribute("name") + "\" not taken (" + e.problem() + ")");
            return null;
        }
    }
}
