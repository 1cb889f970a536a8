package org.newsmark.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A codebook field: an attribute of the tags of one label ({@code labelId}), or, when
 * {@code labelId} is null, an article-level code that each analyst sets once per article.
 * {@code choices} are in the order the editor offers them (empty unless the type has choices).
 * A required attribute that is missing is flagged, never refused.
 */
public record Attribute(long id, Long labelId, String name, AttributeType type, List<String> choices,
                        boolean required, String definition) {

    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        definition = definition == null ? "" : definition;
    }

    public boolean isArticleCode() {
        return labelId == null;
    }

    public Attribute withId(long newId) {
        return new Attribute(newId, labelId, name, type, choices, required, definition);
    }

    public Attribute withLabel(Long newLabelId) {
        return new Attribute(id, newLabelId, name, type, choices, required, definition);
    }

    /**
     * Values as one text gives them: a multiple choice's choices separated by {@code |} (as the
     * tag files join them, " | "; a choice may not hold it), every other type one value.
     */
    public List<String> valuesFromText(String text) {
        return type == AttributeType.MULTIPLE_CHOICE ? java.util.Arrays.stream(text.split("\\|")).map(String::strip).toList()
                : List.of(text);
    }

    /**
     * The values as stored, or what is wrong with them ({@code "is not a number"}, {@code "\"x\"
     * is not one of its choices"}). Text is stripped; a number loses a leading plus and spaces;
     * yes/no accepts yes, no, true, false in any case. An empty list means "not set".
     */
    public Valued normalise(List<String> raw) {
        List<String> values = raw.stream().map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            return Valued.ok(List.of());
        }
        if (type != AttributeType.MULTIPLE_CHOICE && values.size() > 1) {
            return Valued.problem("takes one value, not " + values.size());
        }
        String v = values.get(0);
        return switch (type) {
            case TEXT -> text(v);
            case NUMBER -> number(v).map(n -> Valued.ok(List.of(n)))
                    .orElse(Valued.problem("value " + Names.shown(v) + " is not a number"));
            case YES_NO -> yesNo(v).map(b -> Valued.ok(List.of(b)))
                    .orElse(Valued.problem("value " + Names.shown(v) + " is not yes or no"));
            case CHOICE, MULTIPLE_CHOICE -> choicesOf(values);
            case SOURCE -> Source.idOf(v) > 0 ? Valued.ok(List.of(Long.toString(Source.idOf(v))))
                    : Valued.problem("value " + Names.shown(v) + " does not name a source");
        };
    }

    private Valued choicesOf(List<String> values) {
        for (String v : values) {
            if (!choices.contains(v)) {
                return Valued.problem("value " + Names.shown(v) + " is not one of its choices (" + String.join(", ", choices) + ")");
            }
        }
        // kept in the declared order, each once: the same set always reads the same
        return Valued.ok(choices.stream().filter(values::contains).toList());
    }

    /** At most this many characters in a free-text value (a name may hold 200; a value such as a source says more). */
    public static final int MAX_TEXT_CODE_POINTS = 1000;

    /** The name rule (no control or invisible characters), with room for a longer text. */
    private static Valued text(String v) {
        Optional<String> p = Names.problem(v).filter(x -> !x.endsWith("are allowed"));
        if (p.isPresent()) {
            return Valued.problem("value " + Names.shown(v) + " " + p.get());
        }
        int length = v.codePointCount(0, v.length());
        return length > MAX_TEXT_CODE_POINTS
                ? Valued.problem("value is " + length + " characters long; at most " + MAX_TEXT_CODE_POINTS + " are allowed")
                : Valued.ok(List.of(v));
    }

    static Optional<String> number(String v) {
        String s = v.replace(" ", "");
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!s.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s).toPlainString());
    }

    static Optional<String> yesNo(String v) {
        String s = v.toLowerCase(java.util.Locale.ROOT);
        return s.equals("yes") || s.equals("true") ? Optional.of("yes")
                : s.equals("no") || s.equals("false") ? Optional.of("no") : Optional.empty();
    }

    /** Values ready to store, or the problem that refused them. */
    public record Valued(List<String> values, String problem) {
        static Valued ok(List<String> values) {
            return new Valued(values, null);
        }

        static Valued problem(String problem) {
            return new Valued(List.of(), problem);
        }

        public boolean isOk() {
            return problem == null;
        }
    }
}
