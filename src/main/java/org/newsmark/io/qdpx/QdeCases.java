package org.newsmark.io.qdpx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Source;
import org.w3c.dom.Element;

/**
 * The project's Cases: in a file Newsmark wrote, each is one of the codebook's sources
 * ({@link SourceCase}); any other case is not taken (Newsmark has no cases).
 */
final class QdeCases {

    final List<Source> sources = new ArrayList<>();
    private final Map<String, Long> sourceByName = new HashMap<>();

    QdeCases(QdeFile file, boolean ours) {
        for (Element c : RefiXml.children(RefiXml.child(file.root, "Cases"), "Case")) {
            String description = RefiXml.text(c, "Description");
            Optional<Source> s = ours && description != null
                    ? SourceCase.read(sources.size() + 1, RefiXml.attr(c, "name"), description) : Optional.empty();
            if (s.isPresent()) {
                sources.add(s.get());
                sourceByName.putIfAbsent(s.get().name(), s.get().id());
            } else {
                file.notTaken(file.name + ": Case \"" + c.getAttribute("name") + "\" not taken (Newsmark has no cases)");
            }
        }
    }

    /** The id of the source shown by that name, or null. */
    Long sourceNamed(String shown) {
        return sourceByName.get(shown);
    }
}
