package org.newsmark.storage;

import org.newsmark.service.port.ProjectStore;

/** Fault injection for tests in other packages; the SQL stays in the storage package. */
public final class StorageFaults {

    private StorageFaults() {
    }

    /**
     * Lets the file grow by at most {@code extraPages} pages: beyond that SQLite answers
     * SQLITE_FULL, through the same path as a full disk.
     */
    public static void capGrowth(ProjectStore project, int extraPages) {
        ((SqliteProject) project).database().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                long max = rs.getLong(1) + extraPages;
                // PRAGMA takes no bound parameters; max is a number computed here
                s.execute("PRAGMA max_page_count = " + max);
                return null;
            }
        });
    }
}
