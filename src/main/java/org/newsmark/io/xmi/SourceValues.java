package org.newsmark.io.xmi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Source;

/**
 * How a source attribute's value reads in the XMI: the source's name, which INCEpTION shows as it
 * is; "name (kind)" when two sources of the ledger share the name (a name is unique only with its
 * kind), so each value still names one source.
 */
final class SourceValues {

    private final Map<String, Source> byShown = new LinkedHashMap<>();
    private final Map<String, String> shownByValueId = new HashMap<>();

    SourceValues(List<Source> sources) {
        Map<String, Integer> names = new HashMap<>();
        sources.forEach(s -> names.merge(s.name(), 1, Integer::sum));
        for (Source s : sources) {
            String shown = names.get(s.name()) > 1 ? s.name() + " (" + s.kind().id() + ")" : s.name();
            byShown.putIfAbsent(shown, s);
            shownByValueId.put(s.valueId(), shown);
        }
    }

    /** The text written for a stored value; the value itself when no source of the ledger has it. */
    String shown(String valueId) {
        return shownByValueId.getOrDefault(valueId, valueId);
    }

    Optional<Source> source(String shown) {
        return Optional.ofNullable(byShown.get(shown));
    }
}
