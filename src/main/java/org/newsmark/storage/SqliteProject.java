package org.newsmark.storage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.fs.FileIdentity;
import org.newsmark.service.port.AdjudicationRepository;
import org.newsmark.service.port.AnalystRepository;
import org.newsmark.service.port.AnnotationRepository;
import org.newsmark.service.port.AttributeRepository;
import org.newsmark.service.port.DocumentRepository;
import org.newsmark.service.port.LabelRepository;
import org.newsmark.service.port.LinkRepository;
import org.newsmark.service.port.ProjectStore;

/** A project kept in one SQLite file: its connection, its lock when it writes, and the repositories. */
final class SqliteProject implements ProjectStore {

    private final Database db;
    private final ProjectLock lock;
    private final SqliteDocuments documents;
    private final SqliteLabels labels;
    private final SqliteAnalysts analysts;
    private final SqliteAnnotations annotations;
    private final SqliteAdjudications adjudications;
    private final SqliteAttributes attributes;
    private final SqliteLinks links;
    private final SqliteSources sources;
    private final SqliteLinkRejections linkRejections;
    private final SqliteMetadata metadata;
    private final SqliteStatistics statistics;
    private final SqliteCorpusIndex corpusIndex;
    private final SqliteStatuses statuses;

    private final Optional<String> readOnlyReason;

    /** A project in the current format (every writer: it was migrated when opened). */
    SqliteProject(Database db, ProjectLock lock, String readOnlyReason) {
        this(db, lock, readOnlyReason, Schema.currentVersion());
    }

    /** @param schemaVersion the file's format: a read-only session may see an older one */
    SqliteProject(Database db, ProjectLock lock, String readOnlyReason, int schemaVersion) {
        this.db = db;
        this.lock = lock;
        this.readOnlyReason = Optional.ofNullable(readOnlyReason);
        this.documents = new SqliteDocuments(db, schemaVersion);
        this.corpusIndex = new SqliteCorpusIndex(db, schemaVersion);
        this.labels = new SqliteLabels(db, schemaVersion);
        this.analysts = new SqliteAnalysts(db);
        this.annotations = new SqliteAnnotations(db, schemaVersion);
        this.adjudications = new SqliteAdjudications(db, schemaVersion);
        this.attributes = new SqliteAttributes(db, schemaVersion);
        this.links = new SqliteLinks(db, schemaVersion);
        this.sources = new SqliteSources(db, schemaVersion);
        this.linkRejections = new SqliteLinkRejections(db, schemaVersion);
        this.metadata = new SqliteMetadata(db, schemaVersion);
        this.statistics = new SqliteStatistics(db, schemaVersion);
        this.statuses = new SqliteStatuses(db, schemaVersion);
    }

    Database database() {
        return db;
    }

    @Override
    public String name() {
        return db.file().getFileName().toString();
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(db.file());
    }

    @Override
    public Optional<String> readOnlyReason() {
        return readOnlyReason;
    }

    @Override
    public boolean isOwnFile(Path path) {
        Path real = FileIdentity.real(db.file());
        Path where = FileIdentity.location(path);
        if (where.getParent() != null && where.getParent().equals(real.getParent())
                && ProjectFiles.belongsTo(real.getFileName().toString(), where.getFileName().toString())) {
            return true;
        }
        // the lock files count whether this session holds them or not (a read-only export must not replace a writer's lock)
        List<Path> locks = ProjectLock.lockFilesOf(real);
        if (locks.stream().anyMatch(l -> where.equals(FileIdentity.location(l)))) {
            return true;
        }
        Optional<Object> identity = FileIdentity.of(path);
        return identity.isPresent() && ownFiles(real, locks).stream().anyMatch(f -> identity.equals(FileIdentity.of(f)));
    }

    /** The project file, its side files and backups as they exist now, and the lock files. */
    private List<Path> ownFiles(Path real, List<Path> locks) {
        List<Path> out = new ArrayList<>(List.of(db.file(), real));
        out.addAll(locks);
        if (lock != null) {
            out.addAll(lock.files());
        }
        String name = real.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(real.getParent(), name + "*")) {
            for (Path p : siblings) {
                if (ProjectFiles.belongsTo(name, p.getFileName().toString())) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            // an unreadable folder: the names compared above still protect the side files
        }
        return out;
    }

    @Override
    public DocumentRepository documents() {
        return documents;
    }

    @Override
    public LabelRepository labels() {
        return labels;
    }

    @Override
    public AttributeRepository attributes() {
        return attributes;
    }

    @Override
    public AnalystRepository analysts() {
        return analysts;
    }

    @Override
    public AnnotationRepository annotations() {
        return annotations;
    }

    @Override
    public LinkRepository links() {
        return links;
    }

    @Override
    public org.newsmark.service.port.SourceRepository sources() {
        return sources;
    }

    @Override
    public org.newsmark.service.port.LinkRejectionRepository linkRejections() {
        return linkRejections;
    }

    @Override
    public org.newsmark.service.port.MetadataRepository metadata() {
        return metadata;
    }

    @Override
    public org.newsmark.service.port.StatisticsRepository statistics() {
        return statistics;
    }

    @Override
    public org.newsmark.service.port.CorpusIndex corpusIndex() {
        return corpusIndex;
    }

    @Override
    public org.newsmark.service.port.StatusRepository statuses() {
        return statuses;
    }

    @Override
    public AdjudicationRepository adjudications() {
        return adjudications;
    }

    @Override
    public <T, E extends Exception> T inTransaction(Work<T, E> work) throws E {
        return db.inTransaction(Database.CheckedWork.of(work));
    }

    @Override
    public <T, E extends Exception> T inSnapshot(Work<T, E> work) throws E {
        return db.inSnapshot(Database.CheckedWork.of(work));
    }

    @Override
    public String integrityCheck() {
        return db.integrityCheck();
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
