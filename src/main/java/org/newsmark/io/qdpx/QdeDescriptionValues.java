package org.newsmark.io.qdpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;

/**
 * The "attribute = value" lines QdpxWriter puts in a selection's Description for the values a code
 * cannot carry (text, number, source); a source is named as its case is.
 */
final class QdeDescriptionValues {

    private final QdeFile file;
    private final Codebook book;
    private final QdeCases cases;

    QdeDescriptionValues(QdeFile file, Codebook book, QdeCases cases) {
        this.file = file;
        this.book = book;
        this.cases = cases;
    }

    /** Adds the values of a tag of {@code label} that {@code description} holds to {@code values}. */
    void read(String description, Label label, Map<Long, List<String>> values, String where) {
        if (description == null) {
            return;
        }
        for (String line : description.split("\n")) {
            int eq = line.indexOf(" = ");
            Optional<Attribute> a = eq < 0 ? Optional.empty()
                    : book.attributesOf(label.id()).stream().filter(x -> x.name().equals(line.substring(0, eq))).findFirst();
            if (a.isEmpty()) {
                file.notTaken(where + ": the line \"" + line + "\" of its Description is not an attribute value; not taken");
                continue;
            }
            String value = line.substring(eq + 3);
            if (a.get().type() == AttributeType.SOURCE) {
                List<String> ids = new ArrayList<>();
                for (String shown : value.split(" \\| ")) {
                    Long id = cases.sourceNamed(shown);
                    if (id == null) {
                        file.notTaken(where + ": source \"" + shown + "\" is not among the file's cases; not taken");
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
}
