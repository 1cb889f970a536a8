package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;

/**
 * The codebooks that come with Newsmark, by the short name the command line and the menu use,
 * as codebooks a project can import like a codebook file (ids are positions, as in a file).
 */
public final class BuiltInCodebooks {

    /** Short name → what the menu shows. */
    public static final Map<String, String> NAMES = names();

    private BuiltInCodebooks() {
    }

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("parc", DefaultCodebook.ATTRIBUTION_PARC.name());
        m.put("default", "Newsmark default");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The built-in codebook of that short name (case-insensitive), if there is one. */
    public static Optional<Codebook> named(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (k) {
            case "parc" -> {
                // the source span points to its source entity (the ledger counts it), issue 15.3
                List<Attribute> attributes = new ArrayList<>();
                List<Label> labels = DefaultCodebook.ATTRIBUTION_PARC.labels();
                for (int i = 0; i < labels.size(); i++) {
                    long id = i + 1;
                    DefaultCodebook.parcAttributesFor(labels.get(i).name()).forEach(a -> attributes.add(a.withLabel(id)));
                }
                yield Optional.of(of(labels, attributes, DefaultCodebook.ATTRIBUTION_PARC.linkTypes()));
            }
            case "default" -> {
                List<Attribute> attributes = new ArrayList<>();
                List<Label> labels = DefaultCodebook.labels();
                for (int i = 0; i < labels.size(); i++) {
                    long id = i + 1;
                    DefaultCodebook.attributesFor(labels.get(i).name()).forEach(a -> attributes.add(a.withLabel(id)));
                }
                attributes.addAll(DefaultCodebook.articleCodes());
                yield Optional.of(of(labels, attributes, DefaultCodebook.linkTypes()));
            }
            default -> Optional.empty();
        };
    }

    /**
     * {@code builtIn} with keys that fit {@code project}: a label the project has keeps the
     * project's key, a new one takes its own key when free, else the lowest free one, else none.
     * (A codebook file is imported as written; a built-in one must not be refused over keys.)
     */
    static Codebook keysFor(Codebook builtIn, Codebook project) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        project.labels().stream().filter(l -> l.key() != null).forEach(l -> taken.add(l.key()));
        List<Label> out = new ArrayList<>();
        for (Label l : builtIn.labels()) {
            Optional<Label> had = project.label(l.name());
            String key;
            if (had.isPresent()) {
                key = had.get().key();
            } else if (l.key() != null && !taken.contains(l.key())) {
                key = l.key();
            } else {
                key = java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(String::valueOf).filter(k -> !taken.contains(k))
                        .findFirst().orElse(null);
            }
            if (key != null) {
                taken.add(key);
            }
            out.add(new Label(l.id(), l.name(), l.color(), key, l.definition(), l.rules(), l.examples(), l.retired()));
        }
        return new Codebook(out, builtIn.attributes(), builtIn.linkTypes());
    }

    private static Codebook of(List<Label> labels, List<Attribute> attributes, List<LinkType.Declared> declared) {
        List<Label> placed = new ArrayList<>();
        for (Label l : labels) {
            placed.add(new Label(placed.size() + 1, l.name(), l.color(), l.key(), l.definition(), l.rules(), l.examples(),
                    l.retired()));
        }
        List<Attribute> numbered = new ArrayList<>();
        attributes.forEach(a -> numbered.add(a.withId(numbered.size() + 1)));
        List<LinkType> types = new ArrayList<>();
        for (LinkType.Declared d : declared) {
            types.add(new LinkType(types.size() + 1, d.name(), ids(placed, d.fromLabels()), ids(placed, d.toLabels()),
                    d.definition()));
        }
        return new Codebook(placed, numbered, types);
    }

    private static List<Long> ids(List<Label> labels, List<String> names) {
        return names.stream().map(n -> labels.stream().filter(l -> l.name().equals(n)).findFirst().orElseThrow().id()).toList();
    }
}
