package org.newsmark.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.service.port.ProjectStore;

/**
 * The links a project merge brings along (docs/decisions/0022): read from the other project in
 * its snapshot with their type and ends by name, written after the tags onto the tags they became
 * here. A link type is matched by name; one this project lacks is created with its ends mapped by
 * label name, and an end label a type here lacks is added to it (a merge never drops a link and
 * never removes an end). A link already here, or between tags that became one, is not added.
 */
final class MergedLinks {

    /** A link of the other project: its type by name, its ends by the other project's tag ids. */
    private record Incoming(String typeName, long fromTag, long toTag) {
    }

    /** A type of the other project with its ends by label name. */
    private record TypeByName(String name, List<String> from, List<String> to, String definition) {
    }

    private final List<Incoming> links = new ArrayList<>();
    private final Map<String, TypeByName> types = new HashMap<>();

    /** Reads every link and link type of {@code source}; {@code labelNames} gives its labels' names by id. */
    MergedLinks(ProjectStore source, Map<Long, String> labelNames) {
        Map<Long, String> typeNames = new HashMap<>();
        for (LinkType t : source.links().types()) {
            typeNames.put(t.id(), t.name());
            types.put(t.name(), new TypeByName(t.name(), names(t.fromLabels(), labelNames), names(t.toLabels(), labelNames),
                    t.definition()));
        }
        for (Link l : source.links().all(null, null)) {
            String type = typeNames.get(l.typeId());
            if (type != null) { // a script can leave a link of a deleted type; there is nothing to match it by
                links.add(new Incoming(type, l.fromTagId(), l.toTagId()));
            }
        }
    }

    private static List<String> names(List<Long> ids, Map<Long, String> labelNames) {
        return ids.stream().map(labelNames::get).filter(n -> n != null).toList();
    }

    /** @param widened each end a type here gained, e.g. "supports: framing → claim" */
    record Written(int links, int typesAdded, List<String> widened) {
    }

    /**
     * Writes the links whose both ends came in: {@code tagsHere} maps the other project's tag id to
     * the tag it is here (added or already present).
     */
    Written write(ProjectStore to, Map<Long, Annotation> tagsHere, java.time.Instant now) {
        Map<String, Long> labelIds = new HashMap<>();
        to.labels().all().forEach(l -> labelIds.put(l.name(), l.id()));
        Map<String, LinkType> here = new HashMap<>();
        to.links().types().forEach(t -> here.put(t.name(), t));
        int added = 0;
        int typesAdded = 0;
        List<String> widened = new ArrayList<>();
        Map<Long, String> labelNames = new HashMap<>();
        labelIds.forEach((name, id) -> labelNames.put(id, name));
        for (Incoming in : links) {
            Annotation from = tagsHere.get(in.fromTag());
            Annotation toTag = tagsHere.get(in.toTag());
            if (from == null || toTag == null || from.id() == toTag.id()) {
                continue;
            }
            LinkType type = here.get(in.typeName());
            if (type == null) {
                TypeByName t = types.get(in.typeName());
                type = to.links().insertType(new LinkType(0, t.name(), ids(t.from(), labelIds), ids(t.to(), labelIds), t.definition()));
                here.put(type.name(), type);
                typesAdded++;
            }
            long fromLabel = from.labelId();
            long toLabel = toTag.labelId();
            if (!type.allows(fromLabel, toLabel)) {
                type = widened(to, type, fromLabel, toLabel);
                here.put(type.name(), type);
                widened.add(type.name() + ": " + labelNames.get(fromLabel) + " \u2192 " + labelNames.get(toLabel));
            }
            Link l = new Link(0, from.documentId(), from.analystId(), type.id(), from.id(), toTag.id(), now);
            if (!to.links().hasTwin(l)) {
                to.links().insert(l);
                added++;
            }
        }
        return new Written(added, typesAdded, widened);
    }

    private static LinkType widened(ProjectStore to, LinkType t, long fromLabel, long toLabel) {
        List<Long> from = new ArrayList<>(t.fromLabels());
        List<Long> toLabels = new ArrayList<>(t.toLabels());
        if (!from.contains(fromLabel)) {
            from.add(fromLabel);
        }
        if (!toLabels.contains(toLabel)) {
            toLabels.add(toLabel);
        }
        to.links().setEnds(t.id(), from, toLabels);
        return new LinkType(t.id(), t.name(), from, toLabels, t.definition());
    }

    private static List<Long> ids(List<String> names, Map<String, Long> labelIds) {
        return names.stream().map(labelIds::get).filter(id -> id != null).toList();
    }
}
