package org.newsmark.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.ComparePosition;
import org.newsmark.domain.Label;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;
import org.newsmark.domain.PairSide;
import org.newsmark.service.port.ProjectStore;

/**
 * One merge of label {@code from} into {@code into}, and its undo. Everything it overwrites is
 * kept here (the label, its attributes, every tag it moves or folds, the decisions it rewrites),
 * so that {@link #undo} puts back exactly what was there. See docs/decisions/0017-codebook-editor.md.
 */
final class LabelMerge {

    private final ProjectStore project;
    private final Label from;
    private final Label into;
    private final List<Long> labelOrder;
    private final List<Attribute> fromAttributes;
    private final List<Attribute> intoAttributes;
    /** from's attribute id → into's attribute of the same name, which takes its values. */
    private final Map<Long, Attribute> sameName = new HashMap<>();
    private final List<Annotation> moved = new ArrayList<>();
    /** A folded tag of from → the tag of into it was folded into, as it was before. */
    private final Map<Annotation, Annotation> folded = new LinkedHashMap<>();
    private final List<PairDecision> decisions = new ArrayList<>();
    /** The link types whose ends named from, as they were. */
    private final List<org.newsmark.domain.LinkType> linkTypes = new ArrayList<>();
    private final List<PairDecision> rewritten = new ArrayList<>();
    private Optional<ComparePosition> position = Optional.empty();

    private LabelMerge(ProjectStore project, Codebook book, Label from, Label into) {
        this.project = project;
        this.from = from;
        this.into = into;
        this.labelOrder = book.labels().stream().map(Label::id).toList();
        this.fromAttributes = book.attributesOf(from.id());
        this.intoAttributes = book.attributesOf(into.id());
    }

    /** Checks the merge (nothing is written when refused). */
    static LabelMerge plan(ProjectStore project, Codebook book, long fromId, long intoId) {
        if (fromId == intoId) {
            throw new CodebookRefusedException("A label cannot be merged into itself.");
        }
        Label from = book.label(fromId).orElseThrow(() -> new CodebookRefusedException("The label is no longer in the codebook."));
        Label into = book.label(intoId).orElseThrow(() -> new CodebookRefusedException("The label to merge into is no longer in the codebook."));
        for (Annotation tag : project.annotations().withLabel(fromId)) {
            if (!project.links().touching(tag.id()).isEmpty()) {
                throw new CodebookRefusedException("Tags of \"" + from.name() + "\" have links; merging a label whose tags are linked"
                        + " is not supported yet. Remove those links first. Nothing was merged.");
            }
        }
        LabelMerge m = new LabelMerge(project, book, from, into);
        for (Attribute a : m.fromAttributes) {
            m.intoAttributes.stream().filter(b -> b.name().equals(a.name())).findFirst().ifPresent(b -> {
                if (b.type() != a.type()) {
                    throw new CodebookRefusedException("\"" + from.name() + "\" and \"" + into.name() + "\" both have an attribute \""
                            + a.name() + "\", of different types (" + a.type().id() + ", " + b.type().id()
                            + "); rename one of them first. Nothing was merged.");
                }
                m.sameName.put(a.id(), b);
            });
        }
        return m;
    }

    /** Does the merge; the caller runs it in one transaction. */
    LabelMergeReport apply() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (Attribute b : sameName.values()) {
            project.attributes().update(withChoicesOf(b));
        }
        List<Long> intoOrder = new ArrayList<>(ids(intoAttributes));
        fromAttributes.stream().filter(a -> !sameName.containsKey(a.id())).forEach(a -> intoOrder.add(a.id()));
        project.attributes().place(into.id(), intoOrder);
        Map<String, Annotation> twins = new HashMap<>();
        project.annotations().withLabel(into.id()).forEach(t -> twins.put(place(t), t));
        for (Annotation tag : project.annotations().withLabel(from.id())) {
            AttributeValues values = remapped(tag.attributes());
            Annotation twin = twins.get(place(tag));
            if (twin == null) {
                moved.add(tag);
                project.annotations().update(tag.withLabel(into.id(), tag.updated()).withAttributes(values, tag.updated()));
            } else {
                folded.put(tag, twin);
                project.annotations().delete(tag.id());
                project.annotations().update(foldedInto(twin, tag.note(), values, now));
            }
        }
        sameName.keySet().forEach(project.attributes()::delete);
        rewriteDecisions();
        // a link type that allowed from at an end allows into there instead
        for (org.newsmark.domain.LinkType t : project.links().types()) {
            if (t.fromLabels().contains(from.id()) || t.toLabels().contains(from.id())) {
                linkTypes.add(t);
                project.links().setEnds(t.id(), swapped(t.fromLabels()), swapped(t.toLabels()));
            }
        }
        project.labels().delete(from.id());
        return new LabelMergeReport(from.name(), into.name(), moved.size(), folded.size(), rewritten.size());
    }

    /** Puts back what {@link #apply} changed; the caller runs it in one transaction. */
    void undo() {
        Codebook now = new Codebook(project.labels().all(), List.of());
        if (now.label(from.id()).isPresent() || now.label(from.name()).isPresent()
                || (from.key() != null && now.labels().stream().anyMatch(l -> from.key().equals(l.key())))) {
            throw new CodebookRefusedException("A label added since the merge has the name, key or place of \"" + from.name()
                    + "\"; the merge cannot be taken back.");
        }
        project.labels().restore(from);
        linkTypes.forEach(t -> project.links().setEnds(t.id(), t.fromLabels(), t.toLabels()));
        List<Long> order = new ArrayList<>(labelOrder);
        now.labels().stream().map(Label::id).filter(id -> !order.contains(id)).forEach(order::add);
        project.labels().reorder(order);
        fromAttributes.stream().filter(a -> sameName.containsKey(a.id())).forEach(project.attributes()::restore);
        project.attributes().place(from.id(), ids(fromAttributes));
        project.attributes().place(into.id(), ids(intoAttributes));
        intoAttributes.forEach(project.attributes()::update);
        moved.forEach(this::putBack);
        folded.forEach((tag, twin) -> {
            putBack(twin);
            putBack(tag);
        });
        rewritten.forEach(d -> project.adjudications().remove(d.pair()));
        decisions.forEach(project.adjudications()::put);
        position.ifPresent(project.adjudications()::savePosition);
    }

    /** The labels with from replaced by into, each once. */
    private List<Long> swapped(List<Long> labels) {
        return labels.stream().map(id -> id == from.id() ? into.id() : id).distinct().toList();
    }

    private void putBack(Annotation tag) {
        if (project.annotations().find(tag.id()).isPresent()) {
            project.annotations().update(tag);
        } else {
            project.annotations().insert(tag);
        }
    }

    /** Decisions naming from name into instead; one that would then repeat a decision already there gives way to it. */
    private void rewriteDecisions() {
        decisions.addAll(project.adjudications().naming(from.id()));
        decisions.forEach(d -> project.adjudications().remove(d.pair()));
        for (PairDecision d : decisions) {
            PairDecision r = new PairDecision(relabel(d.pair()), d.decision(), d.consensusId(), d.decidedAt());
            if (project.adjudications().find(r.pair()).isEmpty()) {
                project.adjudications().put(r);
                rewritten.add(r);
            }
        }
        Optional<ComparePosition> p = project.adjudications().position();
        if (p.isPresent() && p.get().selected() != null && !relabel(p.get().selected()).equals(p.get().selected())) {
            position = p;
            ComparePosition was = p.get();
            project.adjudications().savePosition(new ComparePosition(was.analystA(), was.analystB(), was.documentId(),
                    relabel(was.selected())));
        }
    }

    private PairKey relabel(PairKey k) {
        return new PairKey(k.documentId(), k.analystA(), relabel(k.a()), k.analystB(), relabel(k.b()));
    }

    private PairSide relabel(PairSide s) {
        return s == null || s.labelId() != from.id() ? s : new PairSide(into.id(), s.span());
    }

    /** into's attribute with the choices of from's attribute of the same name it lacks, after its own. */
    private Attribute withChoicesOf(Attribute b) {
        List<String> choices = new ArrayList<>(b.choices());
        fromAttributes.stream().filter(a -> sameName.get(a.id()) == b).flatMap(a -> a.choices().stream())
                .filter(c -> !choices.contains(c)).forEach(choices::add);
        return new Attribute(b.id(), b.labelId(), b.name(), b.type(), choices, b.required(), b.definition());
    }

    private AttributeValues remapped(AttributeValues values) {
        Map<Long, List<String>> out = new HashMap<>();
        values.asMap().forEach((id, v) -> out.put(sameName.containsKey(id) ? sameName.get(id).id() : id, v));
        return AttributeValues.of(out);
    }

    /** The twin with the folded tag's note after its own and the values it lacked. */
    private static Annotation foldedInto(Annotation twin, String note, AttributeValues values, Instant now) {
        String joined = note.isBlank() || twin.note().contains(note) ? twin.note()
                : twin.note().isBlank() ? note : twin.note() + "\n" + note;
        AttributeValues v = twin.attributes();
        for (Map.Entry<Long, List<String>> e : values.asMap().entrySet()) {
            if (!v.has(e.getKey())) {
                v = v.with(e.getKey(), e.getValue());
            }
        }
        if (joined.equals(twin.note()) && v.equals(twin.attributes())) {
            return twin;
        }
        return twin.withNote(joined, now).withAttributes(v, now);
    }

    /** Where a tag is, whatever its label: the UNIQUE constraint's other columns. */
    private static String place(Annotation t) {
        return t.documentId() + "/" + t.analystId() + "/" + t.begin() + "/" + t.end();
    }

    private static List<Long> ids(List<Attribute> attributes) {
        return attributes.stream().map(Attribute::id).toList();
    }
}
