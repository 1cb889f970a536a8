package org.newsmark.storage;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** The files SQLite and Newsmark keep beside a project file, which nothing else may write. */
final class ProjectFiles {

    private static final Pattern BACKUP = Pattern.compile("\\.bak-v\\d+(-wal|-shm)?");

    private ProjectFiles() {
    }

    static Path wal(Path db) {
        return sibling(db, "-wal");
    }

    static Path shm(Path db) {
        return sibling(db, "-shm");
    }

    static Path lock(Path db) {
        return sibling(db, ".lock");
    }

    static Path backup(Path db, int version) {
        return sibling(db, ".bak-v" + version);
    }

    /** Whether {@code name} is the name of the project file {@code dbName} or of one of its side files. */
    static boolean belongsTo(String dbName, String name) {
        if (!name.startsWith(dbName)) {
            return false;
        }
        String rest = name.substring(dbName.length());
        return rest.isEmpty() || rest.equals("-wal") || rest.equals("-shm") || rest.equals("-journal")
                || rest.equals(".lock") || BACKUP.matcher(rest).matches();
    }

    private static Path sibling(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }
}
