package org.newsmark.ui.workbench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.service.AnnotationChange;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.ProjectSession;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.TaskRunner;
import org.newsmark.ui.attributes.ArticleCodesViewModel;
import org.newsmark.ui.attributes.AttributesViewModel;
import org.newsmark.ui.compare.ComparisonViewModel;
import org.newsmark.ui.transfer.ArticleImportViewModel;
import org.newsmark.ui.transfer.MergeViewModel;
import org.newsmark.ui.transfer.ProjectView;
import org.newsmark.ui.transfer.TagTransferViewModel;

/**
 * State and actions of the main window, without a single Node: the open document, the analyst
 * whose tags are shown, the one list of shown tags, the selection, and what the status bar
 * says. Every action goes through the services, which commit before they return; long work and
 * questions go through the task runner and the dialog service it is given, and whatever they
 * change reaches this state on the UI thread only.
 */
public final class WorkbenchViewModel implements ProjectView {

    private final ProjectSession project;
    private final AnnotationService annotationService;
    private final TaskRunner tasks;
    private final DialogService dialogs;

    private final ObservableList<Label> labels = FXCollections.observableArrayList();
    private final ObservableList<Label> toolbarLabels = new javafx.collections.transformation.FilteredList<>(labels, l -> !l.retired());
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ObservableList<Analyst> analysts = FXCollections.observableArrayList();
    private final ShownTags shownTags = new ShownTags();
    private final SaveStatusViewModel status;
    private final ObjectProperty<Document> document = new SimpleObjectProperty<>();
    private final ObjectProperty<Analyst> analyst = new SimpleObjectProperty<>();
    private final ObjectProperty<Analyst> shownAnalyst = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final StringProperty labelCounts = new SimpleStringProperty("");
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(false);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final BooleanBinding readOnly;
    /** The open article is an earlier version (File › Show Earlier Version): read-only, with the current one named. */
    private final ObjectProperty<Document> currentOfShown = new SimpleObjectProperty<>();
    private final Map<Long, String> analystNames = new HashMap<>();
    private final ArticleImportViewModel articleImport;
    private final org.newsmark.ui.transfer.NewVersionViewModel newVersions;
    private final TagTransferViewModel tagTransfer;
    private final MergeViewModel merge;
    private final org.newsmark.ui.transfer.ExchangeViewModel exchange;
    private final org.newsmark.ui.transfer.CodebookFilesViewModel codebookFiles;
    private final ArticlesViewModel articles;
    private final PanelLayout layout = new PanelLayout();
    private final TagEditsViewModel edits;
    private final TagNavigationViewModel navigation;
    private final AttributesViewModel attributes;
    private final ArticleCodesViewModel articleCodes;
    private final org.newsmark.ui.links.LinkingViewModel linking;
    private final org.newsmark.ui.find.FindViewModel find;
    private final org.newsmark.ui.find.TagAllViewModel tagAll;
    private final ArticleTableViewModel articleTable;
    private final org.newsmark.ui.suggest.SuggestionsViewModel suggestions;

    public WorkbenchViewModel(ProjectSession project, Analyst analyst, TaskRunner tasks, DialogService dialogs) {
        this.project = project;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = new SaveStatusViewModel(dialogs, project.readOnlyReason().orElse(null));
        this.annotationService = project.annotations();
        this.analyst.set(analyst);
        this.shownAnalyst.set(analyst);
        this.readOnly = Bindings.createBooleanBinding(() -> project.isReadOnly() || this.shownAnalyst.get() == null
                || this.analyst.get() == null || this.shownAnalyst.get().id() != this.analyst.get().id()
                || currentOfShown.get() != null, this.shownAnalyst, this.analyst, currentOfShown);
        Path folder = project.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
        this.articleImport = new ArticleImportViewModel(project.articleImports(), tasks, dialogs, this);
        this.newVersions = new org.newsmark.ui.transfer.NewVersionViewModel(project.versions(), project.articleImports(), tasks,
                dialogs, this);
        articleImport.useNewVersions(newVersions);
        newVersions.justImportedProperty().addListener((o, was, now) -> refreshHistory());
        this.tagTransfer = new TagTransferViewModel(project.annotationImports(), project.export(), tasks, dialogs, this,
                project.shortName(), folder);
        this.merge = new MergeViewModel(project.merges(), tasks, dialogs, this);
        this.exchange = new org.newsmark.ui.transfer.ExchangeViewModel(project.exchangeFiles(), tasks, dialogs, this,
                project.shortName(), folder);
        this.codebookFiles = new org.newsmark.ui.transfer.CodebookFilesViewModel(project.codebookFiles(), tasks, dialogs, this,
                project.shortName(), folder);
        this.articles = new ArticlesViewModel(this, project.documents(), status, dialogs);
        this.edits = new TagEditsViewModel(this, annotationService, status, dialogs);
        this.navigation = new TagNavigationViewModel(this, shownTags, status);
        this.attributes = new AttributesViewModel(project.codebook(), annotationService, status, selected, shownTags.list(),
                readOnly, a -> excerpt(a, 60));
        this.articleCodes = new ArticleCodesViewModel(project.codebook(), status, document, this.analyst, shownAnalyst, readOnly);
        this.linking = new org.newsmark.ui.links.LinkingViewModel(annotationService, shownTags.list(), selected, document,
                shownAnalyst, readOnly, new org.newsmark.ui.links.TagWords() {
                    @Override public String labelName(long id) { return labels.stream().filter(l -> l.id() == id).map(Label::name).findFirst().orElse("?"); }
                    @Override public String excerpt(Annotation a, int max) { return WorkbenchViewModel.this.excerpt(a, max); }
                }, status, dialogs, tasks);
        attributes.useSources(project.sources());
        articleCodes.useSources(project.sources());
        this.suggestions = new org.newsmark.ui.suggest.SuggestionsViewModel(project.suggestions(), document, this.analyst, readOnly,
                tasks, dialogs, status);
        suggestions.canUndoRejectProperty().addListener((o, was, now) -> refreshHistory());
        this.find = new org.newsmark.ui.find.FindViewModel(document, tasks);
        this.tagAll = new org.newsmark.ui.find.TagAllViewModel(find, annotationService, document, this.analyst, shownTags.list(),
                toolbarLabels, readOnly, layerBanner(), dialogs, status, newTagValues());
        // edits may be committed on another thread (adjudication, later a server): show them on the UI thread
        annotationService.addListener(change -> tasks.onUiThread(() -> onCommitted(change)));
        annotationService.addArticleCodesListener(() -> tasks.onUiThread(() -> {
            articleCodes.reload();
            refreshHistory();
        }));
        // a codebook change (the editor, later another client) renames, recolours, re-keys or merges labels: draw them anew
        project.addCodebookListener(() -> tasks.onUiThread(this::codebookReloaded));
        this.articleTable = new ArticleTableViewModel(this, project.statuses(), project.metadata(), status, tasks);
        // a team project: other analysts' edits and the server connection, as they happen
        project.listen(new org.newsmark.ui.common.LiveChangesViewModel(tasks, this::layerChangedElsewhere, doc -> { }, this::connectionChanged));
        reloadProjectData();
    }

    /** Another session changed a layer: the shown article's tags are read again when it is that layer. */
    void layerChangedElsewhere(long documentId, long analystId) {
        Document d = document.get();
        Analyst shown = shownAnalyst.get();
        if (d == null || shown == null || d.id() != documentId || shown.id() != analystId) {
            return;
        }
        Annotation keep = selected.get();
        try {
            shownTags.setAll(tagsOf(d, shown));
        } catch (org.newsmark.service.port.NotSavedException gone) {
            status.message().set(gone.getMessage());
            return;
        }
        selected.set(keep == null ? null : shownTags.list().stream().filter(a -> a.id() == keep.id()).findFirst().orElse(null));
        linking.reload();
        refreshCounts();
        status.message().set("Tags of " + shown.name() + " changed in another session: shown as saved on the server.");
    }

    /** The server went away or came back: said at once; when back, the shown article is read again (changes may have been missed). */
    void connectionChanged(boolean up, String message) {
        status.connection(up, message);
        if (up) {
            try {
                reloadCurrent();
            } catch (org.newsmark.service.port.NotSavedException again) {
                status.message().set(again.getMessage()); // lost again at once: the next "back" reads it
            }
        }
    }

    // --- state ---------------------------------------------------------------

    /** Every label of the codebook, retired ones too (their tags are still shown). */
    public ObservableList<Label> labels() { return labels; }

    /** The labels a new tag may take, in toolbar order: not retired. */
    public ObservableList<Label> toolbarLabels() { return toolbarLabels; }
    public ObservableList<DocumentSummary> documents() { return documents; }

    /** The project's analysts, for the Analyst menu. */
    public ObservableList<Analyst> analysts() { return analysts; }

    /** The shown analyst's tags in the open document, in text order: what the editor and the table draw. */
    public ObservableList<Annotation> annotations() { return shownTags.list(); }

    /** Where the tag with {@code a}'s id is in {@link #annotations()} (binary search by span), or -1. */
    int shownIndexOf(Annotation a) { return shownTags.indexOf(a); }
    public ObjectProperty<Document> documentProperty() { return document; }
    public ObjectProperty<Analyst> analystProperty() { return analyst; }
    public ObjectProperty<Analyst> shownAnalystProperty() { return shownAnalyst; }
    public ObjectProperty<Annotation> selectedProperty() { return selected; }
    public StringProperty messageProperty() { return status.message(); }
    public ReadOnlyStringProperty saveStateProperty() { return status.saveState(); }
    public StringProperty labelCountsProperty() { return labelCounts; }
    public BooleanProperty snapToWordsProperty() { return snapToWords; }
    public BooleanProperty canUndoProperty() { return canUndo; }
    public BooleanProperty canRedoProperty() { return canRedo; }

    /** True when the tags on screen are another analyst's (or the project is read-only): no edits. */
    public BooleanBinding readOnlyBinding() { return readOnly; }

    /** What the banner above the article says: whose tags are shown read-only, or why the project is; empty for my own. */
    public javafx.beans.binding.StringBinding layerBanner() {
        return Bindings.createStringBinding(() -> {
            Analyst shown = shownAnalyst.get();
            Analyst me = analyst.get();
            if (project.isReadOnly()) {
                return "This project is open read-only: " + project.readOnlyReason().orElse("") + ".";
            }
            Document current = currentOfShown.get();
            if (current != null) {
                return "An earlier version of this article, read-only: “" + current.title() + "” replaced it. File › Back to the"
                        + " Current Version.";
            }
            if (shown == null || me == null || shown.id() == me.id()) {
                return "";
            }
            return "Showing " + shown.name() + "'s tags, read-only. Analyst › Show My Tags (Ctrl+M) to tag as "
                    + me.name() + ".";
        }, shownAnalyst, analyst, currentOfShown);
    }
    public String projectName() { return project.name(); }
    public boolean isProjectReadOnly() { return project.isReadOnly(); }

    /** Why the project cannot be written here, in words; empty when it can. */
    public Optional<String> projectReadOnlyReason() { return project.readOnlyReason(); }
    public Optional<Label> labelForKey(String key) {
        return toolbarLabels.stream().filter(l -> key.equals(l.key())).findFirst();
    }
    public Label labelOf(Annotation a) {
        return labels.stream().filter(l -> l.id() == a.labelId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("label " + a.labelId() + " missing"));
    }

    /** Cached: table cells ask on every update; names never change, and an unknown id reloads the list. */
    public String analystName(long analystId) {
        String name = analystNames.get(analystId);
        if (name == null) {
            refreshAnalysts();
            name = analystNames.getOrDefault(analystId, "?");
        }
        return name;
    }
    public String excerpt(Annotation a, int max) {
        Document d = document.get();
        if (d == null || a.end() > d.length()) {
            return "";
        }
        String t = a.span().textOf(d.text()).replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /**
     * The tooltip over tagged text: each tag over the character, innermost first, as
     * "label: “text”" and its note on the next line.
     */
    public String describeTags(List<Annotation> tags) { return navigation.describe(tags); }

    // --- what the other view-models of the window are ------------------------

    public ArticleImportViewModel articleImport() { return articleImport; }

    /** File › Import New Version of This Article…, Undo New Version, and what Edit › Undo does right after one. */
    public org.newsmark.ui.transfer.NewVersionViewModel newVersions() { return newVersions; }

    /** The review list of the open article when it is a new version (an empty list when nothing is left to review). */
    public Optional<org.newsmark.ui.transfer.ReviewListViewModel> newReviewList() {
        Document d = document.get();
        if (d == null || !newVersions.isNewVersion(d.id())) {
            return Optional.empty();
        }
        return Optional.of(newReviewList(d));
    }

    /** The review list of the new version {@code d}. */
    public org.newsmark.ui.transfer.ReviewListViewModel newReviewList(Document d) {
        return new org.newsmark.ui.transfer.ReviewListViewModel(project.versions(), d, this::analystName,
                id -> labels.stream().filter(l -> l.id() == id).map(Label::name).findFirst().orElse("?"), this::reloadAfterPlacing,
                () -> document.get() != null && document.get().id() == d.id());
    }

    /** A tag placed from the review list: the new version's tags again when it is open, and the list's counts. */
    private void reloadAfterPlacing() {
        reloadCurrent();
        refreshDocuments();
    }

    /** File › Import Folder…: a folder and its subfolders, previewed first. */
    public org.newsmark.ui.transfer.FolderImportViewModel folderImport() {
        return new org.newsmark.ui.transfer.FolderImportViewModel(project.folderImports(), tasks, dialogs, this);
    }

    /** The selected tag's attributes, and the flags of tags missing a required one. */
    public AttributesViewModel attributes() { return attributes; }

    /** The links of the shown layer: the selected tag's, the arcs, and making one by keyboard (L, Tab, Enter). */
    public org.newsmark.ui.links.LinkingViewModel linking() { return linking; }

    /** Find in the article (Ctrl+F) and tagging every match of it. */
    public org.newsmark.ui.find.FindViewModel find() { return find; }
    public org.newsmark.ui.find.TagAllViewModel tagAll() { return tagAll; }

    /** Suggestions of the open article (Ctrl+G shows them): stepped through, accepted, rejected. */
    public org.newsmark.ui.suggest.SuggestionsViewModel suggestions() { return suggestions; }

    /** The open article's codes of the shown analyst. */
    public ArticleCodesViewModel articleCodes() { return articleCodes; }

    /** Renaming and deleting articles. */
    public ArticlesViewModel articles() { return articles; }

    /** The article table: rows, filters, status keys, progress. */
    public ArticleTableViewModel articleTable() { return articleTable; }

    /** Which side panels are shown and how wide (the shell keeps them in the preferences). */
    public PanelLayout layout() { return layout; }
    public TagTransferViewModel tagTransfer() { return tagTransfer; }

    /** The CSV preset the next export starts with (the last one chosen); the shell binds it to the preferences. */
    public ObjectProperty<org.newsmark.io.csv.CsvPreset> csvPresetProperty() { return tagTransfer.csvPresetProperty(); }
    public MergeViewModel merge() { return merge; }

    /** Files for other tools: REFI-QDA, UIMA XMI, W3C Web Annotation. */
    public org.newsmark.ui.transfer.ExchangeViewModel exchange() { return exchange; }

    /** File › Export / Import Codebook…. */
    public org.newsmark.ui.transfer.CodebookFilesViewModel codebookFiles() { return codebookFiles; }

    /** The export dialog's choices: the project's analysts, and this article when one is open. */
    public org.newsmark.ui.transfer.ExportOptionsViewModel exportOptions() {
        Document d = document.get();
        return tagTransfer.exportOptions(analysts.stream().map(Analyst::name).toList(), d == null ? null : d.id());
    }

    /** The codebook editor (Edit › Codebook…), sharing the window's save status. */
    public org.newsmark.ui.codebook.CodebookViewModel newCodebook() {
        return new org.newsmark.ui.codebook.CodebookViewModel(project.codebook(), dialogs, status);
    }

    /** File › Import with Manifest…, reporting here. */
    public org.newsmark.ui.transfer.ManifestImportViewModel newManifestImport() {
        return new org.newsmark.ui.transfer.ManifestImportViewModel(project.manifests(), tasks, dialogs, this);
    }

    /** The details of the open article (none open: empty). */
    public Optional<org.newsmark.ui.details.ArticleDetailsViewModel> newArticleDetails() {
        return Optional.ofNullable(document.get()).map(d -> new org.newsmark.ui.details.ArticleDetailsViewModel(project.metadata(),
                d.id(), d.title(), project.isReadOnly()));
    }

    /** The Sources view over this project; {@code open} shows one of its quotes in this window. */
    public org.newsmark.ui.sources.SourcesViewModel newSources(java.util.function.Consumer<org.newsmark.ui.sources.SourcesViewModel.Quote> open) {
        return new org.newsmark.ui.sources.SourcesViewModel(project.sources(), tasks, dialogs, open,
                project.file().map(f -> f.toAbsolutePath().getParent()).orElse(null), project.isReadOnly());
    }

    public org.newsmark.ui.statistics.StatisticsViewModel newStatistics() {
        return new org.newsmark.ui.statistics.StatisticsViewModel(project.statistics(),
                project.analysts().stream().map(Analyst::name).toList(), tasks, dialogs,
                project.file().map(f -> f.toAbsolutePath().getParent()).orElse(null));
    }

    /** The Corpus Search window over this project; {@code open} shows a hit in this window; Tag all… tags as the current analyst. */
    public org.newsmark.ui.search.CorpusSearchViewModel newCorpusSearch(
            java.util.function.Consumer<org.newsmark.ui.search.CorpusSearchViewModel.Jump> open) {
        var search = new org.newsmark.ui.search.CorpusSearchViewModel(project.corpusSearch(), project.corpusTagAll(),
                () -> List.copyOf(labels), analyst::get, tasks, dialogs, open, project.isReadOnly(), newTagValues());
        search.setListed(articleTable::filteredIds); // "only the articles listed": the article table's filter
        return search;
    }

    /** The form of the values a tag-all gives its new tags (each flow its own: two may be open at once). */
    private org.newsmark.ui.attributes.NewTagValuesViewModel newTagValues() {
        return new org.newsmark.ui.attributes.NewTagValuesViewModel(project.codebook(), project.sources(), dialogs);
    }

    /** A fresh compare view over this project, sharing its undo history and save status. */
    public ComparisonViewModel newComparison() { return new ComparisonViewModel(project, tasks, dialogs, status); }

    // --- actions -------------------------------------------------------------

    public void openDocument(long id) {
        project.documents().find(id).ifPresent(d -> {
            selected.set(null);
            // an article in the list is current; only one opened from elsewhere (a link, a search) may be replaced
            boolean listed = documents.stream().anyMatch(s -> s.id() == d.id());
            currentOfShown.set(newVersions == null || listed ? null : newVersions.currentVersionOf(d.id()).orElse(null));
            // the text first, then its tags: the editor shows the text and styles it as the tags arrive
            document.set(d);
            shownTags.setAll(tagsOf(d, shownAnalyst.get()));
            linking.reload();
            refreshCounts();
            refreshHistory();
        });
    }

    /** File › Show Earlier Version: the version the open article replaced, read-only with its tags as they were. */
    public void showEarlierVersion() {
        Document d = document.get();
        Optional<Document> earlier = d == null ? Optional.empty() : newVersions.earlierVersionOf(d.id());
        if (earlier.isEmpty()) {
            status.message().set("The open article replaced no earlier version.");
            return;
        }
        openDocument(earlier.get().id());
    }

    /** File › Back to the Current Version: from an earlier version to the article that replaced it. */
    public void showCurrentVersion() {
        Document current = currentOfShown.get();
        if (current != null) {
            openDocument(current.id());
        }
    }

    /** The article that replaced the open one when it is an earlier version; null for a current article. */
    public ReadOnlyObjectProperty<Document> currentOfShownProperty() { return currentOfShown; }

    /** Re-reads the open document's tags, e.g. after an import added some. */
    public void reloadCurrent() {
        Document d = document.get();
        if (d != null) {
            openDocument(d.id());
        }
    }

    /** Shows another analyst's tags read-only, or (with the current analyst) the editable layer again. */
    public void showLayerOf(Analyst other) {
        selected.set(null);
        shownAnalyst.set(other);
        shownTags.setAll(tagsOf(document.get(), other));
        linking.reload();
        refreshCounts();
        refreshHistory();
        refreshDocuments();
    }
    public void showMyLayer() {
        showLayerOf(analyst.get());
    }

    /**
     * The sample's first run: when the analyst has no tags anywhere in the project yet, shows the
     * layer of the analyst with the most tags in the open article (read-only, with the banner),
     * so the first screen shows what tags look like. Returns whose layer is shown, if it changed.
     */
    public Optional<Analyst> showALayerWithTags() {
        Analyst me = analyst.get();
        Document d = document.get();
        if (me == null || d == null || project.documents().summaries(me.id()).stream().anyMatch(s -> s.annotationCount() > 0)) {
            return Optional.empty();
        }
        Optional<Analyst> most = project.documents().countsByAnalyst(d.id()).entrySet().stream()
                .filter(e -> e.getKey() != me.id() && e.getValue() > 0)
                .max(java.util.Map.Entry.<Long, Integer>comparingByValue().thenComparing(e -> -e.getKey()))
                .flatMap(e -> analysts.stream().filter(a -> a.id() == e.getKey()).findFirst());
        most.ifPresent(this::showLayerOf);
        return most;
    }

    /** Whether the article list's tag counts (and the shown tags) are another analyst's, read-only. */
    public boolean showsAnotherLayer() {
        return shownAnalyst.get() != null && analyst.get() != null && shownAnalyst.get().id() != analyst.get().id();
    }

    /** No article open (the open one was deleted and there is no other). */
    void showNoDocument() {
        selected.set(null);
        shownTags.setAll(List.of());
        document.set(null);
        linking.reload();
        refreshCounts();
        refreshHistory();
    }
    public void switchAnalyst(String name) {
        status.attempt(() -> project.analyst(name.strip())).ifPresent(a -> {
            analyst.set(a);
            showLayerOf(a);
            refreshAnalysts();
        });
    }

    /** Enter: selects the innermost tag at the caret; pressed again, the next tag around it, and round. */
    public void selectTagAt(int caret) { navigation.selectAt(caret); }

    /** Alt+Down: selects the next tag in text order (the first after the caret when none is selected), round to the first. */
    public Optional<Annotation> selectNextTag(int caret) { return navigation.next(caret); }

    /** Alt+Up: selects the previous tag in text order (the last before the caret when none is selected), round to the last. */
    public Optional<Annotation> selectPreviousTag(int caret) { return navigation.previous(caret); }

    /** Tags the selection {@code [begin, end)} with {@code label}; returns the new tag if one was made. */
    public Optional<Annotation> tag(Label label, int begin, int end) { return edits.tag(label, begin, end); }
    public void relabelSelected(Label label) { edits.relabelSelected(label); }
    public void deleteSelected() { edits.deleteSelected(); }
    public void setNote(Annotation a, String note) { edits.setNote(a, note); }

    /** F2: asks for the selected tag's note. */
    public void editSelectedNote() { edits.editSelectedNote(); }
    /** Edit › Undo: the last tag edit; with none left, the new version just imported (asked first). */
    public void undo() {
        if (suggestions.canUndoRejectProperty().get() && suggestions.undoReject()) {
            return; // a rejection since the last tag change: it is the last step
        }
        Document d = document.get();
        Analyst a = analyst.get();
        if (d != null && a != null && !annotationService.canUndo(d.id(), a.id()) && newVersions.canUndo(d.id())) {
            newVersions.undo(d);
        } else {
            edits.undo();
        }
    }
    public void redo() { edits.redo(); }

    /** Labels, analysts, documents and the shown tags from the project again (after a merge or an import). */
    public void reloadProjectData() {
        labels.setAll(project.labels());
        if (attributes != null) {
            codebookChanged();
        }
        refreshAnalysts();
        refreshDocuments();
        reloadCurrent();
    }
    /** The article list again; its tag counts are those of the layer shown (mine, or the analyst I am viewing). */
    public void refreshDocuments() {
        Analyst a = shownAnalyst.get();
        documents.setAll(project.documents().summaries(a == null ? null : a.id()));
    }

    // --- what the transfer view-models report (on the UI thread) -------------

    @Override
    public void articlesAdded(long documentId, String message) {
        refreshDocuments();
        openDocument(documentId);
        status.message().set(message);
    }

    @Override
    public void projectChanged(String message) {
        reloadProjectData();
        status.message().set(message);
    }

    @Override
    public void say(String message) {
        status.message().set(message);
    }

    // --- internals -----------------------------------------------------------

    /** Labels and tags drawn anew, the selected tag still selected, its attribute form rebuilt. */
    private void codebookReloaded() {
        Annotation keep = selected.get();
        reloadProjectData();
        if (keep != null) {
            shownTags.list().stream().filter(a -> a.id() == keep.id()).findFirst().ifPresent(selected::set);
        }
        codebookChanged();
    }

    private void codebookChanged() {
        attributes.codebookChanged();
        articleCodes.reload();
    }

    private void refreshAnalysts() {
        List<Analyst> all = project.analysts();
        analysts.setAll(all);
        all.forEach(x -> analystNames.put(x.id(), x.name()));
    }

    private List<Annotation> tagsOf(Document d, Analyst shown) {
        return d == null || shown == null ? List.of() : annotationService.annotations(d.id(), shown.id());
    }

    private void onCommitted(AnnotationChange change) {
        Document d = document.get();
        Analyst shown = shownAnalyst.get();
        if (d != null && shown != null && change.documentId() == d.id() && change.analystId() == shown.id()) {
            // the table may move its selection while rows change: the selected tag stays selected
            Annotation keep = selected.get();
            shownTags.apply(change.before(), change.after());
            if (keep != null) {
                boolean removed = change.after() == null && change.before().id() == keep.id();
                boolean updated = change.after() != null && change.after().id() == keep.id();
                selected.set(removed ? null : updated ? change.after() : keep);
            }
            refreshCounts();
        }
        Analyst me = analyst.get();
        if (me != null && change.analystId() == me.id()) {
            suggestions.tagsChanged();
        }
        refreshHistory();
        if (change.before() == null || change.after() == null) {
            updateDocumentCount(change.documentId(), change.analystId(), change.after() == null ? -1 : 1);
        }
    }

    private void updateDocumentCount(long documentId, long analystId, int delta) {
        Analyst shown = shownAnalyst.get();
        if (shown == null || shown.id() != analystId) {
            return;
        }
        for (int i = 0; i < documents.size(); i++) {
            DocumentSummary s = documents.get(i);
            if (s.id() == documentId) {
                documents.set(i, new DocumentSummary(s.id(), s.title(), s.sha256(), s.length(), s.annotationCount() + delta));
            }
        }
    }

    private void refreshCounts() {
        labelCounts.set(shownTags.countsText(labels));
    }

    private void refreshHistory() {
        Document d = document.get();
        Analyst a = analyst.get();
        canUndo.set(d != null && a != null && (annotationService.canUndo(d.id(), a.id())
                || newVersions.canUndo(d.id()) || suggestions != null && suggestions.canUndoRejectProperty().get()));
        canRedo.set(d != null && a != null && annotationService.canRedo(d.id(), a.id()));
    }
}
