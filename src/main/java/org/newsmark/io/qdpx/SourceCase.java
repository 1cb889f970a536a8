package org.newsmark.io.qdpx;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;

/** A ledger source as a REFI-QDA case: the case's name is the source's, its Description says the rest in lines. */
final class SourceCase {

    private SourceCase() {
    }

    static String describe(Source s) {
        return "kind: " + s.kind().id() + "\nrole: " + s.role() + "\naffiliation: " + s.affiliation() + "\ncreated: "
                + s.created();
    }

    /** The source a Newsmark case describes, or empty when its description is not one. */
    static Optional<Source> read(long id, String name, String description) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : description.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            } else if (line.endsWith(":")) {
                fields.put(line.substring(0, line.length() - 1), "");
            }
        }
        Optional<SourceKind> kind = SourceKind.parse(fields.get("kind"));
        if (kind.isEmpty() || name == null) {
            return Optional.empty();
        }
        Instant created;
        try {
            created = Instant.parse(fields.getOrDefault("created", ""));
        } catch (DateTimeParseException e) {
            created = Instant.EPOCH;
        }
        return Optional.of(new Source(id, name, kind.get(), fields.get("role"), fields.get("affiliation"), created));
    }
}
