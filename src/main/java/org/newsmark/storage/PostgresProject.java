package org.newsmark.storage;

import java.nio.file.Path;
import java.util.Optional;
import org.newsmark.service.port.ProjectChanges;

/** A team project: the repositories over the server's database, and the live listener beside them. */
final class PostgresProject extends JdbcProject {

    private final PostgresDatabase db;
    private final PostgresLive live;
    private final Optional<String> readOnlyReason;
    private final Optional<String> loginAnalyst;

    PostgresProject(PostgresDatabase db, PostgresLive live, String readOnlyReason, String loginAnalyst) {
        // opened only at this Newsmark's format (PostgresProjectStores refuses any other)
        super(db, new PostgresCorpusIndex(db), Schema.currentVersion());
        this.db = db;
        this.live = live;
        this.readOnlyReason = Optional.ofNullable(readOnlyReason);
        this.loginAnalyst = Optional.ofNullable(loginAnalyst);
    }

    PostgresDatabase database() {
        return db;
    }

    @Override
    public String name() {
        return db.projectName();
    }

    @Override
    public String shortName() {
        return db.address().database();
    }

    @Override
    public Optional<Path> file() {
        return Optional.empty();
    }

    @Override
    public Optional<String> readOnlyReason() {
        return readOnlyReason;
    }

    @Override
    public boolean isOwnFile(Path path) {
        return false; // the project lives on the server: no local file of it can be overwritten
    }

    @Override
    public void listen(ProjectChanges listener) {
        if (live != null) {
            live.add(listener);
        }
    }

    @Override
    public Optional<String> loginAnalyst() {
        return loginAnalyst;
    }

    @Override
    public String integrityCheck() {
        // the server keeps its own pages whole; what can be checked from here is that it answers
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT version FROM project_format")) {
                return rs.next() ? "ok" : "the project has no format row";
            }
        });
    }

    @Override
    public void close() {
        try {
            if (live != null) {
                live.close();
            }
        } finally {
            db.close();
        }
    }
}
