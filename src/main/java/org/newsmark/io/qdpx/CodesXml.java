package org.newsmark.io.qdpx;

import java.io.IOException;
import java.util.List;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;

/**
 * The codebook as REFI-QDA codes, the same in a project (.qde) and a codebook (.qdc): each label a
 * codable code (its colour; Description = definition, rules, examples), under it each tag attribute a
 * code that is not codable (Description = its definition), and under a choice, multiple-choice or
 * yes-no attribute each value a codable code, so that a tag's value is a coding other tools show.
 */
final class CodesXml {

    private CodesXml() {
    }

    static void write(XmlOut x, Codebook book) throws IOException {
        x.start("Codes");
        for (Label l : book.labels()) {
            x.start("Code").attr("guid", QdaGuids.label(l.name())).attr("name", l.name()).attr("isCodable", true)
                    .attr("color", l.color().toUpperCase(java.util.Locale.ROOT));
            description(x, l.description());
            for (Attribute a : book.attributesOf(l.id())) {
                x.start("Code").attr("guid", QdaGuids.attribute(l.name(), a.name())).attr("name", a.name())
                        .attr("isCodable", false);
                description(x, a.definition());
                for (String choice : codedValues(a)) {
                    x.start("Code").attr("guid", QdaGuids.choice(l.name(), a.name(), choice)).attr("name", choice)
                            .attr("isCodable", true).end();
                }
                x.end();
            }
            x.end();
        }
        x.end();
    }

    /** The values written as codes: a choice's choices, yes and no; none for text, number and source. */
    static List<String> codedValues(Attribute a) {
        return a.type() == AttributeType.YES_NO ? List.of("yes", "no") : a.type().hasChoices() ? a.choices() : List.of();
    }

    private static void description(XmlOut x, String text) throws IOException {
        if (!text.isEmpty()) {
            x.textElement("Description", text);
        }
    }
}
