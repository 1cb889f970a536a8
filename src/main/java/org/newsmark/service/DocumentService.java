package org.newsmark.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.TextHash;
import org.newsmark.io.article.ArticleLimits;
import org.newsmark.io.article.ImportedArticle;
import org.newsmark.service.port.ProjectStore;

/**
 * Adding, reading, renaming and deleting articles. An article already in the project (same text)
 * is not added twice. A deleted article can be restored while the project stays open
 * (docs/decisions/0015-deleting-articles.md).
 */
public final class DocumentService {

    /** The document and whether this call added it (false: the same text was already there). */
    public record AddResult(Document document, boolean added) {
    }

    /** The longest article text, in UTF-16 chars: one number for every path in, kept in {@link ArticleLimits}. */
    public static final int MAX_TEXT_CHARS = ArticleLimits.MAX_TEXT_CHARS;

    private final ProjectStore project;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    DocumentService(ProjectStore project) {
        this.project = project;
    }

    public void addListener(Runnable onDocumentsChanged) {
        listeners.add(onDocumentsChanged);
    }

    /** Tells the listeners of a change another service made to the article list (a new version). */
    void documentsChanged() {
        listeners.forEach(Runnable::run);
    }

    public AddResult add(String title, String sourceName, String text) {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name() + " is open read-only; articles cannot be added.");
        }
        requireTaggableText(title, text);
        Optional<Document> existing = project.documents().findBySha256(TextHash.sha256(text));
        if (existing.isPresent()) {
            return new AddResult(existing.get(), false);
        }
        Document d = project.documents().insert(title, sourceName, text);
        listeners.forEach(Runnable::run);
        return new AddResult(d, true);
    }

    /** One article of a batch refused; {@code index} is its place in the batch. Nothing of the batch was added. */
    public static final class RefusedArticle extends ArticleRefusedException {
        private final int index;
        private final ImportedArticle article;

        RefusedArticle(int index, ImportedArticle article, String message) {
            super(message);
            this.index = index;
            this.article = article;
        }

        public int index() {
            return index;
        }

        public ImportedArticle article() {
            return article;
        }
    }

    /**
     * Adds every article in one transaction, or none: each is checked first, and a failure while
     * writing rolls all of them back. An article whose text is already there (in the project or
     * earlier in the batch) is reported, not added twice. Listeners hear once, after the commit.
     */
    public List<AddResult> addAll(List<ImportedArticle> articles) {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name() + " is open read-only; articles cannot be added.");
        }
        for (int i = 0; i < articles.size(); i++) {
            ImportedArticle a = articles.get(i);
            try {
                requireTaggableText(a.title(), a.text());
            } catch (ArticleRefusedException e) {
                throw new RefusedArticle(i, a, e.getMessage());
            }
        }
        List<AddResult> out = project.inTransaction(() -> {
            java.util.Map<String, Document> seen = new java.util.HashMap<>();
            List<AddResult> results = new java.util.ArrayList<>();
            for (ImportedArticle a : articles) {
                String sha = TextHash.sha256(a.text());
                Optional<Document> existing = Optional.ofNullable(seen.get(sha)).or(() -> project.documents().findBySha256(sha));
                Document d = existing.orElseGet(() -> project.documents().insert(a.title(), a.sourceName(), a.text()));
                if (!a.metadata().isEmpty()) {
                    // what the file says goes over what the article had (a duplicate keeps the rest)
                    a.metadata().fields().keySet().forEach(project.metadata()::declare);
                    project.metadata().set(d.id(), project.metadata().of(d.id()).overlaidWith(a.metadata()));
                }
                seen.put(sha, d);
                results.add(new AddResult(d, existing.isEmpty()));
            }
            return results;
        });
        if (out.stream().anyMatch(AddResult::added)) {
            listeners.forEach(Runnable::run);
        }
        return out;
    }

    static void requireTaggableText(String title, String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new ArticleRefusedException(String.format(Locale.ROOT, "\"%s\" is %,d characters; the limit is %,d.",
                    shorten(title), text.length(), MAX_TEXT_CHARS));
        }
        if (text.isBlank()) {
            throw new ArticleRefusedException("\"" + shorten(title) + "\" has no text to tag.");
        }
        int broken = unpairedSurrogateAt(text);
        if (broken >= 0) {
            // SQLite stores UTF-8, where a lone surrogate becomes '?': the stored text would differ from this one
            throw new ArticleRefusedException("\"" + shorten(title) + "\" contains a broken character (an unpaired"
                    + " UTF-16 surrogate) at position " + broken + ".");
        }
    }

    private static int unpairedSurrogateAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String title) {
        return title.length() > 80 ? title.substring(0, 80) + "…" : title;
    }

    /** An article as it was deleted, with every analyst's tags in it: what {@link #restore} puts back. */
    public record DeletedArticle(Document document, List<org.newsmark.domain.Annotation> tags,
                                 java.util.Map<Long, org.newsmark.domain.AttributeValues> articleCodes,
                                 List<org.newsmark.domain.Link> links, org.newsmark.domain.ArticleMetadata metadata,
                                 java.util.Map<org.newsmark.domain.suggest.SuggestionRejection, java.time.Instant> rejections) {
        public DeletedArticle {
            rejections = rejections == null ? java.util.Map.of() : java.util.Map.copyOf(rejections);
            tags = List.copyOf(tags);
            articleCodes = java.util.Map.copyOf(articleCodes);
            links = links == null ? List.of() : List.copyOf(links);
            metadata = metadata == null ? org.newsmark.domain.ArticleMetadata.EMPTY : metadata;
        }

        public DeletedArticle(Document document, List<org.newsmark.domain.Annotation> tags,
                              java.util.Map<Long, org.newsmark.domain.AttributeValues> articleCodes, List<org.newsmark.domain.Link> links) {
            this(document, tags, articleCodes, links, null, null);
        }

        public DeletedArticle(Document document, List<org.newsmark.domain.Annotation> tags,
                              java.util.Map<Long, org.newsmark.domain.AttributeValues> articleCodes) {
            this(document, tags, articleCodes, List.of());
        }

        public DeletedArticle(Document document, List<org.newsmark.domain.Annotation> tags) {
            this(document, tags, java.util.Map.of());
        }

        /** How many different analysts had tags in it. */
        public long analystCount() {
            return tags.stream().mapToLong(org.newsmark.domain.Annotation::analystId).distinct().count();
        }
    }

    /**
     * Gives an article another title: white space (no-break spaces too) is made single spaces and
     * the title cut to {@link ArticleLimits#MAX_TITLE_CHARS}. Returns the renamed article.
     */
    public Document rename(long id, String title) {
        requireWritable("articles cannot be renamed");
        String t = cleanTitle(title);
        if (t.isEmpty()) {
            throw new ArticleRefusedException("An article needs a title.");
        }
        Document d = find(id).orElseThrow(() -> new ArticleRefusedException("The article is no longer in the project."));
        if (!project.documents().rename(id, t)) {
            throw new ArticleRefusedException("The article is no longer in the project.");
        }
        listeners.forEach(Runnable::run);
        return new Document(d.id(), t, d.sourceName(), d.importedAt(), d.text(), d.sha256());
    }

    /** What a title becomes: {@link ArticleText#normaliseTitle} (one space for any run of white space, no-break ones too). */
    public static String cleanTitle(String title) {
        return org.newsmark.io.article.ArticleText.normaliseTitle(title);
    }

    /** What deleting {@code id} would take with it, without deleting anything. */
    public Optional<DeletedArticle> preview(long id) {
        return find(id).map(d -> new DeletedArticle(d, project.annotations().forDocument(id, null),
                project.attributes().articleCodesOf(id), project.links().forDocument(id, null),
                project.metadata().of(id), project.suggestionRejections().allInDocument(id)));
    }

    /** Deletes an article and every analyst's tags in it, in one transaction; returns what {@link #restore} needs. */
    public DeletedArticle delete(long id) {
        requireWritable("articles cannot be deleted");
        DeletedArticle gone = project.inTransaction(() -> {
            DeletedArticle what = preview(id)
                    .orElseThrow(() -> new ArticleRefusedException("The article is no longer in the project."));
            project.documents().delete(id);
            return what;
        });
        listeners.forEach(Runnable::run);
        return gone;
    }

    /**
     * Whether a deleted article can be put back. Not in a team project: its tags are other
     * analysts' layers, which the owner deleting it may not write (docs/decisions/0033).
     */
    public boolean canRestoreDeleted() {
        return project.file().isPresent();
    }

    /**
     * Puts a deleted article back with its id, title and every tag (with their ids), in one
     * transaction. Refused when the same text was imported again since, and in a team project.
     */
    public Document restore(DeletedArticle deleted) {
        requireWritable("articles cannot be restored");
        if (!canRestoreDeleted()) {
            throw new ArticleRefusedException("A deleted article cannot be restored in a team project: its tags are other"
                    + " analysts' layers. Nothing was changed.");
        }
        Document d = deleted.document();
        Document back = project.inTransaction(() -> {
            if (project.documents().findBySha256(d.sha256()).isPresent()) {
                throw new ArticleRefusedException("\"" + shorten(d.title()) + "\" was imported again since it was deleted;"
                        + " its old tags were not restored.");
            }
            Document restored = project.documents().restore(d);
            for (org.newsmark.domain.Annotation a : deleted.tags()) {
                project.annotations().insert(a);
            }
            deleted.links().forEach(project.links()::insert);
            if (!deleted.metadata().isEmpty()) {
                deleted.metadata().fields().keySet().forEach(project.metadata()::declare);
                project.metadata().set(d.id(), deleted.metadata());
            }
            deleted.articleCodes().forEach((analyst, codes) -> project.attributes().setArticleCodes(d.id(), analyst, codes));
            deleted.rejections().forEach(project.suggestionRejections()::reject);
            return restored;
        });
        listeners.forEach(Runnable::run);
        return back;
    }

    private void requireWritable(String what) {
        if (project.isReadOnly()) {
            throw new AnnotationConflictException(project.name() + " is open read-only; " + what + ".");
        }
    }

    public Optional<Document> find(long id) {
        return project.documents().find(id);
    }

    /** analyst id → number of tags in that document. */
    public java.util.Map<Long, Integer> countsByAnalyst(long documentId) {
        return project.annotations().countsByAnalyst(documentId);
    }

    public List<DocumentSummary> summaries(Long analystId) {
        return project.documents().summaries(analystId);
    }
}
