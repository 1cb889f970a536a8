package org.newsmark.io.webanno;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Names;
import org.newsmark.io.webanno.AnnotationFile.Item;

/** The values of Newsmark's attribute bodies ({@code attribute}, {@code values}), each checked as the editor checks it. */
final class AttributeBodies {

    private AttributeBodies() {
    }

    static AttributeValues read(ReadContext context, Item item, List<JsonNode> bodies,
                                Function<String, Optional<Attribute>> declared) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (JsonNode b : bodies) {
            String name = Nodes.text(b, "attribute");
            Optional<Attribute> attribute = declared.apply(name);
            if (attribute.isEmpty()) {
                context.tell(item, "its attribute " + Names.shown(name) + " is not in the file's codebook; the value is not taken");
                continue;
            }
            Attribute.Valued v = attribute.get().normalise(Nodes.texts(b.path("values")));
            if (!v.isOk()) {
                context.tell(item, "its attribute " + Names.shown(name) + ": " + v.problem() + "; the value is not taken");
            } else if (attribute.get().type() == AttributeType.SOURCE
                    && v.values().stream().anyMatch(id -> context.sources.stream().noneMatch(src -> src.valueId().equals(id)))) {
                context.tell(item, "its attribute " + Names.shown(name) + " names a source the file does not list; it is not taken");
            } else {
                out.put(attribute.get().id(), v.values());
            }
        }
        return AttributeValues.of(out);
    }
}
