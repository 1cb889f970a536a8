package org.newsmark.io.xmi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;

/**
 * The codebook a read builds: the file's codebook.json when there is one, and every label,
 * attribute and link type an XMI uses that it does not declare, added as text attributes and
 * links allowed between the labels they were seen on.
 */
final class CodebookDraft {

    /** Okabe-Ito: distinguishable for colour-blind readers, as the built-in codebook's colours are. */
    private static final String[] COLOURS = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
            "#999999"};

    private final List<Label> labels = new ArrayList<>();
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<LinkType> linkTypes = new ArrayList<>();
    private final List<Long> declaredLinkTypes = new ArrayList<>();
    private long nextId;

    CodebookDraft(Codebook declared) {
        labels.addAll(declared.labels());
        attributes.addAll(declared.attributes());
        linkTypes.addAll(declared.linkTypes());
        declared.linkTypes().forEach(t -> declaredLinkTypes.add(t.id()));
        long max = 0;
        for (Label l : labels) {
            max = Math.max(max, l.id());
        }
        for (Attribute a : attributes) {
            max = Math.max(max, a.id());
        }
        for (LinkType t : linkTypes) {
            max = Math.max(max, t.id());
        }
        nextId = max + 1;
    }

    Label label(String name) {
        Optional<Label> known = labels.stream().filter(l -> l.name().equals(name)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        Label added = new Label(nextId++, name, COLOURS[labels.size() % COLOURS.length], null, "");
        labels.add(added);
        return added;
    }

    /** The attribute {@code name} of {@code labelId} (null: an article code), added with {@code type} if new. */
    Attribute attribute(Long labelId, String name, AttributeType type) {
        Optional<Attribute> known = attributes.stream().filter(a -> java.util.Objects.equals(a.labelId(), labelId)
                && a.name().equals(name)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        AttributeType kept = type == null || type.hasChoices() || type == AttributeType.SOURCE ? AttributeType.TEXT : type;
        Attribute added = new Attribute(nextId++, labelId, name, kept, List.of(), false, "");
        attributes.add(added);
        return added;
    }

    /** The link type {@code name}; one the codebook did not declare is widened to allow {@code from} → {@code to}. */
    LinkType linkType(String name, long from, long to) {
        for (int i = 0; i < linkTypes.size(); i++) {
            LinkType t = linkTypes.get(i);
            if (!t.name().equals(name)) {
                continue;
            }
            if (declaredLinkTypes.contains(t.id()) || t.allows(from, to)) {
                return t;
            }
            LinkType wider = new LinkType(t.id(), name, with(t.fromLabels(), from), with(t.toLabels(), to), t.definition());
            linkTypes.set(i, wider);
            return wider;
        }
        LinkType added = new LinkType(nextId++, name, List.of(from), List.of(to), "");
        linkTypes.add(added);
        return added;
    }

    Codebook codebook() {
        return new Codebook(labels, attributes, linkTypes);
    }

    private static List<Long> with(List<Long> ids, long id) {
        List<Long> out = new ArrayList<>(ids);
        if (!out.contains(id)) {
            out.add(id);
        }
        return out;
    }
}
