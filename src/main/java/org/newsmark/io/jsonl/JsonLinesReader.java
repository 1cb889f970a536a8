package org.newsmark.io.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;

/** Reads what {@link JsonLinesWriter} writes; blank lines are skipped, unknown fields ignored. */
public final class JsonLinesReader {

    private static final ObjectReader READER = JsonLinesWriter.MAPPER.readerFor(JsonlDocument.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonLinesReader() {
    }

    public static List<JsonlDocument> read(byte[] bytes, String fileName) throws ImportException {
        List<JsonlDocument> documents = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(StrictText.utf8(bytes, fileName)))) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    documents.add(READER.readValue(line));
                } catch (JsonProcessingException e) {
                    throw new ImportException(fileName, lineNumber, "is not a valid document object: "
                            + e.getOriginalMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new ImportException(fileName, "could not be read: " + e.getMessage(), e);
        }
        return documents;
    }
}
