package org.newsmark.io.qdpx;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * What every part of the project.qde reading shares: the archive, its root element, the list of
 * what is not taken (in the order met), the moment of the import (the time of anything the file
 * does not date), and the file's ways of naming GUIDs, times and text entries.
 */
final class QdeFile {

    final QdpxArchive zip;
    /** The archive's file name, which starts every message. */
    final String name;
    final Element root;
    final Instant now = Instant.now();
    private final List<String> notTaken = new ArrayList<>();

    QdeFile(QdpxArchive zip, Element root) {
        this.zip = zip;
        this.name = zip.fileName();
        this.root = root;
    }

    void notTaken(String message) {
        notTaken.add(message);
    }

    List<String> notTaken() {
        return notTaken;
    }

    /** The name the file's origin gives an unknown or missing user. */
    String fallbackName() {
        String origin = root.getAttribute("origin").strip();
        return origin.isEmpty() ? "REFI-QDA import" : origin;
    }

    /** The zip entry of internal://x.txt (Sources/x.txt) or relative:///x.txt when the file holds it. */
    Optional<String> entryOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String p = path.strip();
        if (p.startsWith("internal://")) {
            String entry = p.substring("internal://".length()).replaceFirst("^/+", "");
            return zip.has("Sources/" + entry) ? Optional.of("Sources/" + entry) : Optional.empty();
        }
        if (p.startsWith("relative://")) {
            String entry = p.substring("relative://".length()).replaceFirst("^/+", "");
            for (String candidate : List.of(entry, "Sources/" + entry, "Sources/" + entry.substring(entry.lastIndexOf('/') + 1))) {
                if (!candidate.contains("..") && zip.has(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** A REFI-QDA date-time (with an offset, or without one as UTC); the import's moment when missing or unreadable. */
    Instant instant(String text) {
        if (text == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return now;
            }
        }
    }

    /** A GUID as a key: without braces, lower case. */
    static String key(String guid) {
        return guid == null ? "" : guid.strip().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
    }
}
