package org.newsmark.io.qdpx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Link;
import org.w3c.dom.Element;

/**
 * The project's Links between two selections that became tags of one analyst in one article. In a
 * file Newsmark wrote a link's name is a link type of the codebook; in any other file each name
 * becomes a link type allowing the labels its links join.
 */
final class QdeLinks {

    final List<Link> links = new ArrayList<>();
    private final List<LinkType> foreignLinkTypes = new ArrayList<>();
    private final QdeFile file;
    private final QdeCodebook codebook;
    private final QdeCodings codings;

    QdeLinks(QdeFile file, QdeCodebook codebook, QdeCodings codings) {
        this.file = file;
        this.codebook = codebook;
        this.codings = codings;
    }

    void read() {
        for (Element l : RefiXml.children(RefiXml.child(file.root, "Links"), "Link")) {
            Long from = codings.tagOf(l.getAttribute("originGUID"));
            Long to = codings.tagOf(l.getAttribute("targetGUID"));
            String name = RefiXml.attr(l, "name") == null ? "linked" : l.getAttribute("name");
            if (from == null || to == null || from.equals(to)) {
                file.notTaken(file.name + ": Link \"" + name + "\" not taken (Newsmark links two tags; this one links "
                        + "something else)");
                continue;
            }
            Annotation a = codings.tags.get((int) (from - 1));
            Annotation b = codings.tags.get((int) (to - 1));
            if (a.documentId() != b.documentId() || a.analystId() != b.analystId()) {
                file.notTaken(file.name + ": Link \"" + name + "\" not taken (its ends are in different articles or by different users)");
                continue;
            }
            Optional<LinkType> type = codebook.ours ? codebook.book.linkType(name) : Optional.of(foreignLinkType(name, a, b));
            if (type.isEmpty()) {
                file.notTaken(file.name + ": Link \"" + name + "\" not taken (no link type of that name in the codebook)");
                continue;
            }
            links.add(new Link(links.size() + 1, a.documentId(), a.analystId(), type.get().id(), from, to,
                    a.created() == null ? file.now : a.created()));
        }
    }

    /** The link types of the codebook read: the codebook's own, or those the links of another tool's file made. */
    List<LinkType> linkTypes() {
        return codebook.ours ? codebook.book.linkTypes() : foreignLinkTypes;
    }

    /** A foreign link's type: one per name, allowing the labels its links join. */
    private LinkType foreignLinkType(String name, Annotation from, Annotation to) {
        for (int i = 0; i < foreignLinkTypes.size(); i++) {
            LinkType t = foreignLinkTypes.get(i);
            if (t.name().equals(name)) {
                LinkType wider = new LinkType(t.id(), name, union(t.fromLabels(), from.labelId()), union(t.toLabels(), to.labelId()),
                        t.definition());
                foreignLinkTypes.set(i, wider);
                return wider;
            }
        }
        LinkType t = new LinkType(foreignLinkTypes.size() + 1, name, List.of(from.labelId()), List.of(to.labelId()), "");
        foreignLinkTypes.add(t);
        return t;
    }

    private static List<Long> union(List<Long> ids, long id) {
        List<Long> out = new ArrayList<>(ids);
        if (!out.contains(id)) {
            out.add(id);
        }
        return out;
    }
}
