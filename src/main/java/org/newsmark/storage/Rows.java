package org.newsmark.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    static Annotation annotation(ResultSet rs) throws SQLException {
        return new Annotation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                new Span(rs.getInt(5), rs.getInt(6)), rs.getString(7), rs.getString(8),
                IsoInstants.parse(rs.getString(9)), IsoInstants.parse(rs.getString(10)));
    }

    static Label label(ResultSet rs) throws SQLException {
        return new Label(rs.getLong("id"), rs.getString("name"), rs.getString("color"),
                rs.getString("shortcut"), rs.getString("definition"));
    }

    static Analyst analyst(ResultSet rs) throws SQLException {
        return new Analyst(rs.getLong("id"), rs.getString("name"));
    }
}
