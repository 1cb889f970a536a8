package org.newsmark.io.webanno;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;

/**
 * The codebook an import builds: the file's own (a Newsmark file carries it) or none, with a label
 * added for each name a tag uses that it lacks, and a link type for each link name, allowing the
 * labels it was seen between. Ids continue those of the file's codebook.
 */
final class ImportedCodebook {

    /** Okabe–Ito colours, distinguishable for colour-blind readers, for labels a file names but does not define. */
    private static final List<String> COLOURS = List.of("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
            "#CC79A7", "#999999");

    private final List<Label> labels;
    private final List<Attribute> attributes;
    private final List<LinkType> linkTypes;
    private final long firstOwnId;
    private long nextId;

    ImportedCodebook(Codebook from) {
        labels = new ArrayList<>(from.labels());
        attributes = new ArrayList<>(from.attributes());
        linkTypes = new ArrayList<>(from.linkTypes());
        nextId = 1;
        labels.forEach(l -> nextId = Math.max(nextId, l.id() + 1));
        attributes.forEach(a -> nextId = Math.max(nextId, a.id() + 1));
        linkTypes.forEach(t -> nextId = Math.max(nextId, t.id() + 1));
        firstOwnId = nextId;
    }

    Label label(String name) {
        Optional<Label> known = labels.stream().filter(l -> l.name().equals(name)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        Label added = new Label(nextId++, name, COLOURS.get(labels.size() % COLOURS.size()), null, "");
        labels.add(added);
        return added;
    }

    Optional<Attribute> attributeOf(long labelId, String name) {
        return attributes.stream().filter(a -> a.labelId() != null && a.labelId() == labelId && a.name().equals(name))
                .findFirst();
    }

    Optional<Attribute> articleCode(String name) {
        return attributes.stream().filter(a -> a.isArticleCode() && a.name().equals(name)).findFirst();
    }

    /**
     * The link type of that name. One the file declares is kept as declared (the merge widens its
     * ends if a link needs it); one made here allows each pair of labels it links.
     */
    LinkType linkType(String name, long from, long to) {
        for (int i = 0; i < linkTypes.size(); i++) {
            LinkType t = linkTypes.get(i);
            if (t.name().equals(name)) {
                if (!t.allows(from, to) && t.id() >= firstOwnId) {
                    LinkType wider = new LinkType(t.id(), name, with(t.fromLabels(), from), with(t.toLabels(), to), "");
                    linkTypes.set(i, wider);
                    return wider;
                }
                return t;
            }
        }
        LinkType added = new LinkType(nextId++, name, List.of(from), List.of(to), "");
        linkTypes.add(added);
        return added;
    }

    private static List<Long> with(List<Long> ids, long id) {
        if (ids.contains(id)) {
            return ids;
        }
        List<Long> out = new ArrayList<>(ids);
        out.add(id);
        return out;
    }

    Codebook codebook() {
        return new Codebook(labels, attributes, linkTypes);
    }
}
