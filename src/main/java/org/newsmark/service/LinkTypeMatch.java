package org.newsmark.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Names;

/**
 * The link-type part of a {@link CodebookImportPlan}: types match by name (exactly, decision 8),
 * their ends by label name. The file adds the types the project lacks and the labels a type's end
 * lacks, and sets a type's definition; it never removes an end or a type (links may use them).
 */
final class LinkTypeMatch {

    private LinkTypeMatch() {
    }

    static void of(CodebookImportPlan plan, Codebook project, Codebook file) {
        for (LinkType incoming : file.linkTypes()) {
            List<String> from = names(file, incoming.fromLabels());
            List<String> to = names(file, incoming.toLabels());
            Optional<LinkType> existing = project.linkType(incoming.name());
            if (existing.isEmpty()) {
                plan.add(new CodebookImportPlan.LinkTypeToAdd(incoming.name(), from, to, incoming.definition()));
                continue;
            }
            LinkType before = existing.get();
            List<String> hadFrom = names(project, before.fromLabels());
            List<String> hadTo = names(project, before.toLabels());
            List<String> addedFrom = from.stream().filter(n -> !hadFrom.contains(n)).toList();
            List<String> addedTo = to.stream().filter(n -> !hadTo.contains(n)).toList();
            boolean newDefinition = !before.definition().equals(incoming.definition());
            List<String> changes = new ArrayList<>();
            addedFrom.forEach(n -> changes.add("may start at " + Names.shown(n)));
            addedTo.forEach(n -> changes.add("may end at " + Names.shown(n)));
            if (newDefinition) {
                changes.add("new definition");
            }
            if (!changes.isEmpty()) {
                plan.update(new CodebookImportPlan.LinkTypeUpdate(before, addedFrom, addedTo,
                        newDefinition ? incoming.definition() : null, changes));
            }
            hadFrom.stream().filter(n -> !from.contains(n)).forEach(n -> plan.keepDetail(
                    "start " + Names.shown(n) + " of link type " + Names.shown(before.name())));
            hadTo.stream().filter(n -> !to.contains(n)).forEach(n -> plan.keepDetail(
                    "end " + Names.shown(n) + " of link type " + Names.shown(before.name())));
        }
        for (LinkType t : project.linkTypes()) {
            if (file.linkType(t.name()).isEmpty()) {
                plan.keep(4, "link type " + Names.shown(t.name()));
            }
        }
    }

    private static List<String> names(Codebook book, List<Long> labelIds) {
        return labelIds.stream().map(id -> book.label(id).map(Label::name).orElse("?")).toList();
    }
}
