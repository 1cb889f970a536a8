package org.newsmark.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Brings a file up to {@link Schema#currentVersion()}, one numbered step at a time, each in a transaction. */
final class Migrations {

    private Migrations() {
    }

    static void apply(Connection c, int fromVersion) throws SQLException {
        apply(c, fromVersion, Schema.currentVersion());
    }

    /** Up to {@code toVersion} only: tests build files of older versions with it. */
    static void apply(Connection c, int fromVersion, int toVersion) throws SQLException {
        for (int v = fromVersion; v < toVersion; v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : Schema.MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
                if (v == 0) {
                    s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                    DefaultLabels.insert(c);
                }
                // PRAGMA takes no bound parameters; the value is our own constant
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
