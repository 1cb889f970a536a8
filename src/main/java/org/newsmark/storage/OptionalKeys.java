package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Conditions on keys that may be absent ("this article's tags", or every article's): {@code column = ?}
 * for each key given, nothing for the others. Not {@code (? IS NULL OR column = ?)}, for which SQLite
 * cannot search an index: it walked all 1,000,000 tags to open one article of the benchmark's study.
 * Columns are the caller's constants, refused unless they are plain column names; values are
 * always bound, so nothing but "column = ?" and " AND " ever reaches the SQL (NoConcatenatedSqlTest
 * allows {@code keys.where()} for that reason).
 */
final class OptionalKeys {

    private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("[a-z_]+(\\.[a-z_]+)?");

    private final List<String> conditions = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();

    static OptionalKeys of(String column, Long value) {
        return new OptionalKeys().and(column, value);
    }

    OptionalKeys and(String column, Long value) {
        if (!COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        if (value != null) {
            conditions.add(column + " = ?");
            values.add(value);
        }
        return this;
    }

    /** " WHERE a = ? AND b = ?", or "" when no key is given. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** " AND a = ? AND b = ?", to follow a WHERE of the caller's, or "". */
    String andWhere() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    /** Binds the given keys from parameter {@code first}; returns the next parameter's index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (long v : values) {
            ps.setLong(i++, v);
        }
        return i;
    }
}
