package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Label;
import org.newsmark.service.port.ProjectStore;

/**
 * Carries attribute values and article codes from another project into this one during a merge.
 * Attributes are matched by label name and attribute name (article codes by name), never by id:
 * ids are per project. One the project lacks is declared; a value of a choice it lacks adds the
 * choice; an attribute of one name but another type refuses the merge before anything is written.
 */
final class MergedAttributes {

    /** The other project's declarations, with their label's name (null for an article code). */
    record Incoming(Attribute attribute, String labelName) {
    }

    private final List<Incoming> incoming;
    private final Map<Long, Incoming> byId = new HashMap<>();

    MergedAttributes(List<Attribute> theirs, Map<Long, String> labelNames) {
        this.incoming = theirs.stream().map(a -> new Incoming(a, a.labelId() == null ? null : labelNames.get(a.labelId()))).toList();
        incoming.forEach(i -> byId.put(i.attribute().id(), i));
    }

    /** Refuses a merge whose attributes clash in type with this project's (same label, same name). */
    void requireNoClash(List<Label> ourLabels, List<Attribute> ours, String otherName) {
        for (Incoming i : incoming) {
            Long label = ourLabelId(i, ourLabels);
            ours.stream().filter(a -> Objects.equals(a.labelId(), label) && a.name().equals(i.attribute().name())
                    && (i.labelName() == null) == a.isArticleCode()).findFirst().ifPresent(a -> {
                if (a.type() != i.attribute().type()) {
                    throw new AnnotationConflictException(otherName + ": the attribute \"" + a.name() + "\""
                            + (i.labelName() == null ? "" : " of \"" + i.labelName() + "\"") + " is " + i.attribute().type().id()
                            + " there and " + a.type().id() + " here. Nothing was merged.");
                }
            });
        }
    }

    /** Inside the merge's transaction, with the labels written: each incoming id → this project's attribute. */
    Map<Long, Attribute> declareIn(ProjectStore to) {
        List<Label> labels = to.labels().all();
        Map<Long, Attribute> out = new HashMap<>();
        for (Incoming i : incoming) {
            Long label = ourLabelId(i, labels);
            if (i.labelName() != null && label == null) {
                continue;
            }
            Attribute here = to.attributes().all().stream().filter(a -> Objects.equals(a.labelId(), label)
                    && a.name().equals(i.attribute().name())).findFirst()
                    .orElseGet(() -> to.attributes().insert(i.attribute().withLabel(label)));
            out.put(i.attribute().id(), here);
        }
        return out;
    }

    /** Their values in this project's ids; a choice this project lacks is added to its attribute first. */
    static AttributeValues translate(AttributeValues theirs, Map<Long, Attribute> mapped, ProjectStore to) {
        if (theirs.isEmpty()) {
            return AttributeValues.EMPTY;
        }
        Map<Long, List<String>> out = new TreeMap<>();
        theirs.asMap().forEach((id, values) -> {
            Attribute here = mapped.get(id);
            if (here == null) {
                return;
            }
            if (here.type().hasChoices() && !here.choices().containsAll(values)) {
                List<String> choices = new ArrayList<>(here.choices());
                values.stream().filter(v -> !choices.contains(v)).forEach(choices::add);
                Attribute grown = new Attribute(here.id(), here.labelId(), here.name(), here.type(), choices, here.required(),
                        here.definition());
                to.attributes().update(grown);
                mapped.replaceAll((k, a) -> a.id() == grown.id() ? grown : a);
            }
            out.put(here.id(), values);
        });
        return AttributeValues.of(out);
    }

    private static Long ourLabelId(Incoming i, List<Label> ours) {
        return i.labelName() == null ? null : ours.stream().filter(l -> l.name().equals(i.labelName())).findFirst()
                .map(Label::id).orElse(null);
    }
}
