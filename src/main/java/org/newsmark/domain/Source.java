package org.newsmark.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who a tag attributes its words to: a person, body, organisation, an anonymous source or a
 * document, with a canonical name and an optional role and affiliation. Tags point to a source
 * through an attribute of type {@link AttributeType#SOURCE}, whose value is {@link #id()}. See
 * docs/decisions/0020-sources.md.
 */
public record Source(long id, String name, SourceKind kind, String role, String affiliation, Instant created) {

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(created, "created");
        role = role == null ? "" : role.strip();
        affiliation = affiliation == null ? "" : affiliation.strip();
    }

    public Source withId(long newId) {
        return new Source(newId, name, kind, role, affiliation, created);
    }

    /** The value a source attribute stores for it. */
    public String valueId() {
        return Long.toString(id);
    }

    /** The source id a stored value names, or -1 when it names none. */
    public static long idOf(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
