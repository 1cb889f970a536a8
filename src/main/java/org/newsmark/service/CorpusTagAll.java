package org.newsmark.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.PhraseMatcher;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.AnnotationService.NewTag;
import org.newsmark.service.port.ProjectStore;

/**
 * Tags every hit of a corpus search with one label, for one analyst, across many articles, each
 * new tag with the same attribute values (none, or those the analyst chose). A preview counts
 * first; the run writes in one transaction (all or nothing, cancel writes nothing) and leaves one
 * undo step per article, as every edit in Newsmark is undone in its article (see
 * docs/decisions/0028-corpus-search.md). A hit tagged with the label already (by this analyst,
 * whatever its values) is not tagged twice and its values are not changed.
 */
public final class CorpusTagAll {

    /**
     * What a run would do: articles with hits, tags it would add, hits already tagged with the
     * label; {@code values} are the new tags' values and {@code valuesText} names them (empty: none).
     */
    public record Preview(String query, Label label, AttributeValues values, String valuesText, int articles, int newTags,
                          int alreadyTagged, Map<Long, List<Span>> fresh) {
        public String summary() {
            String already = alreadyTagged + (alreadyTagged == 1 ? " hit is" : " hits are") + " tagged " + label.name() + " already";
            if (!valuesText.isEmpty() && alreadyTagged > 0) {
                // the values go only on the new tags: a tag there already is the same tag, whatever it holds
                already += alreadyTagged == 1 ? ", whatever its values, and stays as it is" : ", whatever their values, and stay as they are";
            }
            return newTags + (newTags == 1 ? " new tag" : " new tags") + (valuesText.isEmpty() ? "" : " with " + valuesText)
                    + " in " + fresh.size() + (fresh.size() == 1 ? " article" : " articles") + "; " + already + ".";
        }
    }

    private final ProjectStore project;
    private final CorpusSearchService search;
    private final AnnotationService annotations;

    CorpusTagAll(ProjectStore project, CorpusSearchService search, AnnotationService annotations) {
        this.project = project;
        this.search = search;
        this.annotations = annotations;
    }

    /** As {@link #preview(String, Collection, Label, AttributeValues, Analyst, TaskControl)}, the new tags without values. */
    public Preview preview(String query, Collection<Long> within, Label label, Analyst analyst, TaskControl control) {
        return preview(query, within, label, AttributeValues.EMPTY, analyst, control);
    }

    /**
     * Counts without writing; {@code within} null means every article. {@code values} (already
     * checked against the codebook, as a form checks them) go on every new tag; they must be of
     * attributes {@code label} declares. Works on a read-only project too.
     */
    public Preview preview(String query, Collection<Long> within, Label label, AttributeValues values, Analyst analyst,
                           TaskControl control) {
        String valuesText = describe(label, values);
        PhraseMatcher matcher = new PhraseMatcher(query);
        Map<Long, List<Span>> fresh = new LinkedHashMap<>();
        int[] counts = new int[3];
        if (!matcher.isEmpty()) {
            project.inSnapshot(() -> {
                List<Long> ids = search.candidates(matcher, within, CorpusSearchService.Order.ARTICLE);
                // one read of the label's tags for the whole corpus, not one per article
                Map<Long, Set<Span>> tagged = new java.util.HashMap<>();
                for (Annotation a : project.annotations().withLabel(label.id())) {
                    if (a.analystId() == analyst.id()) {
                        tagged.computeIfAbsent(a.documentId(), k -> new HashSet<>()).add(new Span(a.begin(), a.end()));
                    }
                }
                for (int i = 0; i < ids.size(); i++) {
                    CorpusSearchService.step(control, i, ids.size());
                    Optional<Document> d = project.documents().find(ids.get(i));
                    if (d.isEmpty()) {
                        continue;
                    }
                    List<Span> hits = matcher.find(d.get().text());
                    if (hits.isEmpty()) {
                        continue;
                    }
                    Set<Span> here = tagged.getOrDefault(d.get().id(), Set.of());
                    List<Span> todo = hits.stream().filter(s -> !here.contains(s)).toList();
                    counts[0]++;
                    counts[2] += hits.size() - todo.size();
                    if (!todo.isEmpty()) {
                        fresh.put(d.get().id(), todo);
                        counts[1] += todo.size();
                    }
                }
                control.progress(ids.size(), ids.size());
                return null;
            });
        }
        return new Preview(query, label, values, valuesText, counts[0], counts[1], counts[2], fresh);
    }

    /** The values as the preview names them; refuses a value of an attribute the label does not declare (it would be hidden). */
    private String describe(Label label, AttributeValues values) {
        if (values.isEmpty()) {
            return "";
        }
        List<Attribute> declared = project.attributes().all().stream()
                .filter(a -> a.labelId() != null && a.labelId() == label.id()).toList();
        for (Long id : values.asMap().keySet()) {
            if (declared.stream().noneMatch(a -> a.id() == id)) {
                throw new IllegalArgumentException("attribute " + id + " is not one of " + label.name() + "'s");
            }
        }
        Map<String, String> sourceNames = new java.util.HashMap<>();
        project.sources().all().forEach(src -> sourceNames.put(src.valueId(), src.name()));
        return values.describe(declared, id -> sourceNames.getOrDefault(id, "(source " + id + ")"));
    }

    /** Writes the preview's new tags; returns how many were written (a tag made meanwhile is not made twice). */
    public int apply(Preview preview, Analyst analyst, TaskControl control) {
        Map<Document, List<NewTag>> tags = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<Long, List<Span>> e : preview.fresh().entrySet()) {
            CorpusSearchService.step(control, i++, preview.fresh().size());
            Optional<Document> d = project.documents().find(e.getKey());
            d.ifPresent(doc -> tags.put(doc, e.getValue().stream().map(s -> new NewTag(preview.label(), s, preview.values())).toList()));
        }
        control.checkCancelled(); // the last moment to stop: the write below is one transaction
        String description = "Tag all \u201C" + preview.query() + "\u201D as " + preview.label().name()
                + (preview.valuesText().isEmpty() ? "" : " with " + preview.valuesText());
        return annotations.tagAllIn(analyst, tags, description).values().stream().mapToInt(List::size).sum();
    }
}
