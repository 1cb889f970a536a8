package org.newsmark.service;

import org.newsmark.domain.Annotation;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Document;
import org.newsmark.io.csv.ExportRow;

/** A tag and what its CSV row needs, all of it immutable: the writer thread makes the row. */
record CsvTag(Annotation a, Document d, CodePointOffsets cp, String label, String analyst,
                      org.newsmark.domain.ArticleMetadata metadata) {
    ExportRow row(AttributeColumns columns) {
        return new ExportRow(d.id(), d.title(), d.sha256(), analyst, a.id(), label, cp.toCodePoints(a.begin()),
                cp.toCodePoints(a.end()), a.span().textOf(d.text()), a.note(), a.created(), a.updated(), columns.valuesOf(a), metadata);
    }
}
