package org.newsmark.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.service.port.ProjectStore;

/**
 * An open project as the UI and the command line see it: every service over one project, built
 * here and nowhere else. Opening goes through {@link ProjectSessions}.
 */
public final class ProjectSession implements AutoCloseable {

    private final ProjectStore store;
    private final ProjectSessions opener;
    private final DocumentService documents;
    private final AnnotationService annotations;
    private final ExportService export;
    private final ArticleImportService articleImports;
    private final AnnotationImportService annotationImports;
    private final ComparisonService comparisons;
    private final CodebookService codebook;
    private final CodebookTransfer codebookTransfer;
    private final SourceService sources;
    private final ArticleMetadataService metadata;
    private final StatisticsService statistics;
    private final ArticleStatusService statuses;
    private final ManifestImport manifests;
    private final CorpusSearchService corpusSearch;
    private final CorpusTagAll corpusTagAll;
    private final ArticleVersionService versions;
    private final SuggestionService suggestions;
    private final List<Runnable> codebookListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    ProjectSession(ProjectStore store, ProjectSessions opener) {
        this.store = store;
        this.opener = opener;
        this.documents = new DocumentService(store);
        this.annotations = new AnnotationService(store);
        this.export = new ExportService(store);
        this.articleImports = new ArticleImportService(store, documents);
        this.annotationImports = new AnnotationImportService(store);
        this.comparisons = new ComparisonService(this);
        this.codebook = new CodebookService(store, () -> codebookListeners.forEach(Runnable::run), annotations::forgetHistory,
                annotations);
        this.sources = new SourceService(store, annotations::forgetHistory);
        this.metadata = new ArticleMetadataService(store);
        this.statistics = new StatisticsService(store);
        this.statuses = new ArticleStatusService(store);
        this.manifests = new ManifestImport(store, articleImports);
        this.corpusSearch = new CorpusSearchService(store);
        this.corpusTagAll = new CorpusTagAll(store, corpusSearch, annotations);
        this.versions = new ArticleVersionService(store, documents, annotations::forgetHistory);
        this.suggestions = new SuggestionService(store, annotations, codebook, sources);
        this.codebookTransfer = new CodebookTransfer(store, codebook, () -> codebookListeners.forEach(Runnable::run));
    }

    /** For services in this package: the repositories. */
    ProjectStore store() {
        return store;
    }

    /** How messages name the project. */
    public String name() {
        return store.name();
    }

    /** What names of files made from the project start with (study.newsmark and a team project "study" both give "study"). */
    public String shortName() {
        return store.shortName();
    }

    /** The project file, for a project kept in one file. */
    public Optional<Path> file() {
        return store.file();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /** Why nothing can be written here, in words for the user; empty when it can. */
    public Optional<String> readOnlyReason() {
        return store.readOnlyReason();
    }

    /** Whether {@code path}, by any name, is one of the files this project lives in (outputs never replace them). */
    public boolean isOwnFile(Path path) {
        return store.isOwnFile(path);
    }

    public DocumentService documents() {
        return documents;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public ExportService export() {
        return export;
    }

    public ArticleImportService articleImports() {
        return articleImports;
    }

    /** New versions of articles already in the project: plan, apply, undo, and the review list. */
    public ArticleVersionService versions() {
        return versions;
    }

    /** The detectors' suggestions in an article, as one analyst accepts and rejects them. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    /** Importing a folder of articles: plan, then all or nothing or each file on its own. */
    public FolderImport folderImports() {
        return new FolderImport(store, articleImports);
    }

    public AnnotationImportService annotationImports() {
        return annotationImports;
    }

    /** The codebook: labels, attributes, article codes. */
    public CodebookService codebook() {
        return codebook;
    }

    /** Codebook files: export, and import by plan. */
    public CodebookTransfer codebookFiles() {
        return codebookTransfer;
    }

    /** Told after every committed change to the codebook. */
    public void addCodebookListener(Runnable listener) {
        codebookListeners.add(listener);
    }

    public void removeCodebookListener(Runnable listener) {
        codebookListeners.remove(listener);
    }

    /** The sources tags point to, and the ledger of who gets quoted. */
    public SourceService sources() {
        return sources;
    }

    /** Article metadata (outlet, author, published, url, language, custom fields). */
    public ArticleMetadataService metadata() {
        return metadata;
    }

    /** Counts of tags by outlet, label, analyst, month, article and article code. */
    public StatisticsService statistics() {
        return statistics;
    }

    /** Each analyst's status of each article, and the article list's rows. */
    public ArticleStatusService statuses() {
        return statuses;
    }

    /** Importing with a manifest CSV of metadata. */
    public ManifestImport manifests() {
        return manifests;
    }

    /** Searching every article's text (the corpus index). */
    public CorpusSearchService corpusSearch() {
        return corpusSearch;
    }

    /** Tagging every corpus search hit with a label. */
    public CorpusTagAll corpusTagAll() {
        return corpusTagAll;
    }

    public ComparisonService comparisons() {
        return comparisons;
    }

    /** Adjudication into the named consensus layer (usually {@link AdjudicationService#DEFAULT_CONSENSUS}). */
    public AdjudicationService adjudication(String consensusName) {
        return new AdjudicationService(this, consensusName);
    }

    /** Merging other projects into this one; they are opened for reading only. */
    public ProjectMergeService merges() {
        return new ProjectMergeService(this, opener);
    }

    /** The project as REFI-QDA, UIMA XMI and W3C Web Annotation files see it: export snapshots and imports. */
    public ExchangeService exchange() {
        return new ExchangeService(this, opener);
    }

    /** REFI-QDA, UIMA XMI and W3C Web Annotation files: export and import. */
    public ExchangeFiles exchangeFiles() {
        return new ExchangeFiles(this);
    }

    /** Reads done in {@code work} see one consistent state of the project (a read-only command's listing). */
    public <T, E extends Exception> T inSnapshot(ProjectStore.Work<T, E> work) throws E {
        return store.inSnapshot(work);
    }

    public List<Label> labels() {
        return store.labels().all();
    }

    /** Adds a label at the end of the codebook; {@code key} may be null (no shortcut). */
    public Label addLabel(String name, String color, String key, String definition) {
        if (isReadOnly()) {
            throw new AnnotationConflictException(name() + " is open read-only; the codebook cannot be changed.");
        }
        return store.labels().insert(Names.label(name), color, key, definition);
    }

    public List<Analyst> analysts() {
        return store.analysts().all();
    }

    public Optional<Analyst> findAnalyst(String name) {
        return store.analysts().findByName(name);
    }

    /**
     * The analyst of that name, created when the project has none (a read-only project gives an
     * unsaved analyst with id -1). The name is stripped and checked by {@link Names}.
     *
     * @throws Names.InvalidNameException (an IllegalArgumentException) when the name is refused;
     *                                    its message says why, and nothing is stored
     */
    public Analyst analyst(String name) {
        String n = Names.analyst(name);
        if (isReadOnly()) {
            return findAnalyst(n).orElse(new Analyst(-1, n));
        }
        // a read first: opening a project as a known analyst writes nothing (and waits for no integrity check, ADR 0030)
        return findAnalyst(n).orElseGet(() -> store.analysts().findOrCreate(n));
    }

    /** Tells {@code listener} of other sessions' changes and of the connection, where the project is shared (a team project). */
    public void listen(org.newsmark.service.port.ProjectChanges listener) {
        store.listen(listener);
    }

    /** The analyst this session's login writes as, in a team project; empty for a file (any analyst may be chosen). */
    public Optional<String> loginAnalyst() {
        return store.loginAnalyst();
    }

    /** Whether this project is shared with other sessions (a team project on a server). */
    public boolean isShared() {
        return store.file().isEmpty();
    }

    /** The backend's consistency check: "ok", or the first problem found. */
    public String integrityCheck() {
        return store.integrityCheck();
    }

    @Override
    public void close() {
        store.close();
    }
}
