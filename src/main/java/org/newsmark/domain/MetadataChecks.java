package org.newsmark.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for article metadata values, wherever one enters (a file's own metadata, a manifest,
 * the details pane). Each {@code problem} method says what is wrong, to follow the value in a
 * message, or is empty when the value is fine; a blank value is always fine (it means unknown).
 */
public final class MetadataChecks {

    /** The longest author, URL or custom value, in characters: metadata, not text to tag. */
    public static final int MAX_VALUE_CHARS = 2_000;

    private MetadataChecks() {
    }

    /** {@code name}'s value: the outlet follows the name rule (it is counted by, as sources are); the others by their kind. */
    public static Optional<String> problem(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (name) {
            case "outlet" -> Names.problem(value);
            case "published" -> published(value);
            case "url" -> url(value);
            case "language" -> language(value);
            default -> text(value);
        };
    }

    /** An ISO 8601 date ({@code 2024-02-08}) or date-time, with an offset ({@code 2024-02-08T10:15:00Z}, {@code +01:00}) or without. */
    public static Optional<String> published(String value) {
        String v = value.strip();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ISO_LOCAL_DATE_TIME}) {
            try {
                f.parse(v);
                return Optional.empty();
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return Optional.of("is not an ISO 8601 date (2024-02-08) or date-time (2024-02-08T10:15:00Z)");
    }

    /** The day of a valid published value, for counting by month. */
    public static LocalDate day(String published) {
        String v = published.strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException e2) {
                return LocalDateTime.parse(v).toLocalDate();
            }
        }
    }

    /** An absolute http or https address. */
    public static Optional<String> url(String value) {
        String v = value.strip();
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                return Optional.of("is not an http or https address");
            }
        } catch (URISyntaxException e) {
            return Optional.of("is not an address (" + e.getReason() + " at position " + e.getIndex() + ")");
        }
        return v.length() > MAX_VALUE_CHARS ? Optional.of("is longer than " + MAX_VALUE_CHARS + " characters") : Optional.empty();
    }

    /** A well-formed BCP 47 language tag ({@code en}, {@code de-CH}, {@code pt-BR}). */
    public static Optional<String> language(String value) {
        try {
            new Locale.Builder().setLanguageTag(value.strip());
            return Optional.empty();
        } catch (IllformedLocaleException e) {
            return Optional.of("is not a BCP 47 language tag (such as en, de-CH)");
        }
    }

    /** An author or custom value: one line of printable text. */
    public static Optional<String> text(String value) {
        if (value.length() > MAX_VALUE_CHARS) {
            return Optional.of("is longer than " + MAX_VALUE_CHARS + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029') {
                return Optional.of(String.format(Locale.ROOT, "holds the control character U+%04X at position %d", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    /** The BCP 47 form of a tag as pages write it ({@code en_US} in og:locale), or null when it is none. */
    public static String languageTag(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String tag = raw.strip().replace('_', '-');
        return language(tag).isEmpty() ? tag : null;
    }

    /** {@code value} when it passes {@code name}'s rule, else null: how readers drop a file's broken metadata. */
    public static String orNull(String name, String value) {
        return value == null || value.isBlank() || problem(name, value).isPresent() ? null : value.strip();
    }
}
