package org.newsmark.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.service.CorpusSearchService;
import org.newsmark.service.CorpusSearchService.ArticleHits;
import org.newsmark.service.CorpusSearchService.Order;
import org.newsmark.service.CorpusTagAll;
import org.newsmark.ui.attributes.NewTagValuesViewModel;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.TaskRunner;

/**
 * The Corpus Search window's state: the query, the hits grouped by article (a heading row with the
 * article's count, then a row per hit in context), opening a hit in the workbench, and Tag all…
 * (a label chosen, the values of its attributes for every new tag, a preview confirmed, the run in
 * the background with progress and Cancel).
 */
public final class CorpusSearchViewModel {

    /** How many articles a search shows with their hits; the summary says how many matched in all. */
    static final int SHOWN_ARTICLES = 200;

    /** Where the workbench should go: an article and the hit to select in it. */
    public record Jump(long documentId, Span span) {
    }

    /** One row of the results: an article's heading ({@code span} null) or one of its hits with the text around it. */
    public record Row(long documentId, String title, int count, Span span, String before, String text, String after) {
        static Row heading(ArticleHits a) {
            return new Row(a.documentId(), a.title(), a.hits().size(), null, "", "", "");
        }

        static Row hit(ArticleHits a, CorpusSearchService.Hit h) {
            return new Row(a.documentId(), a.title(), a.hits().size(), h.span(), h.before(), h.text(), h.after());
        }

        public boolean isHeading() {
            return span == null;
        }
    }

    private final CorpusSearchService search;
    private final CorpusTagAll tagAll;
    private final Supplier<List<Label>> labels;
    private final Supplier<Analyst> analyst;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Consumer<Jump> open;
    private final boolean readOnly;
    private final NewTagValuesViewModel values;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty ranked = new SimpleBooleanProperty(true);
    private final BooleanProperty onlyListed = new SimpleBooleanProperty(false);
    private java.util.function.Supplier<List<Long>> listed = () -> null;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty canTagAll = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("Type a word or phrase and press Enter.");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private String searched = "";

    public CorpusSearchViewModel(CorpusSearchService search, CorpusTagAll tagAll, Supplier<List<Label>> labels, Supplier<Analyst> analyst,
            TaskRunner tasks, DialogService dialogs, Consumer<Jump> open, boolean readOnly, NewTagValuesViewModel values) {
        this.search = search;
        this.tagAll = tagAll;
        this.labels = labels;
        this.analyst = analyst;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.open = open;
        this.readOnly = readOnly;
        this.values = values;
    }

    /** The form of the new tags' values, asked once the label is chosen: the window gives it its dialog. */
    public NewTagValuesViewModel values() {
        return values;
    }

    public StringProperty queryProperty() { return query; }
    public BooleanProperty rankedProperty() { return ranked; }

    /** Search and tag only the articles the article table shows now (its filter), not every article. */
    public BooleanProperty onlyListedProperty() { return onlyListed; }

    /** Where "the articles the list shows" come from: the article table's filtered ids, in its order. */
    public void setListed(java.util.function.Supplier<List<Long>> listed) {
        this.listed = listed;
    }

    /** The articles searched and tagged: those listed when so chosen, else every article (null). */
    private List<Long> scope() {
        return onlyListed.get() ? List.copyOf(listed.get()) : null;
    }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** Tag all… is offered once a search found hits, in a project this session may write. */
    public ReadOnlyBooleanProperty canTagAllProperty() { return canTagAll; }
    public StringProperty summaryProperty() { return summary; }
    public ObservableList<Row> rows() { return rows; }

    /** Enter in the query field. */
    public void search() {
        String q = query.get().strip();
        if (q.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        Order order = ranked.get() ? Order.RANKED : Order.ARTICLE;
        List<Long> within = scope();
        tasks.run("Searching the corpus", control -> search.search(q, within, order, SHOWN_ARTICLES), result -> {
            busy.set(false);
            searched = q;
            show(result);
        }, failure -> {
            busy.set(false);
            dialogs.showError("Search failed", failure.getMessage());
        });
    }

    private void show(CorpusSearchService.Result result) {
        List<Row> out = new ArrayList<>();
        for (ArticleHits a : result.articles()) {
            out.add(Row.heading(a));
            a.hits().forEach(h -> out.add(Row.hit(a, h)));
        }
        rows.setAll(out);
        canTagAll.set(!readOnly && !out.isEmpty());
        if (out.isEmpty()) {
            summary.set("No article holds \u201C" + searched + "\u201D.");
        } else if (result.truncated()) {
            summary.set(String.format(Locale.ROOT, "%,d hits in the first %,d of %,d articles; Tag all… tags every article.", result.hits(),
                    result.articles().size(), result.articlesFound()));
        } else {
            summary.set(String.format(Locale.ROOT, "%,d %s in %,d %s.", result.hits(), result.hits() == 1 ? "hit" : "hits",
                    result.articles().size(), result.articles().size() == 1 ? "article" : "articles"));
        }
    }

    /** Enter or double-click on a row: its article opened at the hit (a heading: at the article's first hit). */
    public void open(Row row) {
        if (row == null) {
            return;
        }
        Span hit = !row.isHeading() ? row.span()
                : rows.stream().filter(r -> r.documentId() == row.documentId() && !r.isHeading()).findFirst().map(Row::span).orElse(null);
        if (hit != null) {
            open.accept(new Jump(row.documentId(), hit));
        }
    }

    /** Tag all…: every hit of the last search in every article, with a label and values the user picks, after a preview. */
    public void tagAll() {
        Analyst who = analyst.get();
        if (!canTagAll.get() || busy.get() || who == null) {
            return;
        }
        List<Label> choices = labels.get();
        if (choices.isEmpty()) {
            return;
        }
        String q = searched;
        List<Long> within = scope();
        List<String> names = choices.stream().map(Label::name).toList();
        dialogs.choose("Tag All", "Tag every hit of \u201C" + q + "\u201D in " + (within == null ? "every article"
                        : within.size() == 1 ? "the article the list shows"
                        : String.format(Locale.ROOT, "the %,d articles the list shows", within.size())), "Label:", names, names.get(0))
                .map(name -> choices.get(names.indexOf(name)))
                .ifPresent(label -> values.ask("Tag All", label).ifPresent(given -> {
                    busy.set(true);
                    tasks.run("Counting the hits of \u201C" + q + "\u201D",
                            control -> tagAll.preview(q, within, label, given, who, control), preview -> confirm(preview, who), this::failed);
                }));
    }

    private void confirm(CorpusTagAll.Preview preview, Analyst who) {
        if (preview.newTags() == 0) {
            busy.set(false);
            dialogs.showInfo("Nothing to tag", preview.summary());
            return;
        }
        String with = preview.valuesText().isEmpty() ? "" : " with " + preview.valuesText();
        if (!dialogs.confirm("Tag All", "Tag all hits of \u201C" + preview.query() + "\u201D as " + preview.label().name() + with + "?",
                preview.summary() + " Each article's tags can be undone there (Ctrl+Z).", "Tag All")) {
            busy.set(false);
            return;
        }
        tasks.run("Tagging \u201C" + preview.query() + "\u201D", (TaskControl control) -> tagAll.apply(preview, who, control), written -> {
            busy.set(false);
            summary.set(String.format(Locale.ROOT, "Tagged %,d %s as %s%s.", written, written == 1 ? "hit" : "hits", preview.label().name(),
                    with));
        }, this::failed);
    }

    private void failed(Throwable t) {
        busy.set(false);
        if (t instanceof TaskControl.CancelledException) {
            summary.set(t.getMessage());
        } else {
            dialogs.showError("Tag all failed", t.getMessage());
        }
    }
}
