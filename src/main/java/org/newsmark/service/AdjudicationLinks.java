package org.newsmark.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkRejection;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.port.ProjectStore;

/**
 * Settles link disagreements into the consensus layer: accepting a link copies it with its two
 * end tags, reusing a consensus tag of the same label and span, as one undoable step of
 * consensus in that article. Whether an accepted link is settled is read from consensus itself;
 * a rejection is kept in the project by the link's content (format 8). See
 * docs/decisions/0021-link-agreement.md.
 */
public final class AdjudicationLinks {

    private final ProjectStore project;
    private final AnnotationService annotations;
    private final Supplier<Analyst> consensus;
    private final Supplier<Optional<Analyst>> existingConsensus;

    AdjudicationLinks(ProjectStore project, AnnotationService annotations, Supplier<Analyst> consensus,
                      Supplier<Optional<Analyst>> existingConsensus) {
        this.project = project;
        this.annotations = annotations;
        this.consensus = consensus;
        this.existingConsensus = existingConsensus;
    }

    /**
     * Copies {@code u}'s link into consensus with its end tags (label, span and attribute values;
     * an identical consensus tag is reused), in one transaction and one undoable step. Refused
     * when consensus has that link already, or the codebook no longer allows it. Returns the
     * consensus link.
     */
    public Link accept(ComparisonLinks.Unmatched u) {
        Document d = u.document();
        Analyst to = consensus.get();
        LinkType type = project.links().types().stream().filter(t -> t.id() == u.link().typeId()).findFirst()
                .orElseThrow(() -> new AnnotationConflictException("The codebook no longer has the link type \"" + u.type() + "\"."));
        if (!type.allows(u.from().labelId(), u.to().labelId())) {
            throw new AnnotationConflictException("A \"" + type.name() + "\" link no longer fits these tags' labels.");
        }
        if (u.from().labelId() == u.to().labelId() && u.from().span().equals(u.to().span())) {
            throw new AnnotationConflictException("Both ends of this link are the same text with the same label: one consensus tag cannot link to itself.");
        }
        List<Annotation> mine = project.annotations().forDocument(d.id(), to.id());
        Annotation from = twin(mine, u.from());
        Annotation end = twin(mine, u.to());
        if (from != null && end != null && hasLink(project.links().forDocument(d.id(), to.id()), type.id(), from.id(), end.id())) {
            throw new AnnotationConflictException(to.name() + " already has this \"" + type.name() + "\" link.");
        }
        List<AnnotationService.NewTag> tags = new ArrayList<>();
        for (Annotation x : new Annotation[] {u.from(), u.to()}) {
            if (twin(mine, x) == null) {
                tags.add(new AnnotationService.NewTag(label(x), x.span(), x.attributes()));
            }
        }
        Link[] made = new Link[1];
        annotations.tagDecideAndLink(d, to, tags, List.of(), added -> {
            List<Annotation> all = new ArrayList<>(mine);
            all.addAll(added);
            made[0] = new Link(0, d.id(), to.id(), type.id(), twin(all, u.from()).id(), twin(all, u.to()).id(), now());
            return List.of(made[0]);
        }, null, "Accept " + u.side() + "'s link");
        // accepted after all: a rejection recorded before no longer stands
        project.inTransaction(() -> {
            project.linkRejections().forget(LinkRejection.of(u.link(), u.from(), u.to(), to.id()));
            return null;
        });
        return project.links().forDocument(d.id(), to.id()).stream()
                .filter(l -> l.typeId() == made[0].typeId() && l.fromTagId() == made[0].fromTagId() && l.toTagId() == made[0].toTagId())
                .findFirst().orElseThrow();
    }

    /** Consensus does not take {@code u}: kept in the project (again: no change), cleared when the link is accepted after all. */
    public void reject(ComparisonLinks.Unmatched u) {
        Analyst to = consensus.get();
        project.inTransaction(() -> {
            project.linkRejections().reject(LinkRejection.of(u.link(), u.from(), u.to(), to.id()), now());
            return null;
        });
    }

    /** The ids of those of {@code links} rejected into consensus. Reads only. */
    public Set<Long> rejected(List<ComparisonLinks.Unmatched> links) {
        Set<Long> out = new HashSet<>();
        Optional<Analyst> who = existingConsensus.get();
        if (who.isEmpty() || who.get().id() < 0 || links.isEmpty()) {
            return out;
        }
        Map<Long, Set<LinkRejection>> byDocument = new HashMap<>();
        for (ComparisonLinks.Unmatched u : links) {
            Set<LinkRejection> here = byDocument.computeIfAbsent(u.document().id(),
                    d -> project.linkRejections().inDocument(d, who.get().id()));
            if (here.contains(LinkRejection.of(u.link(), u.from(), u.to(), who.get().id()))) {
                out.add(u.link().id());
            }
        }
        return out;
    }

    /**
     * The ids of those of {@code links} that consensus already has: a link of the same type
     * between tags of the same labels and spans. Reads only; an absent consensus analyst has none.
     */
    public Set<Long> inConsensus(List<ComparisonLinks.Unmatched> links) {
        Set<Long> out = new HashSet<>();
        Optional<Analyst> who = existingConsensus.get();
        if (who.isEmpty() || who.get().id() < 0 || links.isEmpty()) {
            return out;
        }
        return project.inSnapshot(() -> {
            Map<Long, List<Annotation>> tags = new HashMap<>();
            Map<Long, List<Link>> made = new HashMap<>();
            for (ComparisonLinks.Unmatched u : links) {
                long doc = u.document().id();
                List<Annotation> mine = tags.computeIfAbsent(doc, k -> project.annotations().forDocument(k, who.get().id()));
                List<Link> theirs = made.computeIfAbsent(doc, k -> project.links().forDocument(k, who.get().id()));
                Annotation from = twin(mine, u.from());
                Annotation to = twin(mine, u.to());
                if (from != null && to != null && hasLink(theirs, u.link().typeId(), from.id(), to.id())) {
                    out.add(u.link().id());
                }
            }
            return out;
        });
    }

    /** The tag of {@code tags} with the label and span of {@code x}; null when there is none. */
    private static Annotation twin(List<Annotation> tags, Annotation x) {
        Span s = x.span();
        return tags.stream().filter(t -> t.labelId() == x.labelId() && t.span().equals(s)).findFirst().orElse(null);
    }

    private static boolean hasLink(List<Link> links, long typeId, long from, long to) {
        return links.stream().anyMatch(l -> l.typeId() == typeId && l.fromTagId() == from && l.toTagId() == to);
    }

    private Label label(Annotation x) {
        return project.labels().all().stream().filter(l -> l.id() == x.labelId()).findFirst()
                .orElseThrow(() -> new AnnotationConflictException("The label of that tag is no longer in the codebook."));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
