package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.domain.suggest.Suggestion;

/**
 * The tags and links an accepted attributed opinion brings with it when the codebook marks
 * attribution as PARC does (decision 44): its speaker tagged with the label "source" and its cue
 * with "cue", each linked to the opinion's tag by a link type the codebook allows from that label
 * to the opinion's ("source of", "cue of"). A codebook without them gets none: the speaker is then
 * the opinion's source attribute alone. Tags already there (a quote broken by its attribution
 * shares one speaker) are linked, not made twice.
 */
final class AttributionParts {

    /** A span of the suggestion to tag with {@code label} and link to the opinion by {@code type}. */
    record Part(Label label, Span span, LinkType type) {
    }

    private AttributionParts() {
    }

    /** The parts for {@code s} accepted with {@code opinion}, in the codebook {@code book}. */
    static List<Part> of(Codebook book, Label opinion, Suggestion s) {
        List<Part> out = new ArrayList<>();
        part(book, opinion, "source", s.source()).ifPresent(out::add);
        part(book, opinion, "cue", s.cue()).ifPresent(out::add);
        return out;
    }

    private static Optional<Part> part(Codebook book, Label opinion, String labelName, Span span) {
        if (span == null) {
            return Optional.empty();
        }
        return book.label(labelName).filter(l -> !l.retired() && l.id() != opinion.id()).flatMap(label -> book.linkTypes().stream()
                .filter(t -> t.allows(label.id(), opinion.id())).findFirst().map(type -> new Part(label, span, type)));
    }

    /**
     * The links of one step: each opinion's parts linked to it, the tags found among those the
     * step added or, made before, among {@code existing}.
     */
    static List<Link> links(Map<Suggestion, List<Part>> parts, Map<Suggestion, Label> opinions, List<Annotation> added,
                            List<Annotation> existing, long documentId, long analystId, java.time.Instant now) {
        Map<String, Annotation> byPlace = new HashMap<>();
        existing.forEach(a -> byPlace.put(place(a.labelId(), a.span()), a));
        added.forEach(a -> byPlace.put(place(a.labelId(), a.span()), a));
        List<Link> out = new ArrayList<>();
        parts.forEach((s, list) -> {
            Annotation opinion = byPlace.get(place(opinions.get(s).id(), s.span()));
            for (Part p : list) {
                Annotation end = byPlace.get(place(p.label().id(), p.span()));
                if (opinion != null && end != null) {
                    out.add(new Link(0, documentId, analystId, p.type().id(), end.id(), opinion.id(), now));
                }
            }
        });
        return out;
    }

    /** The new tags of the parts, with the values each label's attributes take from the suggestion. */
    static List<AnnotationService.NewTag> tags(Suggestion s, List<Part> parts, BiFunction<Label, Suggestion, AttributeValues> values) {
        return parts.stream().map(p -> new AnnotationService.NewTag(p.label(), p.span(), values.apply(p.label(), s))).toList();
    }

    private static String place(long labelId, Span span) {
        return labelId + "/" + span.begin() + "/" + span.end();
    }
}
