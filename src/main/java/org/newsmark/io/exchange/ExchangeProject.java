package org.newsmark.io.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.Source;

/**
 * A project as the exchange formats (REFI-QDA, UIMA XMI, W3C Web Annotation) write and read it:
 * the domain's own records, their ids local to this snapshot (a reader invents them, the project
 * maps them to its own on import). Offsets are UTF-16 indexes into {@link Document#text()}, as
 * everywhere inside Newsmark; each format converts to its own unit at its edge.
 *
 * @param name        the project's name, for the file's title
 * @param analysts    everyone whose tags, links or codes are in it
 * @param codebook    labels, attributes (of tags, and article codes) and link types
 * @param sources     the ledger: what source attributes point to by {@link Source#valueId()}
 * @param documents   the articles, text as stored
 * @param metadata    each article's outlet, author, date, url, language and custom fields, by document id
 * @param tags        every tag; a discontinuous one is several tags sharing a fragment group
 * @param links       links between tags of one document and one analyst
 * @param articleCodes each analyst's article-level codes per article
 */
public record ExchangeProject(String name, List<Analyst> analysts, Codebook codebook, List<Source> sources,
                              List<Document> documents, Map<Long, ArticleMetadata> metadata, List<Annotation> tags,
                              List<Link> links, List<ArticleCodes> articleCodes) {

    public ExchangeProject {
        Objects.requireNonNull(name, "name");
        analysts = List.copyOf(analysts);
        Objects.requireNonNull(codebook, "codebook");
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
        metadata = Map.copyOf(metadata);
        tags = List.copyOf(tags);
        links = List.copyOf(links);
        articleCodes = List.copyOf(articleCodes);
    }

    public Optional<Analyst> analyst(long id) {
        return analysts.stream().filter(a -> a.id() == id).findFirst();
    }

    public Optional<Document> document(long id) {
        return documents.stream().filter(d -> d.id() == id).findFirst();
    }

    public ArticleMetadata metadataOf(long documentId) {
        return metadata.getOrDefault(documentId, ArticleMetadata.EMPTY);
    }

    public List<Annotation> tagsOf(long documentId) {
        return tags.stream().filter(t -> t.documentId() == documentId).toList();
    }

    public List<Link> linksOf(long documentId) {
        return links.stream().filter(l -> l.documentId() == documentId).toList();
    }
}
