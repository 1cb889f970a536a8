package org.newsmark.ui.sources;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.AnnotationConflictException;
import org.newsmark.service.SourceLedger;
import org.newsmark.service.SourceService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.TaskRunner;

/**
 * The Sources view (View › Sources…): every source with its quotes and articles, the selected
 * one's counts per article, outlet and label and its quotes; rename, kind, role and affiliation,
 * merge two, export the table. A quote opens through {@code openQuote}, which the main window
 * supplies (it opens the article and selects the tag).
 */
public final class SourcesViewModel {

    /** One line of the selected source's breakdown: "article", "outlet" or "label", the name, the count. */
    public record Count(String by, String name, int quotes) {
    }

    /** A row of the table: one source with its number of quotes and of articles quoting it. */
    public record Row(Source source, int quotes, int articles) {
    }

    /** One quote of the selected source: where it is (article, analyst, tag) and what it says. */
    public record Quote(long documentId, long analystId, long tagId, String text, String article, String analyst, String label) {
    }

    private final SourceService sources;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Quote> openQuote;
    private final Path folder;
    private final boolean readOnly;
    private final ObservableList<Row> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<Count> counts = FXCollections.observableArrayList();
    private final ObservableList<Quote> quotes = FXCollections.observableArrayList();
    /** The ledger last read, by source id: the detail of a row. */
    private Map<Long, SourceLedger.Entry> ledger = Map.of();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param folder   where the export is offered first (the project's folder), or null
     * @param readOnly whether edits and merges are refused (the project is open read-only)
     */
    public SourcesViewModel(SourceService sources, TaskRunner tasks, DialogService dialogs, Consumer<Quote> openQuote,
                            Path folder, boolean readOnly) {
        this.sources = sources;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.openQuote = openQuote;
        this.folder = folder;
        this.readOnly = readOnly;
        selected.addListener((o, a, b) -> showDetail(b));
        refresh();
    }

    public ObservableList<Row> entries() { return entries; }

    public ObjectProperty<Row> selectedProperty() { return selected; }

    /** The selected source's quotes per article, per outlet and per label. */
    public ObservableList<Count> counts() { return counts; }

    /** The selected source's quotes, in article then span order. */
    public ObservableList<Quote> quotes() { return quotes; }

    public StringProperty messageProperty() { return message; }

    public boolean isReadOnly() { return readOnly; }

    /** Reads the ledger again, keeping the selected source selected when it is still there. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().source().id();
        Map<Long, SourceLedger.Entry> read = new java.util.LinkedHashMap<>();
        sources.ledger().entries().forEach(e -> read.put(e.source().id(), e));
        ledger = read;
        entries.setAll(read.values().stream().map(e -> new Row(e.source(), e.quotes().size(), e.articles())).toList());
        selected.set(entries.stream().filter(e -> keep != null && e.source().id() == keep).findFirst().orElse(null));
        showDetail(selected.get());
        message.set(entries.size() + (entries.size() == 1 ? " source" : " sources"));
    }

    /** Double-click or Enter on a quote: its article opens with the tag selected. */
    public void open(Quote quote) {
        if (quote != null) {
            openQuote.accept(quote);
        }
    }

    public void rename() {
        Source s = chosen();
        if (s == null) {
            return;
        }
        dialogs.askText("Rename source", "Rename \"" + s.name() + "\"", "Name", s.name())
                .ifPresent(name -> edit(new Source(s.id(), name, s.kind(), s.role(), s.affiliation(), s.created())));
    }

    public void changeKind() {
        Source s = chosen();
        if (s == null) {
            return;
        }
        dialogs.choose("Kind of source", "What kind of source is \"" + s.name() + "\"?", "Kind",
                Arrays.stream(SourceKind.values()).map(SourceKind::label).toList(), s.kind().label())
                .flatMap(SourceKind::parse)
                .ifPresent(kind -> edit(new Source(s.id(), s.name(), kind, s.role(), s.affiliation(), s.created())));
    }

    public void editRoleAndAffiliation() {
        Source s = chosen();
        if (s == null) {
            return;
        }
        Optional<String> role = dialogs.askText("Role", "The role of \"" + s.name() + "\" (may be empty)", "Role", s.role());
        if (role.isEmpty()) {
            return;
        }
        dialogs.askText("Affiliation", "The affiliation of \"" + s.name() + "\" (may be empty)", "Affiliation", s.affiliation())
                .ifPresent(aff -> edit(new Source(s.id(), s.name(), s.kind(), role.get(), aff, s.created())));
    }

    /** Merges two sources: the user picks the one kept, then confirms (a merge is not undone). */
    public void merge(List<Row> two) {
        if (readOnly) {
            message.set("The project is open read-only.");
            return;
        }
        if (two.size() != 2) {
            message.set("Select two sources to merge (Ctrl+click the second).");
            return;
        }
        List<String> names = two.stream().map(e -> e.source().name() + " (" + e.source().kind().label() + ")").toList();
        Optional<String> kept = dialogs.choose("Merge sources", "Which source is kept? The other one's quotes move to it.",
                "Keep", names, names.get(0));
        if (kept.isEmpty()) {
            return;
        }
        Row into = two.get(names.indexOf(kept.get()));
        Row from = two.get(1 - names.indexOf(kept.get()));
        if (!dialogs.confirm("Merge sources", "Merge \"" + from.source().name() + "\" into \"" + into.source().name() + "\"?",
                from.quotes() + " quotes will point to \"" + into.source().name() + "\" and \"" + from.source().name()
                        + "\" is removed. This cannot be undone, and clears the undo history of tag edits.", "Merge")) {
            return;
        }
        try {
            int moved = sources.merge(into.source(), from.source());
            selected.set(null);
            refresh();
            selected.set(entries.stream().filter(e -> e.source().id() == into.source().id()).findFirst().orElse(null));
            message.set("\"" + from.source().name() + "\" merged into \"" + into.source().name() + "\" (" + moved + " quotes moved)");
        } catch (AnnotationConflictException e) {
            dialogs.showError("Cannot merge", e.getMessage());
        }
    }

    /** Export CSV…: asks where, then writes the table (never over the project). */
    public void export() {
        dialogs.chooseFileToSave("Export the sources", folder, "sources.csv", FileFilter.of("CSV files", "*.csv"))
                .ifPresent(out -> tasks.run("Exporting the sources", control -> sources.table().export(out, CsvOptions.DEFAULT),
                        n -> message.set(n + " sources exported to " + out),
                        failure -> dialogs.showError("Export failed", failure.getMessage())));
    }

    private Source chosen() {
        if (readOnly) {
            message.set("The project is open read-only.");
            return null;
        }
        Row e = selected.get();
        if (e == null) {
            message.set("Select a source first.");
        }
        return e == null ? null : e.source();
    }

    private void edit(Source changed) {
        try {
            sources.edit(changed);
            refresh();
            message.set("\"" + changed.name() + "\" saved");
        } catch (AnnotationConflictException e) {
            dialogs.showError("Cannot change the source", e.getMessage());
        }
    }

    private void showDetail(Row row) {
        SourceLedger.Entry e = row == null ? null : ledger.get(row.source().id());
        if (e == null) {
            counts.clear();
            quotes.clear();
            return;
        }
        List<Count> out = new ArrayList<>();
        add(out, "article", e.perArticle());
        add(out, "outlet", e.perOutlet());
        add(out, "label", e.perLabel());
        counts.setAll(out);
        quotes.setAll(e.quotes().stream().map(q -> new Quote(q.at().documentId(), q.at().analystId(), q.at().tagId(), q.text(),
                q.article(), q.analyst(), q.label())).toList());
    }

    private static void add(List<Count> out, String by, Map<String, Integer> counts) {
        counts.forEach((name, n) -> out.add(new Count(by, name, n)));
    }
}
