package org.newsmark.io.codebook;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;

/**
 * A {@link JsonParser} that reads one object or array at a time and turns every problem into an
 * {@link ImportException} naming the file, the line of the token and the field path
 * ({@code labels[2].attributes[0].type}). Fields are checked against a list, so an unknown field
 * or one given twice is refused.
 */
final class JsonCursor {

    /** Reads the value of one field; the parser stands on the value's first token. */
    interface FieldReader {
        void read(String field, String path, long line) throws ImportException;
    }

    /** Reads one array element; the parser stands on the element's first token. */
    interface ElementReader {
        void read(int index, String path, long line) throws ImportException;
    }

    private final JsonParser parser;
    private final String file;

    JsonCursor(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    JsonToken next() throws ImportException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new ImportException(file, "could not be read: " + e.getMessage(), e);
        }
    }

    JsonToken token() {
        return parser.currentToken();
    }

    /** The 1-based line of the current token. */
    long line() {
        JsonLocation at = parser.currentTokenLocation();
        return Math.max(1, at.getLineNr());
    }

    ImportException problem(long line, String path, String problem) {
        return new ImportException(file, line, path.isEmpty() ? problem : path + ": " + problem);
    }

    ImportException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation(); // a bound's exception has none
        long line = at == null ? ImportException.NO_LINE : Math.max(1, at.getLineNr());
        String column = at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr();
        // Jackson names a marker's place as "[Source: REDACTED (…); line: 1, column: 1]"
        String message = safe(e.getOriginalMessage()).replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]",
                "line $1, column $2");
        return new ImportException(file, line, "is not valid JSON" + column + ": " + message, e);
    }

    /**
     * Reads the object the parser stands on, field by field. {@code fields} lists the allowed
     * names (in the order messages give them); {@code what} names the object in messages ("a label").
     */
    void object(String path, String what, List<String> fields, FieldReader reader) throws ImportException {
        expect(JsonToken.START_OBJECT, path, "must be an object (" + what + ")");
        Map<String, Long> seen = new HashMap<>();
        while (next() == JsonToken.FIELD_NAME) {
            String field = currentName();
            String fieldPath = path.isEmpty() ? field : path + "." + field;
            long line = line();
            if (!fields.contains(field)) {
                String shown = field.matches("[A-Za-z0-9_-]{1,40}") ? field : Names.shown(field);
                throw problem(line, path.isEmpty() ? shown : path + "." + shown,
                        "is not a field of " + what + " (" + String.join(", ", fields) + ")");
            }
            Long before = seen.putIfAbsent(field, line);
            if (before != null) {
                throw problem(line, fieldPath, "is given twice in the same object (first on line " + before + ")");
            }
            next();
            reader.read(field, fieldPath, line());
        }
    }

    /** Reads the array the parser stands on, element by element; null is an empty array. */
    void array(String path, ElementReader reader) throws ImportException {
        if (token() == JsonToken.VALUE_NULL) {
            return;
        }
        expect(JsonToken.START_ARRAY, path, "must be an array [ … ]");
        int index = 0;
        while (next() != JsonToken.END_ARRAY) {
            reader.read(index, path + "[" + index + "]", line());
            index++;
        }
    }

    /** The string the parser stands on, or null for JSON null. */
    String string(String path) throws ImportException {
        if (token() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(JsonToken.VALUE_STRING, path, "must be a string in double quotes");
        return text();
    }

    /** The boolean the parser stands on; null is false. */
    boolean bool(String path) throws ImportException {
        JsonToken t = token();
        if (t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_FALSE) {
            return false;
        }
        expect(JsonToken.VALUE_TRUE, path, "must be true or false");
        return true;
    }

    private void expect(JsonToken wanted, String path, String problem) throws ImportException {
        if (token() != wanted) {
            throw problem(line(), path, problem + ", not " + shown());
        }
    }

    /** The current token as a message shows it: {@code the number 1}, {@code an object}, {@code "yes"}. */
    String shown() {
        JsonToken t = token();
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string " + Names.shown(text());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + safe(text());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name().toLowerCase(Locale.ROOT) : t.asString();
        };
    }

    /** Skips the value the parser stands on, with everything inside it. */
    void skip() throws ImportException {
        try {
            parser.skipChildren();
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new ImportException(file, "could not be read: " + e.getMessage(), e);
        }
    }

    String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String currentName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parser message (which quotes the file's characters) with control and invisible characters as {@code <U+XXXX>}. */
    static String safe(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        message.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
            if (hidden) {
                b.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
