package org.newsmark.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.newsmark.domain.ArticleDensity;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.StatisticsTable;
import org.newsmark.domain.TagCount;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.io.csv.CsvTableWriter;

/** The statistics tables as CSV and JSON: one column (field) per key in the order given, then {@code tags}. */
public final class StatisticsFiles {

    public static final String TAGS = "tags";

    private StatisticsFiles() {
    }

    /** Leaves {@code out} open (flushed), for standard output. */
    public static void csv(StatisticsTable table, OutputStream out, CsvOptions options) throws IOException {
        String[] header = new String[table.keys().size() + 1];
        for (int i = 0; i < table.keys().size(); i++) {
            header[i] = table.keys().get(i).id();
        }
        header[header.length - 1] = TAGS;
        CsvTableWriter w = new CsvTableWriter(out, options, header);
        for (TagCount r : table.rows()) {
            Object[] cells = new Object[header.length];
            for (int i = 0; i < r.values().size(); i++) {
                cells[i] = r.values().get(i);
            }
            cells[header.length - 1] = r.tags();
            w.row(cells);
        }
        w.flush();
    }

    /** An array of objects, one per row, fields named as the CSV's columns; leaves {@code out} open. */
    public static void json(StatisticsTable table, OutputStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        g.writeStartArray();
        for (TagCount r : table.rows()) {
            g.writeStartObject();
            List<StatisticsKey> keys = table.keys();
            for (int i = 0; i < keys.size(); i++) {
                g.writeStringField(keys.get(i).id(), r.values().get(i));
            }
            g.writeNumberField(TAGS, r.tags());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }

    /** Per-article density: document_id, title, outlet, characters, tags, tags_per_1000_chars (two decimals). */
    public static void density(List<ArticleDensity> rows, OutputStream out, CsvOptions options) throws IOException {
        CsvTableWriter w = new CsvTableWriter(out, options, "document_id", "title", "outlet", "characters", TAGS,
                "tags_per_1000_chars");
        for (ArticleDensity d : rows) {
            w.row(d.documentId(), d.title(), d.outlet(), d.characters(), d.tags(), perThousand(d));
        }
        w.flush();
    }

    /** Two decimals with a point, whatever the locale: a number a spreadsheet reads. */
    public static String perThousand(ArticleDensity d) {
        return String.format(Locale.ROOT, "%.2f", d.perThousand());
    }
}
