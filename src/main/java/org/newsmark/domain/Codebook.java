package org.newsmark.domain;

import java.util.List;
import java.util.Optional;

/**
 * A project's codebook: its labels in toolbar order (retired ones included), the attributes
 * declared for them and for articles, in editor order, and the link types between tags.
 */
public record Codebook(List<Label> labels, List<Attribute> attributes, List<LinkType> linkTypes) {

    public Codebook {
        labels = List.copyOf(labels);
        attributes = List.copyOf(attributes);
        linkTypes = linkTypes == null ? List.of() : List.copyOf(linkTypes);
    }

    /** A codebook without link types. */
    public Codebook(List<Label> labels, List<Attribute> attributes) {
        this(labels, attributes, List.of());
    }

    public Optional<LinkType> linkType(String name) {
        return linkTypes.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<LinkType> linkType(long id) {
        return linkTypes.stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<Label> label(String name) {
        return labels.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public Optional<Label> label(long id) {
        return labels.stream().filter(l -> l.id() == id).findFirst();
    }

    /** The attributes of one label's tags. */
    public List<Attribute> attributesOf(long labelId) {
        return attributes.stream().filter(a -> a.labelId() != null && a.labelId() == labelId).toList();
    }

    /** The article-level codes. */
    public List<Attribute> articleCodes() {
        return attributes.stream().filter(Attribute::isArticleCode).toList();
    }

    public Optional<Attribute> attribute(long id) {
        return attributes.stream().filter(a -> a.id() == id).findFirst();
    }

    /** The labels a new tag may take: not retired. */
    public List<Label> usableLabels() {
        return labels.stream().filter(l -> !l.retired()).toList();
    }
}
