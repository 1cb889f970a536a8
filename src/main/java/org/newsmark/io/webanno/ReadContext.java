package org.newsmark.io.webanno;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;
import org.newsmark.io.webanno.AnnotationFile.Item;

/**
 * What the parts of reading one Web Annotation file share: its name, the codebook and sources it
 * brings, one id sequence for tags and links, the analysts by creator, the moment of reading, and
 * what is not taken, one line each.
 */
final class ReadContext {

    final String file;
    final ImportedCodebook codebook;
    final List<Source> sources = new ArrayList<>();
    final List<String> notTaken = new ArrayList<>();
    final Map<String, Analyst> analysts = new LinkedHashMap<>();
    private final Instant now = Instant.now();
    private long nextId = 1;

    ReadContext(String file, ImportedCodebook codebook) {
        this.file = file;
        this.codebook = codebook;
    }

    /** The id the next tag or link gets, without taking it. */
    long peekId() {
        return nextId;
    }

    long nextId() {
        return nextId++;
    }

    /** The analyst of an annotation's creator; {@link WebAnnotationReader#NO_CREATOR} when it names none that is valid. */
    Analyst analyst(JsonNode a) {
        String name = Creators.name(a).map(Names::strip).filter(Names::isValid).orElse(WebAnnotationReader.NO_CREATOR);
        return analysts.computeIfAbsent(name, n -> new Analyst(analysts.size() + 1L, n));
    }

    Instant instant(String text) {
        if (text == null) {
            return now;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return now;
        }
    }

    /** Says why an annotation (by its line and id) is not taken, or not wholly. */
    void tell(Item item, String problem) {
        notTaken.add(file + " line " + item.line() + ": " + Nodes.name(item.node(), item.line()) + " " + problem);
    }
}
