package org.newsmark.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.newsmark.domain.IsoInstants;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/** Maps result-set rows to domain records. */
final class Rows {

    static final String ANNOTATION_COLUMNS =
            "id, document_id, analyst_id, label_id, begin_utf16, end_utf16, note, fragment_group, created_at, updated_at";

    private Rows() {
    }

    /**
     * A tag row. Values no Newsmark writes (a damaged file that passed the quick check: a time
     * that is not one, a span that is not {@code 0 <= begin < end}) become an SQLException, which
     * callers turn into a NotSavedException naming the project, like any other damage found while
     * reading.
     */
    static Annotation annotation(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        // each column read is a call into SQLite: read each once (exports read a million rows)
        long begin = rs.getLong(5);
        long end = rs.getLong(6);
        if (begin < 0 || end <= begin || end > Integer.MAX_VALUE) {
            throw damaged("tag " + id + " has the span " + rs.getString(5) + "–" + rs.getString(6));
        }
        return new Annotation(id, rs.getLong(2), rs.getLong(3), rs.getLong(4),
                new Span((int) begin, (int) end), rs.getString(7), rs.getString(8),
                time(rs, 9, "tag", id), time(rs, 10, "tag", id));
    }

    /** A stored time ({@link IsoInstants}) of the row {@code kind id}; one that is not is damage. */
    static Instant time(ResultSet rs, int column, String kind, long id) throws SQLException {
        if (rs instanceof org.sqlite.jdbc3.JDBC3ResultSet) {
            // SQLite hands a text's bytes over without a String: a fifth of a million-row export's Java time
            byte[] b = rs.getBytes(column);
            if (b != null) {
                try {
                    return IsoInstants.parse(b);
                } catch (DateTimeParseException e) {
                    // named below, from the text
                }
            }
        }
        String v = rs.getString(column);
        try {
            return IsoInstants.parse(v);
        } catch (DateTimeParseException | NullPointerException e) {
            throw damaged(kind + " " + id + " has the time " + (v == null ? "NULL" : "'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v)
                    + "'") + " in " + rs.getMetaData().getColumnName(column));
        }
    }

    private static SQLException damaged(String what) {
        return new SQLException("the file is damaged: " + what + ", which Newsmark never writes"
                + " (open a backup, or repair the file with an SQLite tool)");
    }

    /** @param codebook whether the row has the columns of format 4 (rules, examples, retired) */
    static Label label(ResultSet rs, boolean codebook) throws SQLException {
        if (!codebook) {
            return new Label(rs.getLong("id"), rs.getString("name"), rs.getString("color"),
                    rs.getString("shortcut"), rs.getString("definition"));
        }
        return new Label(rs.getLong("id"), rs.getString("name"), rs.getString("color"), rs.getString("shortcut"),
                rs.getString("definition"), rs.getString("rules"), rs.getString("examples"), rs.getInt("retired") == 1);
    }

    static Analyst analyst(ResultSet rs) throws SQLException {
        return new Analyst(rs.getLong("id"), rs.getString("name"));
    }
}
