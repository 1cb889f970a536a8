package org.newsmark.storage;

import org.newsmark.service.port.AdjudicationRepository;
import org.newsmark.service.port.AnalystRepository;
import org.newsmark.service.port.AnnotationRepository;
import org.newsmark.service.port.AttributeRepository;
import org.newsmark.service.port.CorpusIndex;
import org.newsmark.service.port.DocumentRepository;
import org.newsmark.service.port.LabelRepository;
import org.newsmark.service.port.LinkRejectionRepository;
import org.newsmark.service.port.LinkRepository;
import org.newsmark.service.port.MetadataRepository;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.service.port.SourceRepository;
import org.newsmark.service.port.StatisticsRepository;
import org.newsmark.service.port.StatusRepository;
import org.newsmark.service.port.SuggestionRejectionRepository;

/** The repositories over one database, the same on every backend; the subclasses add where the project lives. */
abstract class JdbcProject implements ProjectStore {

    private final Database db;
    private final JdbcDocuments documents;
    private final JdbcLabels labels;
    private final JdbcAnalysts analysts;
    private final JdbcAnnotations annotations;
    private final JdbcAdjudications adjudications;
    private final JdbcAttributes attributes;
    private final JdbcLinks links;
    private final JdbcSources sources;
    private final JdbcLinkRejections linkRejections;
    private final JdbcSuggestionRejections suggestionRejections;
    private final JdbcMetadata metadata;
    private final JdbcStatistics statistics;
    private final CorpusIndex corpusIndex;
    private final JdbcStatuses statuses;
    private final int schemaVersion;

    /** @param schemaVersion the project's format: a read-only session may see an older one */
    JdbcProject(Database db, CorpusIndex corpusIndex, int schemaVersion) {
        this.db = db;
        this.documents = new JdbcDocuments(db, schemaVersion);
        this.corpusIndex = corpusIndex;
        this.labels = new JdbcLabels(db, schemaVersion);
        this.analysts = new JdbcAnalysts(db);
        this.annotations = new JdbcAnnotations(db, schemaVersion);
        this.adjudications = new JdbcAdjudications(db, schemaVersion);
        this.attributes = new JdbcAttributes(db, schemaVersion);
        this.links = new JdbcLinks(db, schemaVersion);
        this.sources = new JdbcSources(db, schemaVersion);
        this.linkRejections = new JdbcLinkRejections(db, schemaVersion);
        this.suggestionRejections = new JdbcSuggestionRejections(db, schemaVersion);
        this.metadata = new JdbcMetadata(db, schemaVersion);
        this.statistics = new JdbcStatistics(db, schemaVersion);
        this.statuses = new JdbcStatuses(db, schemaVersion);
        this.schemaVersion = schemaVersion;
    }

    /** The project's format as this session reads it. */
    int schemaVersion() {
        return schemaVersion;
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
    public SourceRepository sources() {
        return sources;
    }

    @Override
    public LinkRejectionRepository linkRejections() {
        return linkRejections;
    }

    @Override
    public SuggestionRejectionRepository suggestionRejections() {
        return suggestionRejections;
    }

    @Override
    public MetadataRepository metadata() {
        return metadata;
    }

    @Override
    public StatisticsRepository statistics() {
        return statistics;
    }

    @Override
    public CorpusIndex corpusIndex() {
        return corpusIndex;
    }

    @Override
    public StatusRepository statuses() {
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
}
