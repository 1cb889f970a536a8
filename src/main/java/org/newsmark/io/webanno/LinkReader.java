package org.newsmark.io.webanno;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Names;
import org.newsmark.io.webanno.AnnotationFile.Item;

/** Links from linking annotations (Newsmark's linkFrom/linkTo, or two targets) between two tags taken from the file. */
final class LinkReader {

    final List<Link> links = new ArrayList<>();
    private final ReadContext context;
    private final TagReader tags;

    LinkReader(ReadContext context, TagReader tags) {
        this.context = context;
        this.tags = tags;
    }

    void read(Item item) {
        JsonNode a = item.node();
        List<JsonNode> targets = Nodes.list(a.path("target"));
        String from = Optional.ofNullable(Nodes.text(a, "linkFrom")).orElse(targets.size() == 2 ? Nodes.iri(targets.get(0)) : null);
        String to = Optional.ofNullable(Nodes.text(a, "linkTo")).orElse(targets.size() == 2 ? Nodes.iri(targets.get(1)) : null);
        Annotation fromTag = from == null ? null : tags.tagOf(from);
        Annotation toTag = to == null ? null : tags.tagOf(to);
        Bodies bodies = Bodies.of(a);
        String type = bodies.linkType();
        if (fromTag == null || toTag == null) {
            context.tell(item, "links " + (from == null || to == null ? "no two annotations" : from + " and " + to)
                    + ", which are not both tags taken from this file");
        } else if (type == null || Names.problem(type).isPresent()) {
            context.tell(item, "names no link type (a body with purpose \"linking\" or \"tagging\")");
        } else if (fromTag.documentId() != toTag.documentId() || fromTag.analystId() != toTag.analystId()
                || fromTag.id() == toTag.id()) {
            context.tell(item, "links tags of different articles or analysts (or a tag to itself); a link is between two tags"
                    + " of one analyst in one article");
        } else {
            LinkType t = context.codebook.linkType(Names.strip(type), fromTag.labelId(), toTag.labelId());
            links.add(new Link(context.nextId(), fromTag.documentId(), fromTag.analystId(), t.id(), fromTag.id(), toTag.id(),
                    context.instant(Nodes.text(a, "created"))));
        }
    }
}
