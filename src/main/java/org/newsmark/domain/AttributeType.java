package org.newsmark.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of value an attribute of a tag (or an article code) takes. {@link #id()} is the
 * name used in codebook files and messages; it never changes once released.
 */
public enum AttributeType {
    /** Free text; the editor suggests values already used in the project. */
    TEXT("text"),
    /** One of the declared choices. */
    CHOICE("choice"),
    /** Any number of the declared choices, in the order of the declaration. */
    MULTIPLE_CHOICE("multiple-choice"),
    /** "yes" or "no". */
    YES_NO("yes-no"),
    /** A decimal number, stored as written after normalising ("12.50" stays "12.50", "+3" becomes "3"). */
    NUMBER("number"),
    /** A source of the project ({@link Source}): the value stored is the source's id, files show its name. */
    SOURCE("source");

    private final String id;

    AttributeType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean hasChoices() {
        return this == CHOICE || this == MULTIPLE_CHOICE;
    }

    public static Optional<AttributeType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** "text, choice, multiple-choice, yes-no, number, source": for messages that list what is allowed. */
    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(AttributeType::id).toList());
    }
}
