package org.newsmark.service;

import java.util.ArrayList;
import java.util.List;

import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.service.CodebookImportPlan.AttributeToAdd;
import org.newsmark.service.CodebookImportPlan.AttributeUpdate;
import org.newsmark.service.CodebookImportPlan.LabelUpdate;

/** The words of a {@link CodebookImportPlan}: its one-line summary and its detail lines. */
final class PlanText {

    private PlanText() {
    }

    /**
     * {@code adds 1 label, 7 attributes, 2 article codes; changes 1 label; keeps 1 label not in the
     * file}, or, when refused, {@code refuses 1: …; nothing is imported (the rest of the file adds …)}.
     */
    static String summary(CodebookImportPlan plan, int[] keptCounts) {
        List<String> parts = new ArrayList<>();
        long addedLabelAttributes = plan.attributesToAdd().stream().filter(a -> a.labelName() != null).count();
        String adds = nouns(plan.labelsToAdd().size(), "label", addedLabelAttributes, "attribute",
                plan.attributesToAdd().size() - addedLabelAttributes, "article code",
                plan.attributeUpdates().stream().mapToLong(u -> u.addedChoices().size()).sum(), "choice",
                plan.linkTypesToAdd().size(), "link type",
                plan.linkTypeUpdates().stream().mapToLong(u -> u.addedFrom().size() + u.addedTo().size()).sum(), "link end");
        if (!adds.isEmpty()) {
            parts.add("adds " + adds);
        }
        List<AttributeUpdate> changed = plan.attributeUpdates().stream().filter(u -> !u.changes().isEmpty()).toList();
        long changedCodes = changed.stream().filter(u -> u.before().isArticleCode()).count();
        String changes = nouns(plan.labelUpdates().size(), "label", changed.size() - changedCodes, "attribute",
                changedCodes, "article code",
                plan.linkTypeUpdates().stream().filter(u -> u.definition() != null).count(), "link type");
        if (!changes.isEmpty()) {
            parts.add("changes " + changes);
        }
        String keeps = nouns(keptCounts[0], "label", keptCounts[1], "attribute", keptCounts[2], "article code",
                keptCounts[3], "choice", keptCounts[4], "link type");
        if (!keeps.isEmpty()) {
            parts.add("keeps " + keeps + " not in the file");
        }
        if (!plan.isRefused()) {
            if (plan.changesNothing()) {
                parts.add(0, "changes nothing");
            }
            return String.join("; ", parts);
        }
        List<String> refusals = plan.refusals();
        StringBuilder out = new StringBuilder("refuses ").append(refusals.size()).append(": ");
        if (refusals.size() == 1) {
            out.append(refusals.get(0));
        } else {
            for (int i = 0; i < refusals.size(); i++) {
                out.append(i == 0 ? "" : "; ").append('(').append(i + 1).append(") ").append(refusals.get(i));
            }
        }
        out.append("; nothing is imported");
        if (!parts.isEmpty()) {
            out.append(" (the rest of the file ").append(String.join("; ", parts)).append(')');
        }
        return out.toString();
    }

    static List<String> details(CodebookImportPlan plan) {
        List<String> out = new ArrayList<>();
        plan.refusals().forEach(r -> out.add("refused: " + r));
        for (Label l : plan.labelsToAdd()) {
            out.add("adds label " + Names.shown(l.name()) + (l.key() == null ? "" : " (key " + l.key() + ")")
                    + (l.retired() ? " (retired)" : ""));
        }
        for (AttributeToAdd a : plan.attributesToAdd()) {
            String type = " (" + a.attribute().type().id() + ")";
            out.add(a.labelName() == null ? "adds article code " + Names.shown(a.attribute().name()) + type
                    : "adds attribute " + Names.shown(a.attribute().name()) + type + " to label "
                    + Names.shown(a.labelName()));
        }
        for (LabelUpdate u : plan.labelUpdates()) {
            out.add("label " + Names.shown(u.before().name()) + ": " + String.join(", ", u.changes()));
        }
        for (AttributeUpdate u : plan.attributeUpdates()) {
            List<String> what = new ArrayList<>();
            if (!u.addedChoices().isEmpty()) {
                what.add("adds " + (u.addedChoices().size() == 1 ? "choice " : "choices ")
                        + String.join(", ", u.addedChoices().stream().map(Names::shown).toList()));
            }
            what.addAll(u.changes());
            String name = Names.shown(u.before().name());
            out.add((u.labelName() == null ? "article code " + name
                    : "attribute " + name + " of label " + Names.shown(u.labelName())) + ": " + String.join(", ", what));
        }
        for (CodebookImportPlan.LinkTypeToAdd t : plan.linkTypesToAdd()) {
            out.add("adds link type " + Names.shown(t.name()) + " (" + ends(t.fromLabels()) + " → " + ends(t.toLabels()) + ")");
        }
        for (CodebookImportPlan.LinkTypeUpdate u : plan.linkTypeUpdates()) {
            out.add("link type " + Names.shown(u.before().name()) + ": " + String.join(", ", u.changes()));
        }
        plan.kept().forEach(k -> out.add("keeps " + k + ", which the file does not mention"));
        return out;
    }

    private static String ends(List<String> labels) {
        return labels.isEmpty() ? "no label" : String.join(", ", labels.stream().map(Names::shown).toList());
    }

    /** {@code 2 labels, 1 attribute}: the pairs whose count is not 0, or "" when all are. */
    static String nouns(Object... countsAndNouns) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < countsAndNouns.length; i += 2) {
            long n = ((Number) countsAndNouns[i]).longValue();
            if (n > 0) {
                out.add(CodebookImportPlan.plural(n, (String) countsAndNouns[i + 1]));
            }
        }
        return String.join(", ", out);
    }
}
