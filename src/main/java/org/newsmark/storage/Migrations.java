package org.newsmark.storage;

import java.sql.SQLException;
import java.sql.Statement;

/** Brings a file up to {@link Schema#currentVersion()}, one numbered step at a time, each in its own transaction. */
final class Migrations {

    private Migrations() {
    }

    static void apply(Database db, int fromVersion) throws SQLException {
        apply(db, fromVersion, Schema.currentVersion());
    }

    /** Up to {@code toVersion} only: tests build files of older versions with it, the schema check its reference. */
    static void apply(Database db, int fromVersion, int toVersion) throws SQLException {
        for (int v = fromVersion; v < toVersion; v++) {
            int step = v;
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
                    }
                    // PRAGMA takes no bound parameters; the value is our own constant
                    s.execute("PRAGMA user_version = " + (step + 1));
                }
                return null;
            }));
        }
    }
}
