package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/**
 * A project with the default codebook where Ann and Ben tag the same article and give values,
 * and code four articles; the numbers are worked out in docs/agreement.md ("Attributes and
 * article codes") and in {@link AttributeComparisonTest}.
 * <pre>
 *   slot (5 characters each)  0    1    2    3    4    5    6 (boundary)  7    8
 *   label                     framing ......................................  claim ....
 *   Ann frame / check-worthy  Eco  Eco  Mor  Eco  Pol  -    Eco           yes  yes
 *   Ben frame / check-worthy  Eco  Eco  Mor  Mor  -    -    Pol           yes  no
 * </pre>
 * Article codes (tone / primary frame): article 1 Ann negative/Economic, Ben negative/Morality;
 * article 2 (not tagged) Ann neutral, Ben negative; article 3 Ann positive, Ben nothing;
 * article 4 (not tagged) Ann positive, Ben positive.
 */
public final class AttributeFixture {

    public static final String TEXT = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj";

    public final ProjectSession session;
    public final Document doc;
    public final List<Document> others;
    public final Analyst ann;
    public final Analyst ben;
    public final Label framing;
    public final Label claim;
    public final Attribute frame;
    public final Attribute checkWorthy;
    public final Attribute tone;
    public final Attribute primaryFrame;

    public AttributeFixture(Path file) throws Exception {
        session = TestProjects.create(file);
        Codebook book = session.codebook().codebook();
        framing = book.label("framing").orElseThrow();
        claim = book.label("claim").orElseThrow();
        frame = named(book.attributesOf(framing.id()), "frame");
        checkWorthy = named(book.attributesOf(claim.id()), "check-worthy");
        tone = named(book.articleCodes(), "tone");
        primaryFrame = named(book.articleCodes(), "primary frame");
        doc = session.documents().add("Tagged", "tagged.txt", TEXT).document();
        others = List.of(session.documents().add("Two", "2.txt", "Second article.").document(),
                session.documents().add("Three", "3.txt", "Third article.").document(),
                session.documents().add("Four", "4.txt", "Fourth article.").document());
        ann = session.analyst("Ann");
        ben = session.analyst("Ben");
        String[] annFrames = {"Economic", "Economic", "Morality", "Economic", "Political", null};
        String[] benFrames = {"Economic", "Economic", "Morality", "Morality", null, null};
        for (int i = 0; i < annFrames.length; i++) {
            tag(ann, framing, slot(i), frame, annFrames[i]);
            tag(ben, framing, slot(i), frame, benFrames[i]);
        }
        tag(ann, framing, slot(6), frame, "Economic");
        tag(ben, framing, new Span(30, 33), frame, "Political"); // a boundary pair: its values do not count
        tag(ann, claim, slot(7), checkWorthy, "yes");
        tag(ben, claim, slot(7), checkWorthy, "yes");
        tag(ann, claim, slot(8), checkWorthy, "yes");
        tag(ben, claim, slot(8), checkWorthy, "no");
        CodebookService c = session.codebook();
        c.setArticleCode(doc.id(), ann.id(), tone, List.of("negative"));
        c.setArticleCode(doc.id(), ann.id(), primaryFrame, List.of("Economic"));
        c.setArticleCode(doc.id(), ben.id(), tone, List.of("negative"));
        c.setArticleCode(doc.id(), ben.id(), primaryFrame, List.of("Morality"));
        c.setArticleCode(others.get(0).id(), ann.id(), tone, List.of("neutral"));
        c.setArticleCode(others.get(0).id(), ben.id(), tone, List.of("negative"));
        c.setArticleCode(others.get(1).id(), ann.id(), tone, List.of("positive"));
        c.setArticleCode(others.get(2).id(), ann.id(), tone, List.of("positive"));
        c.setArticleCode(others.get(2).id(), ben.id(), tone, List.of("positive"));
    }

    public static Span slot(int i) {
        return new Span(5 * i, 5 * i + 4);
    }

    private void tag(Analyst who, Label label, Span span, Attribute attribute, String value) {
        Annotation a = session.annotations().tag(doc, who, label, span);
        if (value != null) {
            session.annotations().setAttributes(a, AttributeValues.of(Map.of(attribute.id(), List.of(value))));
        }
    }

    private static Attribute named(List<Attribute> attributes, String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
