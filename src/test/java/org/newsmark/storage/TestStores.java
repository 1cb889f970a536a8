package org.newsmark.storage;

import java.nio.file.Path;
import org.newsmark.service.port.ProjectRefusedException;

/** The SQLite stores as storage tests use them: the implementation type, to reach its database. */
final class TestStores {

    private TestStores() {
    }

    static SqliteProject create(Path file) throws ProjectRefusedException {
        return (SqliteProject) new SqliteProjectStores().create(file);
    }

    static SqliteProject open(Path file) throws ProjectRefusedException {
        return (SqliteProject) new SqliteProjectStores().open(file);
    }

    static SqliteProject openReadOnly(Path file) throws ProjectRefusedException {
        return (SqliteProject) new SqliteProjectStores().openReadOnly(file);
    }
}
