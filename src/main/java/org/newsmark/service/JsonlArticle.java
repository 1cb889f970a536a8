package org.newsmark.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;
import org.newsmark.io.jsonl.JsonlAnnotation;
import org.newsmark.io.jsonl.JsonlDocument;

/** An article and what was read of it for its JSON Lines line, all of it immutable once handed over. */
record JsonlArticle(Document d, List<Annotation> tags, List<org.newsmark.domain.Link> links,
                            Map<Long, org.newsmark.domain.AttributeValues> codes, org.newsmark.domain.ArticleMetadata metadata) {
    JsonlDocument line(Map<Long, String> analysts, Map<Long, String> labels, Map<Long, String> types, AttributeColumns columns,
                       List<org.newsmark.domain.Attribute> declared, List<org.newsmark.domain.Source> sources, Long analystId) {
        CodePointOffsets cp = new CodePointOffsets(d.text());
        List<JsonlAnnotation> out = new ArrayList<>(tags.size());
        for (Annotation a : tags) {
            out.add(new JsonlAnnotation(a.id(), analysts.get(a.analystId()), labels.get(a.labelId()),
                    cp.toCodePoints(a.begin()), cp.toCodePoints(a.end()), a.span().textOf(d.text()), a.note(), columns.valuesOf(a)));
        }
        List<org.newsmark.io.jsonl.JsonlLink> jsonLinks = new ArrayList<>(links.size());
        for (org.newsmark.domain.Link l : links) {
            jsonLinks.add(new org.newsmark.io.jsonl.JsonlLink(l.id(), analysts.get(l.analystId()),
                    types.getOrDefault(l.typeId(), "link type " + l.typeId()), l.fromTagId(), l.toTagId()));
        }
        return new JsonlDocument(d.id(), d.title(), d.sha256(), d.text(), out, ArticleCodeRows.byName(codes, declared, analysts, analystId),
                jsonLinks, SourceFields.of(sources, declared, out), JsonlDocument.metadataOf(metadata));
    }
}
