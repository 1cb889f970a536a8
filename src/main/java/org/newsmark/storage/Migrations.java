package org.newsmark.storage;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Brings a file up to {@link Schema#currentVersion()}, one numbered step at a time, each in its own transaction. */
final class Migrations {

    private Migrations() {
    }

    static void apply(SqliteDatabase db, int fromVersion) throws SQLException {
        apply(db, fromVersion, Schema.currentVersion());
    }

    /** Up to {@code toVersion} only: tests build files of older versions with it, the schema check its reference. */
    static void apply(SqliteDatabase db, int fromVersion, int toVersion) throws SQLException {
        for (int v = fromVersion; v < toVersion; v++) {
            int step = v;
            if (step == Schema.SOURCES_FROM - 1) {
                // the attributes table is rebuilt while tag values and choices refer to it: SQLite's own
                // procedure turns the checks off around the transaction and checks every reference at its end
                foreignKeys(db, false);
                try {
                    applyStep(db, step);
                } finally {
                    foreignKeys(db, true);
                }
            } else {
                applyStep(db, step);
            }
        }
    }

    private static void foreignKeys(SqliteDatabase db, boolean on) {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                // outside a transaction, where the setting takes effect; the values are our own constants
                return s.execute(on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF");
            }
        });
    }

    private static void applyStep(SqliteDatabase db, int step) throws SQLException {
            db.inTransaction(() -> db.read(c -> {
                try (Statement s = c.createStatement()) {
                    for (String sql : Schema.MIGRATIONS.get(step)) {
                        s.execute(sql);
                    }
                    if (step == 0) {
                        s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                        DefaultLabels.insert(c);
                    }
                    if (step == Schema.CODEBOOK_FROM - 1) {
                        // new projects and migrated ones alike: the default attributes on the default labels they have
                        DefaultLabels.insertAttributes(c);
                    }
                    if (step == Schema.LINKS_FROM - 1) {
                        // likewise the default link types, on the default labels they have
                        DefaultLabels.insertLinkTypes(c);
                    }
                    if (step == Schema.SOURCES_FROM - 1) {
                        // a new project's speaker attribute too: made as text before format 6 allowed the type
                        SpeakerSources.convert(c);
                        for (String child : List.of("PRAGMA foreign_key_check(tag_values)", "PRAGMA foreign_key_check(attribute_choices)",
                                "PRAGMA foreign_key_check(article_codes)")) {
                            try (java.sql.ResultSet broken = s.executeQuery(child)) {
                                if (broken.next()) {
                                    throw new SQLException("a value or choice lost its attribute while the attributes were rebuilt");
                                }
                            }
                        }
                    }
                    // PRAGMA takes no bound parameters; the value is our own constant
                    s.execute("PRAGMA user_version = " + (step + 1));
                }
                return null;
            }));
    }
}
