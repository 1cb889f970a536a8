package org.newsmark.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What tags are counted by: an article's outlet, a tag's label or analyst, the month an article
 * was published, the article itself, or the value of an article code the tag's analyst set.
 */
public record StatisticsKey(Kind kind, String codeName) {

    /** The group of articles without an outlet. */
    public static final String NO_OUTLET = "(no outlet)";
    /** The group of articles without a published date. */
    public static final String NO_DATE = "(no date)";
    /** The group of tags whose analyst set no value of the article code. */
    public static final String NO_VALUE = "(no value)";

    public enum Kind { OUTLET, LABEL, ANALYST, MONTH, ARTICLE, CODE }

    public StatisticsKey {
        if ((kind == Kind.CODE) != (codeName != null && !codeName.isBlank())) {
            throw new IllegalArgumentException("only a code key names a code");
        }
    }

    public static StatisticsKey of(Kind kind) {
        return new StatisticsKey(kind, null);
    }

    public static StatisticsKey code(String name) {
        return new StatisticsKey(Kind.CODE, name);
    }

    /** How the key is written: {@code outlet}, {@code month}, {@code code:frame}; the column name too. */
    public String id() {
        return kind == Kind.CODE ? "code:" + codeName : kind.name().toLowerCase(Locale.ROOT);
    }

    /** A key as written ({@code outlet}, {@code code:frame}); empty for anything else. */
    public static Optional<StatisticsKey> parse(String text) {
        String t = text.strip();
        if (t.regionMatches(true, 0, "code:", 0, 5)) {
            String name = t.substring(5).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(code(name));
        }
        for (Kind k : Kind.values()) {
            if (k != Kind.CODE && k.name().equalsIgnoreCase(t)) {
                return Optional.of(of(k));
            }
        }
        return Optional.empty();
    }

    /** Comma-separated keys; refuses an unknown or repeated key, naming it and the known ones. */
    public static List<StatisticsKey> parseList(String text) {
        List<StatisticsKey> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            StatisticsKey key = parse(part).orElseThrow(() -> new IllegalArgumentException("unknown key \"" + part.strip()
                    + "\": use outlet, label, analyst, month, article or code:NAME (an article code)"));
            if (out.contains(key)) {
                throw new IllegalArgumentException("the key " + key.id() + " is given twice");
            }
            out.add(key);
        }
        return out;
    }
}
