package org.newsmark.io.jsonl;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes one JSON object per line, per document:
 * {@code {"id":..,"title":..,"sha256":..,"text":..,"annotations":[{"id":..,"analyst":..,"label":..,
 * "start":..,"end":..,"text":..,"note":..}]}}. UTF-8, LF, offsets in code points. Newlines inside
 * strings are escaped by JSON, so each document stays on one line.
 */
public final class JsonLinesWriter implements Closeable {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * Straight into the buffered writer: {@code writeValueAsString} built each line (a whole
     * article) in Jackson's segmented buffer and copied it into a String first. The generator is
     * the same one, so the characters are too; no flush per line.
     */
    private static final ObjectWriter LINE = MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final Writer out;

    public JsonLinesWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    public void write(JsonlDocument document) throws IOException {
        LINE.writeValue(out, document);
        out.write('\n');
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
