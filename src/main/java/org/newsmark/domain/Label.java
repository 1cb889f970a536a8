package org.newsmark.domain;

import java.util.Objects;

/**
 * A codebook entry. {@code color} is a CSS hex colour ({@code #RRGGBB}); {@code key} is the
 * single keyboard key that applies it ("1".."9"), or null. {@code rules} says what to include
 * and exclude, {@code examples} gives examples, both free text shown with the definition. A
 * retired label keeps its tags but takes no new ones.
 */
public record Label(long id, String name, String color, String key, String definition, String rules,
                    String examples, boolean retired) {

    public Label {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(color, "color");
        definition = definition == null ? "" : definition;
        rules = rules == null ? "" : rules;
        examples = examples == null ? "" : examples;
    }

    /** A label in use, with only a definition. */
    public Label(long id, String name, String color, String key, String definition) {
        this(id, name, color, key, definition, "", "", false);
    }

    public Label withName(String newName) {
        return new Label(id, newName, color, key, definition, rules, examples, retired);
    }

    public Label withColor(String newColor) {
        return new Label(id, name, newColor, key, definition, rules, examples, retired);
    }

    public Label withKey(String newKey) {
        return new Label(id, name, color, newKey, definition, rules, examples, retired);
    }

    public Label withTexts(String newDefinition, String newRules, String newExamples) {
        return new Label(id, name, color, key, newDefinition, newRules, newExamples, retired);
    }

    public Label withRetired(boolean r) {
        return new Label(id, name, color, r ? null : key, definition, rules, examples, r);
    }

    /** What a tooltip says of the label: the definition, then the rules and examples when there are any. */
    public String description() {
        StringBuilder out = new StringBuilder(definition);
        if (!rules.isBlank()) {
            out.append(out.length() > 0 ? "\n\n" : "").append(rules.strip());
        }
        if (!examples.isBlank()) {
            out.append(out.length() > 0 ? "\n\n" : "").append("Examples: ").append(examples.strip());
        }
        return out.toString();
    }
}
