package org.newsmark.io.qdpx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.io.exchange.ArticleCodes;
import org.w3c.dom.Element;

/**
 * The project's Variables and a text's VariableValues: in a file Newsmark wrote, a variable named
 * "tone [Ana]" is an article code of an analyst, any other the article's metadata field of that
 * name; in other files each variable is a metadata field (a standard one, such as "outlet", by its
 * lower-case name).
 */
final class QdeVariables {

    final Map<Long, ArticleMetadata> metadata = new HashMap<>();
    final List<ArticleCodes> articleCodes = new ArrayList<>();
    private final Map<String, String> nameByGuid = new HashMap<>();
    private final QdeCodebook codebook;
    private final QdeUsers users;

    QdeVariables(QdeFile file, QdeCodebook codebook, QdeUsers users) {
        this.codebook = codebook;
        this.users = users;
        for (Element v : RefiXml.children(RefiXml.child(file.root, "Variables"), "Variable")) {
            nameByGuid.put(QdeFile.key(v.getAttribute("guid")), v.getAttribute("name"));
        }
    }

    void readValues(Element source, long documentId) {
        Map<String, Map<Long, List<String>>> codesByAnalyst = new LinkedHashMap<>();
        ArticleMetadata m = ArticleMetadata.EMPTY;
        for (Element v : RefiXml.children(source, "VariableValue")) {
            Element ref = RefiXml.child(v, "VariableRef");
            String name = ref == null ? null : nameByGuid.get(QdeFile.key(ref.getAttribute("targetGUID")));
            String value = valueOf(v);
            if (name == null || value == null) {
                continue;
            }
            Optional<ArticleCode> code = codebook.ours ? articleCode(name) : Optional.empty();
            if (code.isPresent()) {
                Attribute a = codebook.book.attribute(code.get().attributeId()).orElseThrow();
                List<String> values = a.type() == AttributeType.YES_NO ? List.of(Boolean.parseBoolean(value) ? "yes" : "no")
                        : a.valuesFromText(value);
                codesByAnalyst.computeIfAbsent(code.get().analyst(), k -> new LinkedHashMap<>()).put(a.id(), values);
            } else {
                String field = codebook.ours ? name : foreignField(name);
                m = m.with(field, value);
            }
        }
        if (!m.isEmpty()) {
            metadata.put(documentId, m);
        }
        codesByAnalyst.forEach((analyst, values) -> articleCodes.add(new ArticleCodes(documentId,
                users.named(analyst).id(), AttributeValues.of(values))));
    }

    private record ArticleCode(long attributeId, String analyst) {
    }

    /** "tone [Ana]": the article code and the analyst of a variable Newsmark wrote. */
    private Optional<ArticleCode> articleCode(String variable) {
        for (Attribute a : codebook.book.articleCodes()) {
            for (String analyst : users.names()) {
                if (variable.equals(QdpxWriter.articleCodeVariable(a.name(), analyst))) {
                    return Optional.of(new ArticleCode(a.id(), analyst));
                }
            }
        }
        return Optional.empty();
    }

    private static String foreignField(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return ArticleMetadata.isStandard(lower) ? lower : name.strip();
    }

    private static String valueOf(Element v) {
        for (String kind : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")) {
            String t = RefiXml.text(v, kind);
            if (t != null && !t.isBlank()) {
                return t.strip();
            }
        }
        return null;
    }
}
