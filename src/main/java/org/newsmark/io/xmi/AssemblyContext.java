package org.newsmark.io.xmi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.uima.cas.Feature;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;

/**
 * What the parts of one file's assembly share: one id sequence for analysts, articles, tags and
 * links; the moment of reading; the codebook being drafted; the Newsmark roles of the current CAS's
 * features; what is not taken, and the layers and features passed over, counted across the file.
 */
final class AssemblyContext {

    final Instant readAt = Instant.now();
    final CodebookDraft codebook;
    final List<String> notTaken = new ArrayList<>();
    final Map<String, Integer> skippedTypes = new TreeMap<>();
    final Map<String, Integer> skippedFeatures = new TreeMap<>();
    private final SourceValues sourceValues;
    private long nextId = 1;
    private Map<String, Map<String, FeatureRole>> roles = Map.of();

    AssemblyContext(CodebookDraft codebook, SourceValues sourceValues) {
        this.codebook = codebook;
        this.sourceValues = sourceValues;
    }

    long nextId() {
        return nextId++;
    }

    void notTaken(String message) {
        notTaken.add(message);
    }

    void roles(Map<String, Map<String, FeatureRole>> roles) {
        this.roles = roles;
    }

    Optional<FeatureRole> role(Feature f) {
        return Optional.ofNullable(roles.getOrDefault(f.getDomain().getName(), Map.of()).get(f.getShortName()));
    }

    /** The values {@code raw} gives {@code a}: several choices split at "|", a source found by its name. */
    Optional<List<String>> value(String where, Attribute a, String raw) {
        List<String> values = a.valuesFromText(raw);
        if (a.type() == AttributeType.SOURCE) {
            List<String> ids = new ArrayList<>();
            for (String v : values) {
                Optional<Source> s = sourceValues.source(v.strip());
                if (s.isEmpty()) {
                    notTaken(where + ": \"" + a.name() + "\" names the source " + Names.shown(v)
                            + ", which sources.json does not have; not taken");
                    return Optional.empty();
                }
                ids.add(s.get().valueId());
            }
            values = ids;
        }
        Attribute.Valued valued = a.normalise(values);
        if (!valued.isOk()) {
            notTaken(where + ": \"" + a.name() + "\" " + valued.problem() + "; not taken");
            return Optional.empty();
        }
        return valued.values().isEmpty() ? Optional.empty() : Optional.of(valued.values());
    }
}
