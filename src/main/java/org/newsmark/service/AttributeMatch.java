package org.newsmark.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Names;
import org.newsmark.service.CodebookImportPlan.AttributeToAdd;
import org.newsmark.service.CodebookImportPlan.AttributeUpdate;

/** Matches a file's attributes of one label (or its article codes) with the project's, by name, for {@link CodebookImportPlan}. */
final class AttributeMatch {

    private final CodebookImportPlan plan;
    private final String labelName;

    private AttributeMatch(CodebookImportPlan plan, String labelName) {
        this.plan = plan;
        this.labelName = labelName;
    }

    /**
     * {@code labelName} and {@code labelId} are those of the existing label, both null for article
     * codes.
     */
    static void of(CodebookImportPlan plan, List<Attribute> project, List<Attribute> file, String labelName, Long labelId) {
        AttributeMatch m = new AttributeMatch(plan, labelName);
        for (Attribute incoming : file) {
            Optional<Attribute> existing = project.stream().filter(a -> a.name().equals(incoming.name())).findFirst();
            if (existing.isEmpty()) {
                plan.add(new AttributeToAdd(labelName, incoming.withId(0).withLabel(labelId)));
            } else {
                m.compare(existing.get(), incoming);
            }
        }
        for (Attribute a : project) {
            if (file.stream().noneMatch(f -> f.name().equals(a.name()))) {
                plan.keep(labelName == null ? 2 : 1, m.what(a) + " (" + CodebookImportPlan.plural(plan.values(a.id()),
                        "value") + ")");
            }
        }
    }

    /** {@code attribute "unit" of label "statistic"}, {@code article code "tone"}. */
    String what(Attribute a) {
        return labelName == null ? "article code " + Names.shown(a.name())
                : "attribute " + Names.shown(a.name()) + " of label " + Names.shown(labelName);
    }

    private void compare(Attribute before, Attribute incoming) {
        long values = plan.values(before.id());
        List<String> changes = new ArrayList<>();
        if (before.type() != incoming.type()) {
            if (values > 0) {
                plan.refuse(what(before) + " is " + before.type().id() + " in the project and " + incoming.type().id()
                        + " in the file, and it has " + CodebookImportPlan.plural(values, "value") + ": a type cannot"
                        + " change while values exist; keep it " + before.type().id() + " in the file");
                return;
            }
            changes.add("type " + before.type().id() + " → " + incoming.type().id() + " (it has no values)");
        }
        List<String> choices = incoming.type().hasChoices() && before.type().hasChoices()
                ? merged(before.choices(), incoming.choices())
                : incoming.choices();
        List<String> added = choices.stream().filter(c -> !before.choices().contains(c)).toList();
        if (incoming.type().hasChoices() && before.type().hasChoices()) {
            for (String c : before.choices()) {
                if (!incoming.choices().contains(c)) {
                    plan.keep(3, "choice " + Names.shown(c) + " of " + what(before));
                }
            }
        }
        boolean reordered = before.type().hasChoices() && incoming.type().hasChoices()
                && !choices.stream().filter(before.choices()::contains).toList().equals(before.choices());
        if (reordered) {
            changes.add("choices in a new order");
        }
        if (before.required() != incoming.required()) {
            changes.add(incoming.required() ? "now required (a tag without it is flagged)" : "no longer required");
        }
        if (!before.definition().equals(incoming.definition())) {
            changes.add("new definition");
        }
        if (!changes.isEmpty() || !added.isEmpty()) {
            Attribute after = new Attribute(before.id(), before.labelId(), before.name(), incoming.type(), choices,
                    incoming.required(), incoming.definition());
            boolean reordersValues = reordered && values > 0 && incoming.type() == AttributeType.MULTIPLE_CHOICE;
            plan.update(new AttributeUpdate(labelName, before, after, added, changes, reordersValues));
        }
    }

    /**
     * The file's choices in its order, with each project choice the file leaves out put back right
     * after the project choice before it (at the front when it was first), so leaving a choice out
     * neither drops nor moves it.
     */
    static List<String> merged(List<String> project, List<String> file) {
        List<String> out = new ArrayList<>(file);
        String previous = null;
        for (String c : project) {
            if (!out.contains(c)) {
                out.add(previous == null ? 0 : out.indexOf(previous) + 1, c);
            }
            previous = c;
        }
        return List.copyOf(out);
    }
}
