package org.newsmark.storage;

import java.util.regex.Pattern;

/**
 * The only way a name enters SQL text where no value can be bound (DDL, role and table names):
 * a user's name (database, login) always quoted, a table checked against Newsmark's own, and a
 * fragment marked as made here from those. NoConcatenatedSqlTest lets these calls through and
 * nothing else.
 */
final class SqlNames {

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z_]{0,62}");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private SqlNames() {
    }

    /** A quoted identifier: any name, even one with quotes or spaces, stays one identifier. */
    static String id(String name) {
        if (name.indexOf('\0') >= 0 || name.isEmpty()) {
            throw new IllegalArgumentException("not a name: " + name);
        }
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A string literal (for pg_has_role's role name in a policy, where no parameter can stand). */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** One of Newsmark's tables, written as it is; anything else is refused. */
    static String table(String name) {
        if (!TABLE.matcher(name).matches() || !(ProjectCopy.TABLES.contains(name) || PostgresSchema.WITH_IDS.contains(name)
                || name.equals("tag_counts") || name.equals("corpus_index"))) {
            throw new IllegalArgumentException("not a table of a Newsmark project: " + name);
        }
        return name;
    }

    /** Column names read from the table's own metadata and checked like table names. */
    static String columns(java.util.List<String> columns) {
        for (String c : columns) {
            if (!COLUMN.matcher(c).matches()) {
                throw new IllegalArgumentException("not a column of a Newsmark table: " + c);
            }
        }
        return String.join(", ", columns);
    }

    /** A fragment this package built from constants and the calls above only (a policy's condition, "?, ?, ?"). */
    static String made(String fragment) {
        return fragment;
    }
}
