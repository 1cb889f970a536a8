package org.newsmark.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;

/** Article codes by names instead of ids, as the exports write them: analyst → code → values. */
final class ArticleCodeRows {

    private ArticleCodeRows() {
    }

    /** @param onlyAnalyst the analyst an export is limited to, or null for all */
    static Map<String, Map<String, List<String>>> byName(Map<Long, AttributeValues> byAnalyst, List<Attribute> declared,
                                                        Map<Long, String> analysts, Long onlyAnalyst) {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        byAnalyst.forEach((analyst, values) -> {
            if (onlyAnalyst != null && !onlyAnalyst.equals(analyst)) {
                return;
            }
            Map<String, List<String>> codes = new LinkedHashMap<>();
            for (Attribute code : declared) {
                if (code.isArticleCode() && values.has(code.id())) {
                    codes.put(code.name(), values.get(code.id()));
                }
            }
            if (!codes.isEmpty()) {
                out.put(analysts.getOrDefault(analyst, "?"), codes);
            }
        });
        return out;
    }
}
