package org.newsmark.ui.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.service.ArticleMetadataService;
import org.newsmark.service.ArticleStatusService;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.TaskRunner;

/**
 * The article table: one observable list of rows (the workbench's summaries joined with every
 * article's metadata and everyone's status, two whole-table reads), filtered and sorted in memory;
 * the status keys; each analyst's progress. Whose status is shown follows the layer shown until
 * another analyst is chosen (a reviewer looks at everyone's this way).
 */
public final class ArticleTableViewModel {

    /** By published date, unknown dates last; ISO 8601 text sorts as time does. */
    static final Comparator<ArticleRow> BY_PUBLISHED = Comparator.comparing(ArticleRow::published,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final WorkbenchViewModel vm;
    private final ArticleStatusService statuses;
    private final ArticleMetadataService metadata;
    private final SaveStatusViewModel status;
    private final ObservableList<ArticleRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ArticleRow> filtered = new FilteredList<>(rows);
    private final SortedList<ArticleRow> sorted = new SortedList<>(filtered);
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<ArticleStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty outletFilter = new SimpleStringProperty();
    private final ObjectProperty<Analyst> statusOf = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty sortedByTags = new javafx.beans.property.SimpleBooleanProperty();

    ArticleTableViewModel(WorkbenchViewModel vm, ArticleStatusService statuses, ArticleMetadataService metadata,
                          SaveStatusViewModel status, TaskRunner tasks) {
        this.vm = vm;
        this.statuses = statuses;
        this.metadata = metadata;
        this.status = status;
        statusOf.set(vm.shownAnalystProperty().get());
        // the layer shown decides whose status the list shows, until the chooser says otherwise
        vm.shownAnalystProperty().addListener((o, a, b) -> statusOf.set(b));
        vm.documents().addListener(this::documentsChanged);
        statuses.addListener((doc, analyst, s) -> tasks.onUiThread(() -> statusSet(doc, analyst, s)));
        metadata.addListener(() -> tasks.onUiThread(this::reload));
        for (Observable o : new Observable[] {query, statusFilter, outletFilter, statusOf}) {
            o.addListener(x -> refilter());
        }
        rows.addListener((ListChangeListener<ArticleRow>) c -> updateProgress());
        statusOf.addListener(x -> updateProgress());
        filtered.addListener((ListChangeListener<ArticleRow>) c -> updateProgress());
        reload();
    }

    /** What the table shows: filtered, then sorted (the view binds the comparator to its headers). */
    public SortedList<ArticleRow> sorted() {
        return sorted;
    }

    /** Every row, unfiltered. */
    public ObservableList<ArticleRow> rows() {
        return rows;
    }

    /** The ids of the articles the filters let through, in the order shown: what corpus-wide work acts on. */
    public List<Long> filteredIds() {
        return sorted.stream().map(ArticleRow::id).toList();
    }

    /** The quick filter: title, outlet, author or any metadata value contains it (accents and case aside). */
    public StringProperty queryProperty() {
        return query;
    }

    /** Only articles of this status (of {@link #statusOfProperty()}); null: any. */
    public ObjectProperty<ArticleStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** Only articles of this outlet; null: any. */
    public StringProperty outletFilterProperty() {
        return outletFilter;
    }

    /** Every outlet some article has, sorted: the outlet chooser's choices. */
    public ObservableList<String> outlets() {
        return outlets;
    }

    /** Whose status the Status column, the status filter and the progress line show. */
    public ObjectProperty<Analyst> statusOfProperty() {
        return statusOf;
    }

    /** "Ana: 312 of 1,000 done, 20 in progress" (and how many the filters show). */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ArticleStatus statusOf(ArticleRow row) {
        Analyst a = statusOf.get();
        return a == null ? ArticleStatus.TODO : row.statusOf(a.id());
    }

    /** Ctrl+1, Ctrl+2, Ctrl+3: my status of the open article. */
    public void setStatusOfCurrent(ArticleStatus s) {
        Document d = vm.documentProperty().get();
        Analyst me = vm.analystProperty().get();
        if (d == null || me == null) {
            return;
        }
        status.attempt(() -> {
            statuses.set(d.id(), me, s);
            return s;
        }).ifPresent(x -> status.message().set("\u201c" + ArticlesViewModel.shortened(d.title()) + "\u201d: "
                + x.shown().toLowerCase(Locale.ROOT) + " for " + me.name() + "."));
    }

    /** All rows again: metadata and statuses read whole, joined with the workbench's summaries. */
    void reload() {
        // the workbench builds this before its first read of the articles: nothing to join yet
        Map<Long, ArticleMetadata> meta = vm.documents().isEmpty() ? Map.of() : metadata.all();
        Map<Long, Map<Long, ArticleStatus>> all = vm.documents().isEmpty() ? Map.of() : statuses.all();
        List<ArticleRow> out = new ArrayList<>(vm.documents().size());
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (DocumentSummary s : vm.documents()) {
            ArticleMetadata m = meta.getOrDefault(s.id(), ArticleMetadata.EMPTY);
            out.add(ArticleRow.of(s, m, all.getOrDefault(s.id(), Map.of())));
            if (m.outlet() != null) {
                names.add(m.outlet());
            }
        }
        rows.setAll(out);
        outlets.setAll(names);
        if (outletFilter.get() != null && !names.contains(outletFilter.get())) {
            outletFilter.set(null);
        }
    }

    private void documentsChanged(ListChangeListener.Change<? extends DocumentSummary> c) {
        // one tag count moved (a summary replaced by the same article's): that row only, no query;
        // anything else (a refresh, an import, a delete) reads the rows again
        if (c.next() && c.wasReplaced() && c.getRemovedSize() == 1 && c.getAddedSize() == 1 && c.getList().size() > 1
                && c.getRemoved().get(0).id() == c.getAddedSubList().get(0).id()) {
            DocumentSummary after = c.getAddedSubList().get(0);
            DocumentSummary before = c.getRemoved().get(0);
            if (!c.next()) {
                if (before.title().equals(after.title()) && !sortedByTags.get()) {
                    countMoved(after);
                } else {
                    replace(java.util.Set.of(after.id()), r -> r.withSummary(after));
                }
                return;
            }
        }
        reload();
    }

    /** Only the count moved and no order depends on it: the row keeps its place and object. */
    private void countMoved(DocumentSummary after) {
        for (ArticleRow r : rows) {
            if (r.id() == after.id()) {
                r.countMoved(after);
                return;
            }
        }
    }

    /**
     * Whether the table is sorted by tag count (the view says so): then a moved count replaces its
     * row, so that the sorted list puts it in its new place.
     */
    public javafx.beans.property.BooleanProperty sortedByTagsProperty() {
        return sortedByTags;
    }

    private void statusSet(long documentId, long analystId, ArticleStatus s) {
        replace(java.util.Set.of(documentId), r -> r.withStatus(analystId, s));
    }

    private void replace(java.util.Set<Long> ids, java.util.function.UnaryOperator<ArticleRow> change) {
        for (int i = 0; i < rows.size() && !ids.isEmpty(); i++) {
            if (ids.contains(rows.get(i).id())) {
                rows.set(i, change.apply(rows.get(i)));
            }
        }
    }

    private void refilter() {
        String q = ArticleRow.fold(Objects.requireNonNullElse(query.get(), "").strip());
        ArticleStatus only = statusFilter.get();
        String outlet = outletFilter.get();
        Analyst of = statusOf.get();
        filtered.setPredicate(q.isEmpty() && only == null && outlet == null ? null : r ->
                (q.isEmpty() || r.searchKey().contains(q))
                        && (only == null || (of == null ? ArticleStatus.TODO : r.statusOf(of.id())) == only)
                        && (outlet == null || outlet.equalsIgnoreCase(Objects.requireNonNullElse(r.outlet(), ""))));
    }

    private void updateProgress() {
        Analyst a = statusOf.get();
        if (a == null || rows.isEmpty()) {
            progress.set("");
            return;
        }
        int done = 0;
        int started = 0;
        for (ArticleRow r : rows) {
            ArticleStatus s = r.statusOf(a.id());
            done += s == ArticleStatus.DONE ? 1 : 0;
            started += s == ArticleStatus.IN_PROGRESS ? 1 : 0;
        }
        String text = a.name() + ": " + grouped(done) + " of " + grouped(rows.size()) + " done"
                + (started > 0 ? ", " + grouped(started) + " in progress" : "");
        progress.set(filtered.size() == rows.size() ? text : text + " \u00b7 " + grouped(filtered.size()) + " shown");
    }

    /** 1,000: the thousands grouped the same on every machine, as the "312 of 1,000 done". */
    private static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
