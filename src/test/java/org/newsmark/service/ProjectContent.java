package org.newsmark.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Source;
import org.newsmark.io.exchange.ArticleCodes;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * A project's content as sorted lines, every id replaced by a name, text or offset, so that two
 * projects (before an export, after its import) compare with one assertEquals and a failure shows
 * the line that differs. Sections can be asked for one by one, for formats that keep less.
 */
public final class ProjectContent {

    private ProjectContent() {
    }

    public static ExchangeProject of(ProjectSession session) {
        return session.exchange().snapshot(ExportScope.ALL);
    }

    /** "label claim #RRGGBB | definition" for each label. */
    public static List<String> labels(ExchangeProject p) {
        return sorted(p.codebook().labels().stream().map(l -> "label " + l.name() + " " + l.color().toUpperCase()
                + " | " + l.definition()).toList());
    }

    /** "attribute claim/check-worthy yes-no [] | definition"; article codes under "(article)". */
    public static List<String> attributes(ExchangeProject p) {
        return sorted(p.codebook().attributes().stream().map(a -> "attribute " + labelOf(p, a.labelId()) + "/" + a.name()
                + " " + a.type().id() + " " + a.choices() + " | " + a.definition()).toList());
    }

    public static List<String> linkTypes(ExchangeProject p) {
        return sorted(p.codebook().linkTypes().stream().map(t -> "link type " + t.name() + " " + names(p, t.fromLabels())
                + " -> " + names(p, t.toLabels())).toList());
    }

    /** "tag ARTICLE-TITLE ANALYST LABEL [b,e) "text" note=… {attribute=values}". */
    public static List<String> tags(ExchangeProject p) {
        return sorted(p.tags().stream().map(t -> tagLine(p, t)).toList());
    }

    public static List<String> notes(ExchangeProject p) {
        return sorted(p.tags().stream().filter(t -> !t.note().isEmpty()).map(t -> "note " + tagLine(p, t)).toList());
    }

    public static List<String> links(ExchangeProject p) {
        List<String> out = new ArrayList<>();
        for (Link l : p.links()) {
            String type = p.codebook().linkType(l.typeId()).map(LinkType::name).orElse("?");
            out.add("link " + type + ": " + tagLine(p, tag(p, l.fromTagId())) + " -> " + tagLine(p, tag(p, l.toTagId())));
        }
        return sorted(out);
    }

    public static List<String> articleCodes(ExchangeProject p) {
        List<String> out = new ArrayList<>();
        for (ArticleCodes c : p.articleCodes()) {
            out.add("codes " + title(p, c.documentId()) + " " + analyst(p, c.analystId()) + " " + values(p, c.values()));
        }
        return sorted(out);
    }

    public static List<String> metadata(ExchangeProject p) {
        List<String> out = new ArrayList<>();
        for (Document d : p.documents()) {
            var m = p.metadataOf(d.id());
            Map<String, String> fields = new TreeMap<>(m.fields());
            for (String name : org.newsmark.domain.ArticleMetadata.STANDARD) {
                if (m.get(name) != null) {
                    fields.put(name, m.get(name));
                }
            }
            out.add("article " + d.title() + " sha256=" + d.sha256() + " " + fields);
        }
        return sorted(out);
    }

    /** Every section. */
    public static List<String> all(ExchangeProject p) {
        List<String> out = new ArrayList<>();
        out.addAll(labels(p));
        out.addAll(attributes(p));
        out.addAll(linkTypes(p));
        out.addAll(metadata(p));
        out.addAll(tags(p));
        out.addAll(links(p));
        out.addAll(articleCodes(p));
        return out;
    }

    private static String tagLine(ExchangeProject p, Annotation t) {
        String text = p.document(t.documentId()).map(d -> t.span().textOf(d.text())).orElse("?");
        String label = p.codebook().label(t.labelId()).map(Label::name).orElse("?");
        return title(p, t.documentId()) + " " + analyst(p, t.analystId()) + " " + label + " [" + t.begin() + "," + t.end()
                + ") \"" + text + "\"" + (t.note().isEmpty() ? "" : " note=" + t.note()) + " " + values(p, t.attributes());
    }

    private static String values(ExchangeProject p, AttributeValues values) {
        Map<String, List<String>> named = new TreeMap<>();
        values.asMap().forEach((id, v) -> {
            Attribute a = p.codebook().attribute(id).orElse(null);
            if (a == null) {
                named.put("?" + id, v);
            } else if (a.type() == AttributeType.SOURCE) {
                named.put(a.name(), v.stream().map(x -> sourceName(p, x)).toList());
            } else {
                named.put(a.name(), v);
            }
        });
        return named.toString();
    }

    private static String sourceName(ExchangeProject p, String value) {
        return p.sources().stream().filter(s -> s.valueId().equals(value)).map(s -> "source:" + s.name() + "/" + s.kind())
                .findFirst().orElse("source?" + value);
    }

    private static Annotation tag(ExchangeProject p, long id) {
        return p.tags().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    private static String title(ExchangeProject p, long documentId) {
        return p.document(documentId).map(Document::title).orElse("?");
    }

    private static String analyst(ExchangeProject p, long id) {
        return p.analyst(id).map(Analyst::name).orElse("?");
    }

    private static String labelOf(ExchangeProject p, Long labelId) {
        return labelId == null ? "(article)" : p.codebook().label(labelId).map(Label::name).orElse("?");
    }

    private static String names(ExchangeProject p, List<Long> labels) {
        return labels.stream().map(id -> p.codebook().label(id).map(Label::name).orElse("?")).sorted().toList().toString();
    }

    private static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static List<String> sourceLines(ExchangeProject p) {
        return sorted(p.sources().stream().map(Source::toString).toList());
    }
}
