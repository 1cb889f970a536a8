package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.io.ImportException;
import org.newsmark.io.brat.BratEvent;

/**
 * The E lines of one .ann as links between the tags of their T lines (docs/decisions/0022).
 * Every participant has a role: the trigger the event's type, each argument its role without
 * brat's numbering. A role names a link type when the codebook has a type of that name (the
 * trigger → that argument) or, PARC-style, one named "ROLE of" (that participant → each other
 * participant whose label the type allows at its end): {@code E1 cue:T2 Source:T1 Content:T3}
 * gives <i>cue of</i> T2 → T3 and <i>source of</i> T1 → T3. Names match case-insensitively.
 * A participant whose label the type refuses at its start refuses the import with the line; a role
 * the codebook lacks is reported as skipped unless its participant is the end of a link made.
 */
final class BratEventLinks {

    private record Participant(String role, String bratId, Annotation tag, boolean trigger) {
    }

    private final List<LinkType> types;
    private final Map<Long, String> labelNames;

    BratEventLinks(List<LinkType> types, Map<Long, String> labelNames) {
        this.types = types;
        this.labelNames = labelNames;
    }

    /** Links every event of {@code events}; {@code byBratId} holds each T line's stored tag. */
    void importEvents(ImportTarget target, List<BratEvent> events, Map<String, Annotation> byBratId, String ann)
            throws ImportException {
        for (BratEvent e : events) {
            List<Participant> ps = participants(e, events, byBratId);
            Set<Link> made = new LinkedHashSet<>();
            List<Participant> unmatched = new ArrayList<>();
            for (Participant p : ps) {
                Optional<LinkType> direct = p.trigger() ? Optional.empty() : named(p.role());
                if (direct.isPresent()) {
                    made.add(link(e, direct.get(), ps.get(0), p, ann, target));
                    continue;
                }
                Optional<LinkType> of = named(p.role() + " of");
                if (of.isEmpty()) {
                    unmatched.add(p);
                    continue;
                }
                List<Participant> ends = ps.stream().filter(q -> q.tag().id() != p.tag().id()
                        && of.get().toLabels().contains(q.tag().labelId())).toList();
                if (ends.isEmpty()) {
                    target.skip(ann + " line " + e.line() + ": E " + e.id() + " role " + p.role() + " skipped (no "
                            + "participant of the event can end a \"" + of.get().name() + "\" link)");
                    continue;
                }
                for (Participant q : ends) {
                    made.add(link(e, of.get(), p, q, ann, target));
                }
            }
            for (Participant p : unmatched) {
                boolean linked = made.stream().anyMatch(l -> l.fromTagId() == p.tag().id() || l.toTagId() == p.tag().id());
                if (!linked) {
                    target.skip(ann + " line " + e.line() + ": E " + e.id() + " role " + p.role() + " skipped (the codebook"
                            + " has no link type \"" + p.role() + "\" or \"" + p.role() + " of\")");
                }
            }
        }
    }

    private Link link(BratEvent e, LinkType type, Participant from, Participant to, String ann, ImportTarget target)
            throws ImportException {
        if (from.tag().id() == to.tag().id()) {
            throw new ImportException(ann, e.line(), e.id() + " links " + from.bratId() + " to " + to.bratId()
                    + ", which are the same tag; a link needs two");
        }
        if (!type.allows(from.tag().labelId(), to.tag().labelId())) {
            throw new ImportException(ann, e.line(), e.id() + ": a \"" + type.name() + "\" link cannot go from "
                    + labelNames.get(from.tag().labelId()) + " (" + from.role() + " " + from.bratId() + ") to "
                    + labelNames.get(to.tag().labelId()) + " (" + to.role() + " " + to.bratId() + ")");
        }
        Link l = new Link(0, from.tag().documentId(), from.tag().analystId(), type.id(), from.tag().id(), to.tag().id(),
                target.now());
        target.link(l);
        return l;
    }

    /** The trigger first, then the arguments; an argument naming an event stands for that event's trigger. */
    private static List<Participant> participants(BratEvent e, List<BratEvent> events, Map<String, Annotation> byBratId) {
        List<Participant> out = new ArrayList<>();
        out.add(new Participant(e.type(), e.trigger(), byBratId.get(e.trigger()), true));
        for (BratEvent.Argument a : e.arguments()) {
            String t = events.stream().filter(x -> x.id().equals(a.target())).map(BratEvent::trigger).findFirst()
                    .orElse(a.target());
            out.add(new Participant(a.baseRole(), t, byBratId.get(t), false));
        }
        return out;
    }

    private Optional<LinkType> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return types.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }
}
