package org.newsmark.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Link;
import org.newsmark.domain.Span;
import org.newsmark.domain.TextHash;
import org.newsmark.domain.anchor.Outcome;
import org.newsmark.domain.anchor.Placement;
import org.newsmark.domain.anchor.Reanchorer;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.port.ProjectStore;

/**
 * A new version of an article already in the project: every analyst's tags carried over by their
 * quote and context ({@link Reanchorer}), the rest on a review list, nothing dropped. The old
 * version stays whole, hidden from the article list; the new one takes its metadata, statuses,
 * article codes, the tags carried and the links whose two ends were. One transaction, undone as
 * one step ({@link #undo}). See docs/decisions/0043-re-anchoring.md.
 */
public final class ArticleVersionService {

    /** Characters of context shown on each side of a tag on the review list. */
    static final int SHOWN_CONTEXT = 40;

    /** One tag of the old version and where it goes. */
    public record TagPlan(Annotation tag, Placement placement) {
        public TagPlan {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(placement, "placement");
        }

        public Outcome outcome() {
            return placement.outcome();
        }
    }

    /** What importing {@code article} as the new version of {@code oldVersion} would do; nothing is written yet. */
    public record ReanchorPlan(Document oldVersion, ImportedArticle article, List<TagPlan> tags, int links, int linksCarried) {
        public ReanchorPlan {
            tags = List.copyOf(tags);
        }

        public long count(Outcome o) {
            return tags.stream().filter(t -> t.outcome() == o).count();
        }

        public long kept() {
            return count(Outcome.KEPT);
        }

        public long moved() {
            return count(Outcome.MOVED);
        }

        /** The tags that go to the review list: kept + moved + toReview is every tag of the old version. */
        public List<TagPlan> toReview() {
            return tags.stream().filter(t -> !t.outcome().carried()).toList();
        }

        /** "12 tags: 9 kept, 2 moved, 1 to review; 3 of 4 links carried" (no link part when there are none). */
        public String summary() {
            String s = tags.size() + (tags.size() == 1 ? " tag: " : " tags: ") + kept() + " kept, " + moved() + " moved, "
                    + toReview().size() + " to review";
            return links == 0 ? s : s + "; " + linksCarried + " of " + links + (links == 1 ? " link" : " links") + " carried";
        }
    }

    /** The new version as written: undo takes exactly this back. */
    public record NewVersion(long oldDocumentId, Document document, ReanchorPlan plan) {
    }

    /** A tag of the old version still to place or dismiss, with its text and context and the places the reviewer may take. */
    public record ReviewItem(Annotation oldTag, Outcome reason, String quote, String before, String after, List<Span> candidates) {
        public ReviewItem {
            candidates = List.copyOf(candidates);
        }
    }

    private final ProjectStore project;
    private final DocumentService documents;
    private final Runnable forgetHistory;

    ArticleVersionService(ProjectStore project, DocumentService documents, Runnable forgetHistory) {
        this.project = project;
        this.documents = documents;
        this.forgetHistory = forgetHistory;
    }

    /** The current article (not replaced) whose url is {@code url}, the first by import order; empty when none or no url. */
    public Optional<Document> currentWithUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String wanted = url.strip();
        return project.inSnapshot(() -> {
            Map<Long, ArticleMetadata> all = project.metadata().all();
            for (DocumentSummary s : project.documents().summaries(null)) {
                ArticleMetadata m = all.get(s.id());
                if (m != null && m.url() != null && m.url().strip().equals(wanted)) {
                    return project.documents().find(s.id());
                }
            }
            return Optional.empty();
        });
    }

    /** Where each tag of {@code oldDocumentId} would go in {@code article}'s text. Writes nothing. */
    public ReanchorPlan plan(long oldDocumentId, ImportedArticle article) {
        DocumentService.requireTaggableText(article.title(), article.text());
        return project.inSnapshot(() -> {
            Document old = current(oldDocumentId);
            if (old.sha256().equals(TextHash.sha256(article.text()))) {
                throw new ArticleRefusedException("\"" + old.title() + "\" already has exactly this text: there is no new version"
                        + " to import. Nothing was changed.");
            }
            Optional<Document> elsewhere = project.documents().findBySha256(TextHash.sha256(article.text()));
            if (elsewhere.isPresent()) {
                throw new ArticleRefusedException("This text is already in the project as article " + elsewhere.get().id() + ", \""
                        + elsewhere.get().title() + "\". Nothing was changed.");
            }
            Reanchorer r = new Reanchorer(old.text(), article.text());
            List<Annotation> tags = project.annotations().forDocument(oldDocumentId, null);
            List<TagPlan> plans = placeAll(r, tags);
            Set<Long> carried = new HashSet<>();
            plans.stream().filter(p -> p.outcome().carried()).forEach(p -> carried.add(p.tag().id()));
            List<Link> links = project.links().forDocument(oldDocumentId, null);
            int linksCarried = (int) links.stream().filter(l -> carried.contains(l.fromTagId()) && carried.contains(l.toTagId())).count();
            return new ReanchorPlan(old, article, plans, links.size(), linksCarried);
        });
    }

    /** Each tag placed (the pieces of a discontinuous one together), in the old version's order; twins go to review. */
    private static List<TagPlan> placeAll(Reanchorer r, List<Annotation> tags) {
        Map<Long, Placement> placed = new HashMap<>();
        Map<String, List<Annotation>> groups = new LinkedHashMap<>();
        for (Annotation t : tags) {
            if (t.fragmentGroup() == null) {
                placed.put(t.id(), r.place(t.span()));
            } else {
                groups.computeIfAbsent(t.analystId() + "/" + t.fragmentGroup(), k -> new ArrayList<>()).add(t);
            }
        }
        for (List<Annotation> pieces : groups.values()) {
            List<Placement> each = r.placeGroup(pieces.stream().map(Annotation::span).toList());
            for (int i = 0; i < pieces.size(); i++) {
                placed.put(pieces.get(i).id(), each.get(i));
            }
        }
        // two tags landing on one place with the same analyst and label would be one row: the second is for a person to place
        Set<String> taken = new HashSet<>();
        List<TagPlan> out = new ArrayList<>();
        for (Annotation t : tags) {
            Placement p = placed.get(t.id());
            if (p.outcome().carried() && !taken.add(t.analystId() + "/" + t.labelId() + "/" + p.span())) {
                p = new Placement(Outcome.AMBIGUOUS, null, List.of(p.span()));
            }
            out.add(new TagPlan(t, p));
        }
        return out;
    }

    /**
     * Writes the plan in one transaction: the new version with the old one's metadata (the file's
     * over it), statuses, article codes, carried tags and links; the old version's other tags on
     * its review list. Refused, with nothing written, when the old version changed since the plan.
     */
    public NewVersion apply(ReanchorPlan plan) {
        requireWritable();
        long oldId = plan.oldVersion().id();
        NewVersion done = project.inTransaction(() -> {
            Document old = current(oldId);
            List<Annotation> now = project.annotations().forDocument(oldId, null);
            if (!now.equals(plan.tags().stream().map(TagPlan::tag).toList())) {
                throw new ArticleRefusedException("The tags of \"" + old.title() + "\" changed since the new version was planned;"
                        + " plan it again. Nothing was changed.");
            }
            ImportedArticle a = plan.article();
            Document fresh = project.documents().insert(a.title(), a.sourceName(), a.text());
            project.documents().markNewVersion(fresh.id(), oldId);
            ArticleMetadata metadata = project.metadata().of(oldId).overlaidWith(a.metadata());
            if (!metadata.isEmpty()) {
                metadata.fields().keySet().forEach(project.metadata()::declare);
                project.metadata().set(fresh.id(), metadata);
            }
            project.statuses().all().getOrDefault(oldId, Map.of()).forEach((analyst, status) -> {
                if (status != ArticleStatus.TODO) {
                    project.statuses().set(fresh.id(), analyst, status);
                }
            });
            project.attributes().articleCodesOf(oldId).forEach((analyst, codes) -> project.attributes().setArticleCodes(fresh.id(),
                    analyst, codes));
            Map<Long, Long> carried = new HashMap<>();
            for (TagPlan t : plan.tags()) {
                Annotation tag = t.tag();
                if (t.outcome().carried()) {
                    Annotation copy = new Annotation(0, fresh.id(), tag.analystId(), tag.labelId(), t.placement().span(), tag.note(),
                            tag.fragmentGroup(), tag.created(), tag.updated(), tag.attributes());
                    carried.put(tag.id(), project.annotations().insert(copy).id());
                } else {
                    project.annotations().setReview(tag.id(), t.outcome());
                }
            }
            for (Link l : project.links().forDocument(oldId, null)) {
                Long from = carried.get(l.fromTagId());
                Long to = carried.get(l.toTagId());
                if (from != null && to != null) {
                    project.links().insert(new Link(0, fresh.id(), l.analystId(), l.typeId(), from, to, l.created()));
                }
            }
            return new NewVersion(oldId, fresh, plan);
        });
        documents.documentsChanged();
        return done;
    }

    /**
     * Takes a new version back as one step: the new article goes with everything in it, the old
     * one's review list is emptied and it is in the article list again, as before the import.
     */
    public void undo(long newDocumentId) {
        requireWritable();
        project.inTransaction(() -> {
            long oldId = project.documents().previousVersion(newDocumentId).orElseThrow(() -> new ArticleRefusedException(
                    "Article " + newDocumentId + " is not a new version of another; there is nothing to undo."));
            if (project.documents().nextVersion(newDocumentId).isPresent()) {
                throw new ArticleRefusedException("A later version replaced article " + newDocumentId + "; undo that one first.");
            }
            project.annotations().reviews(oldId).keySet().forEach(id -> project.annotations().setReview(id, null));
            project.documents().delete(newDocumentId);
            return null;
        });
        forgetHistory.run();
        documents.documentsChanged();
    }

    /** The current version of the article {@code documentId} is an earlier version of; empty when it is current itself. */
    public Optional<Document> currentVersionOf(long documentId) {
        return project.inSnapshot(() -> {
            Set<Long> seen = new HashSet<>();
            long at = documentId;
            Optional<Long> next = project.documents().nextVersion(at);
            while (next.isPresent() && seen.add(next.get())) {
                at = next.get();
                next = project.documents().nextVersion(at);
            }
            return at == documentId ? Optional.<Document>empty() : project.documents().find(at);
        });
    }

    /** The versions {@code documentId} replaced, the latest first. */
    public List<Document> earlierVersions(long documentId) {
        return project.inSnapshot(() -> {
            List<Document> out = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            Optional<Long> previous = project.documents().previousVersion(documentId);
            while (previous.isPresent() && seen.add(previous.get())) {
                project.documents().find(previous.get()).ifPresent(out::add);
                previous = project.documents().previousVersion(previous.get());
            }
            return out;
        });
    }

    /** The tags of the version {@code newDocumentId} replaced that are still to place or dismiss, in text order. */
    public List<ReviewItem> reviewList(long newDocumentId) {
        return project.inSnapshot(() -> {
            Optional<Long> oldId = project.documents().previousVersion(newDocumentId);
            if (oldId.isEmpty()) {
                return List.of();
            }
            Map<Long, Outcome> reasons = project.annotations().reviews(oldId.get());
            if (reasons.isEmpty()) {
                return List.of();
            }
            String oldText = project.documents().find(oldId.get()).orElseThrow().text();
            String newText = project.documents().find(newDocumentId).orElseThrow().text();
            Reanchorer r = new Reanchorer(oldText, newText);
            List<ReviewItem> out = new ArrayList<>();
            for (Map.Entry<Long, Outcome> e : reasons.entrySet()) {
                Annotation tag = project.annotations().find(e.getKey()).orElseThrow();
                Placement p = r.place(tag.span());
                List<Span> candidates = p.outcome().carried() ? List.of(p.span()) : p.candidates();
                out.add(new ReviewItem(tag, e.getValue(), tag.span().textOf(oldText),
                        oldText.substring(Math.max(0, tag.begin() - SHOWN_CONTEXT), tag.begin()),
                        oldText.substring(tag.end(), Math.min(oldText.length(), tag.end() + SHOWN_CONTEXT)), candidates));
            }
            return out;
        });
    }

    /**
     * Places a tag from the review list on {@code span} of the new version (by hand), and takes it
     * off the list; its links to tags now in the new version are made again ({@link #relink}).
     */
    public Annotation place(long newDocumentId, long oldTagId, Span span) {
        requireWritable();
        Annotation placed = project.inTransaction(() -> {
            Annotation old = onReviewList(newDocumentId, oldTagId);
            Document now = project.documents().find(newDocumentId).orElseThrow();
            if (span.end() > now.text().length()) {
                throw new ArticleRefusedException("The selection is outside the article.");
            }
            Annotation copy = new Annotation(0, newDocumentId, old.analystId(), old.labelId(), span, old.note(), old.fragmentGroup(),
                    old.created(), Instant.now(), old.attributes());
            if (project.annotations().hasTwin(copy)) {
                throw new AnnotationConflictException("That analyst already has this label on exactly this text.");
            }
            Annotation saved = project.annotations().insert(copy);
            project.annotations().setReview(oldTagId, null);
            relink(old, saved, newDocumentId);
            return saved;
        });
        forgetHistory.run();
        return placed;
    }

    /**
     * The old version's links of {@code old} made again for {@code placed}, to each other end that
     * is in the new version now (carried, or placed before): a copy keeps its tag's analyst, label
     * and creation time, which tell it apart. An end still on the review list is linked when it is
     * placed in turn.
     */
    private void relink(Annotation old, Annotation placed, long newDocumentId) {
        List<Annotation> newTags = null;
        for (Link l : project.links().forDocument(old.documentId(), old.analystId())) {
            boolean from = l.fromTagId() == old.id();
            if (!from && l.toTagId() != old.id()) {
                continue;
            }
            Optional<Annotation> other = project.annotations().find(from ? l.toTagId() : l.fromTagId());
            if (other.isEmpty()) {
                continue;
            }
            if (newTags == null) {
                newTags = project.annotations().forDocument(newDocumentId, old.analystId());
            }
            Annotation o = other.get();
            List<Annotation> copies = newTags.stream().filter(t -> t.labelId() == o.labelId() && t.created().equals(o.created())
                    && t.id() != placed.id()).toList();
            if (copies.size() == 1) {
                long otherId = copies.get(0).id();
                Link fresh = new Link(0, newDocumentId, old.analystId(), l.typeId(), from ? placed.id() : otherId,
                        from ? otherId : placed.id(), l.created());
                if (!project.links().hasTwin(fresh)) {
                    project.links().insert(fresh);
                }
            }
        }
    }

    /** Takes a tag off the review list without placing it; it stays in the old version. */
    public void dismiss(long newDocumentId, long oldTagId) {
        requireWritable();
        project.inTransaction(() -> {
            onReviewList(newDocumentId, oldTagId);
            project.annotations().setReview(oldTagId, null);
            return null;
        });
    }

    private Annotation onReviewList(long newDocumentId, long oldTagId) {
        Optional<Long> oldId = project.documents().previousVersion(newDocumentId);
        if (oldId.isEmpty() || !project.annotations().reviews(oldId.get()).containsKey(oldTagId)) {
            throw new ArticleRefusedException("That tag is no longer on the review list of article " + newDocumentId + ".");
        }
        return project.annotations().find(oldTagId).orElseThrow();
    }

    private Document current(long id) {
        Document d = project.documents().find(id)
                .orElseThrow(() -> new ArticleRefusedException("There is no article " + id + " in " + project.name() + "."));
        Optional<Long> next = project.documents().nextVersion(id);
        if (next.isPresent()) {
            throw new ArticleRefusedException("\"" + d.title() + "\" was already replaced by a newer version, article " + next.get()
                    + "; import the new version of that one.");
        }
        return d;
    }

    private void requireWritable() {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name() + " is open read-only; a new version cannot be imported.");
        }
    }
}
