package org.newsmark.service;

import org.newsmark.domain.Document;

/** File and folder names made from analyst names and document titles, safe on every system. */
final class FileNames {

    private FileNames() {
    }

    static String safe(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        if (s.isEmpty() || s.startsWith(".")) {
            s = "_" + s;
        }
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    /** The source file's name without extension when there is one, else {@code document-ID}; the id keeps names unique. */
    static String documentName(Document d) {
        String source = d.sourceName();
        if (source != null && !source.isBlank()) {
            int dot = source.lastIndexOf('.');
            String stem = dot > 0 ? source.substring(0, dot) : source;
            return safe(stem) + "-" + d.id();
        }
        return "document-" + d.id();
    }
}
