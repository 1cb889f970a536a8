package org.newsmark.service;

/** Which tags an export takes: one document or all (null), one analyst or all (null). */
public record ExportScope(Long documentId, String analyst) {

    public static final ExportScope ALL = new ExportScope(null, null);
}
