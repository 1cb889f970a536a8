package org.newsmark.io.qdpx;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJson;

/**
 * The codebook of a project.qde, and what each of its codes stands for. A file Newsmark wrote
 * ({@link #ours}) brings its codebook whole in the codebook note, and its codes are the labels' and
 * the choice values' GUIDs; in any other file each codable code is a label named by its path
 * ("parent/child").
 */
final class QdeCodebook {

    /** A value coding's meaning: the attribute and the value. */
    record Choice(long attributeId, String value) {
    }

    /** Whether Newsmark wrote the file (its origin and codebook note say so). */
    final boolean ours;
    final Codebook book;
    final QdeCodes codes;
    private final Map<String, Label> labelByCode = new HashMap<>();
    private final Map<String, Choice> choiceByCode = new HashMap<>();

    private QdeCodebook(boolean ours, Codebook book, QdeCodes codes) {
        this.ours = ours;
        this.book = book;
        this.codes = codes;
    }

    static QdeCodebook read(QdeFile file, QdeNotes notes) throws ImportException {
        QdeCodes codes = new QdeCodes(RefiXml.child(RefiXml.child(file.root, "CodeBook"), "Codes"));
        Optional<String> json = notes.ownCodebook();
        QdeCodebook c = json.isPresent()
                ? new QdeCodebook(true, CodebookJson.read(new StringReader(json.get()), file.name + " (codebook note)"), codes)
                : new QdeCodebook(false, foreign(codes), codes);
        c.index();
        return c;
    }

    private static Codebook foreign(QdeCodes codes) {
        List<Label> labels = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (QdeCodes.Code c : codes.byGuid.values()) {
            if (c.codable() && seen.putIfAbsent(c.path(), true) == null) {
                labels.add(new Label(labels.size() + 1, c.path(), QdeCodes.colour(c.color()), null, c.description()));
            }
        }
        return new Codebook(labels, List.of());
    }

    private void index() {
        if (!ours) {
            for (QdeCodes.Code c : codes.byGuid.values()) {
                book.label(c.path()).ifPresent(l -> labelByCode.put(QdeFile.key(c.guid()), l));
            }
            return;
        }
        for (Label l : book.labels()) {
            labelByCode.put(QdeFile.key(QdaGuids.label(l.name())), l);
            for (Attribute a : book.attributesOf(l.id())) {
                for (String v : CodesXml.codedValues(a)) {
                    choiceByCode.put(QdeFile.key(QdaGuids.choice(l.name(), a.name(), v)), new Choice(a.id(), v));
                }
            }
        }
    }

    /** The label a code (by GUID key) stands for, or null. */
    Label label(String codeKey) {
        return labelByCode.get(codeKey);
    }

    /** The attribute value a code (by GUID key) of a file Newsmark wrote stands for, or null. */
    Choice choice(String codeKey) {
        return choiceByCode.get(codeKey);
    }
}
