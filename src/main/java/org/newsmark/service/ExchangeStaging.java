package org.newsmark.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Source;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;
import org.newsmark.service.port.ProjectStore;

/**
 * Writes an {@link ExchangeProject} into a new, empty project (the staging project of an
 * import), its snapshot ids mapped to the project's. The new project's built-in codebook is
 * cleared first, so that the merge afterwards brings only what the file holds.
 */
final class ExchangeStaging {

    private ExchangeStaging() {
    }

    static void write(ProjectStore to, ExchangeProject p) {
        to.inTransaction(() -> {
            clearCodebook(to);
            Map<Long, Long> labels = new HashMap<>();
            for (Label l : p.codebook().labels()) {
                Label added = to.labels().insert(l.name(), l.color(), l.key(), l.definition());
                to.labels().update(new Label(added.id(), l.name(), l.color(), l.key(), l.definition(), l.rules(), l.examples(),
                        l.retired()));
                labels.put(l.id(), added.id());
            }
            Map<Long, Long> attributes = new HashMap<>();
            for (Attribute a : p.codebook().attributes()) {
                Long label = a.labelId() == null ? null : labels.get(a.labelId());
                if (a.labelId() != null && label == null) {
                    continue; // an attribute of a label the file does not declare
                }
                attributes.put(a.id(), to.attributes().insert(a.withLabel(label)).id());
            }
            Map<Long, Long> linkTypes = new HashMap<>();
            for (LinkType t : p.codebook().linkTypes()) {
                LinkType added = to.links().insertType(new LinkType(0, t.name(), mapped(t.fromLabels(), labels),
                        mapped(t.toLabels(), labels), t.definition()));
                linkTypes.put(t.id(), added.id());
            }
            for (Source s : p.sources()) {
                to.sources().insert(s); // under its own id: source attributes hold it
            }
            Map<Long, Long> analysts = new HashMap<>();
            for (Analyst a : p.analysts()) {
                analysts.put(a.id(), to.analysts().findOrCreate(a.name()).id());
            }
            Map<Long, Long> documents = new HashMap<>();
            for (Document d : p.documents()) {
                Document added = to.documents().insert(d.title(), d.sourceName(), d.text());
                documents.put(d.id(), added.id());
                ArticleMetadata m = p.metadataOf(d.id());
                if (!m.isEmpty()) {
                    m.fields().keySet().forEach(to.metadata()::declare);
                    to.metadata().set(added.id(), m);
                }
            }
            Map<Long, Long> tags = new HashMap<>();
            for (Annotation t : p.tags()) {
                Long doc = documents.get(t.documentId());
                Long analyst = analysts.get(t.analystId());
                Long label = labels.get(t.labelId());
                if (doc == null || analyst == null || label == null) {
                    throw new IllegalArgumentException("a tag at " + t.span() + " points at an article, analyst or label"
                            + " the file does not have");
                }
                Annotation here = new Annotation(0, doc, analyst, label, t.span(), t.note(), t.fragmentGroup(), t.created(),
                        t.updated(), remapped(t.attributes(), attributes));
                tags.put(t.id(), to.annotations().insert(here).id());
            }
            for (Link l : p.links()) {
                Long type = linkTypes.get(l.typeId());
                Long from = tags.get(l.fromTagId());
                Long target = tags.get(l.toTagId());
                if (type != null && from != null && target != null) {
                    to.links().insert(new Link(0, documents.get(l.documentId()), analysts.get(l.analystId()), type, from,
                            target, l.created()));
                }
            }
            for (ArticleCodes c : p.articleCodes()) {
                Long doc = documents.get(c.documentId());
                Long analyst = analysts.get(c.analystId());
                if (doc != null && analyst != null) {
                    to.attributes().setArticleCodes(doc, analyst, remapped(c.values(), attributes));
                }
            }
            return null;
        });
    }

    private static void clearCodebook(ProjectStore to) {
        to.links().types().forEach(t -> to.links().deleteType(t.id()));
        to.attributes().all().forEach(a -> to.attributes().delete(a.id()));
        to.labels().all().forEach(l -> to.labels().delete(l.id()));
    }

    private static List<Long> mapped(List<Long> ids, Map<Long, Long> map) {
        return ids.stream().filter(map::containsKey).map(map::get).toList();
    }

    private static AttributeValues remapped(AttributeValues values, Map<Long, Long> attributes) {
        Map<Long, List<String>> out = new HashMap<>();
        values.asMap().forEach((id, v) -> {
            if (attributes.containsKey(id)) {
                out.put(attributes.get(id), v);
            }
        });
        return AttributeValues.of(out);
    }
}
