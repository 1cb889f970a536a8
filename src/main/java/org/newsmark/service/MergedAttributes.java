package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.SourceMatcher;
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
    /** Their sources by the value their source attributes hold. */
    private final Map<String, Source> theirSources = new HashMap<>();
    /** Ours, as found or created by name during the merge. */
    private List<Source> ourSources;

    MergedAttributes(List<Attribute> theirs, Map<Long, String> labelNames) {
        this(theirs, labelNames, List.of());
    }

    MergedAttributes(List<Attribute> theirs, Map<Long, String> labelNames, List<Source> sources) {
        this.incoming = theirs.stream().map(a -> new Incoming(a, a.labelId() == null ? null : labelNames.get(a.labelId()))).toList();
        incoming.forEach(i -> byId.put(i.attribute().id(), i));
        sources.forEach(x -> theirSources.put(x.valueId(), x));
    }

    /**
     * Their values in this project's ids, a source by name: their source (or, from a project older
     * than sources, the text of a speaker) becomes ours of that name, created with their kind when new.
     */
    AttributeValues translateIn(AttributeValues theirs, Map<Long, Attribute> mapped, ProjectStore to) {
        AttributeValues out = translate(theirs, mapped, to);
        for (Map.Entry<Long, List<String>> e : theirs.asMap().entrySet()) {
            Attribute here = mapped.get(e.getKey());
            Incoming there = byId.get(e.getKey());
            if (here == null || here.type() != AttributeType.SOURCE || there == null) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (String v : e.getValue()) {
                Source theirSource = there.attribute().type() == AttributeType.SOURCE ? theirSources.get(v)
                        : new Source(0, v, SourceKind.NAMED_PERSON, "", "", java.time.Instant.now());
                if (theirSource != null) {
                    ids.add(ours(theirSource, to).valueId());
                }
            }
            out = out.with(here.id(), ids);
        }
        return out;
    }

    private Source ours(Source theirs, ProjectStore to) {
        if (ourSources == null) {
            ourSources = new ArrayList<>(to.sources().all());
        }
        return SourceMatcher.exact(theirs.name(), ourSources).orElseGet(() -> {
            Source made = to.sources().insert(theirs.withId(0));
            ourSources.add(made);
            return made;
        });
    }

    /** Refuses a merge whose attributes clash in type with this project's (same label, same name). */
    void requireNoClash(List<Label> ourLabels, List<Attribute> ours, String otherName) {
        for (Incoming i : incoming) {
            Long label = ourLabelId(i, ourLabels);
            ours.stream().filter(a -> Objects.equals(a.labelId(), label) && a.name().equals(i.attribute().name())
                    && (i.labelName() == null) == a.isArticleCode()).findFirst().ifPresent(a -> {
                // a speaker from a project older than sources is text: its names become sources
                boolean textToSource = a.type() == AttributeType.SOURCE && i.attribute().type() == AttributeType.TEXT;
                if (a.type() != i.attribute().type() && !textToSource) {
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
