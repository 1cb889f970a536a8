package org.newsmark.ui.find;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.newsmark.domain.Document;
import org.newsmark.domain.FindPatternException;
import org.newsmark.domain.FindQuery;
import org.newsmark.domain.FindResult;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.TextFinder;
import org.newsmark.ui.common.TaskRunner;

/**
 * Find in the open article (Ctrl+F): the query and its options, every hit, which one is current
 * and what the bar says ("3 of 17"). Each change of the query, an option or the article searches
 * again, at once; a search that outlasts {@link #BUDGET_MS} on the UI thread (a costly regular
 * expression) is stopped and run again through the task runner, with progress and Cancel.
 * Next and previous wrap round, from the caret the view passes.
 */
public final class FindViewModel {

    /** How long a search may hold the UI thread before it is moved off it. */
    static final long BUDGET_MS = 150;

    /** Texts longer than this are searched a moment after typing stops (the view debounces). */
    public static final int LARGE_TEXT = 200_000;

    private final ObservableValue<Document> document;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(false);
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ObjectProperty<FindResult> result = new SimpleObjectProperty<>(FindResult.NONE);
    private final ObjectProperty<Span> current = new SimpleObjectProperty<>();
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private int origin;
    private long generation;

    public FindViewModel(ObservableValue<Document> document, TaskRunner tasks) {
        this.document = document;
        this.tasks = tasks;
        query.addListener((o, a, b) -> search());
        matchCase.addListener((o, a, b) -> search());
        wholeWord.addListener((o, a, b) -> search());
        regex.addListener((o, a, b) -> search());
        document.addListener((o, a, b) -> {
            origin = 0;
            if (open.get()) {
                search();
            } else {
                generation++;
                show(FindResult.NONE, FindQuery.plain("")); // no hits of the article before; F3 searches anew
            }
        });
    }

    public StringProperty queryProperty() { return query; }
    public BooleanProperty matchCaseProperty() { return matchCase; }
    public BooleanProperty wholeWordProperty() { return wholeWord; }
    public BooleanProperty regexProperty() { return regex; }

    /** Whether the find bar is shown. */
    public BooleanProperty openProperty() { return open; }

    /** Every hit in the open article, in text order. */
    public ReadOnlyObjectProperty<FindResult> resultProperty() { return result; }

    /** The hit the caret is on: selected in the article; null when there is none. */
    public ReadOnlyObjectProperty<Span> currentProperty() { return current; }

    /** "3 of 17", "No matches", or empty with no query. */
    public ReadOnlyStringProperty countProperty() { return count; }

    /** Why the query cannot be searched ("Unclosed group at the end": a regular expression that does not compile); empty when it can. */
    public ReadOnlyStringProperty problemProperty() { return problem; }

    public List<Span> hits() { return result.get().hits(); }

    /** Whether the view should wait for typing to pause before the query is set. */
    public boolean isLargeText() {
        Document d = document.getValue();
        return d != null && d.length() > LARGE_TEXT;
    }

    /**
     * Ctrl+F: opens the bar. A selection of one line becomes the query; hits are counted from
     * {@code caret} (the selection's start), so the first one shown is where the analyst is.
     */
    public void open(String selected, int caret) {
        origin = caret;
        open.set(true);
        if (selected != null && !selected.isEmpty() && selected.indexOf('\n') < 0 && selected.indexOf('\r') < 0) {
            if (regex.get()) {
                regex.set(false); // the selected text is meant literally
            }
            if (selected.equals(query.get())) {
                search();
            } else {
                query.set(selected);
            }
        } else {
            search();
        }
    }

    /** F3 with the bar closed: it shows again, keeping its query, with the first hit at {@code caret} or after current. */
    public void reopen(int caret) {
        origin = caret;
        open.set(true);
        search();
    }

    /** Esc: the bar goes; the view selects the current hit in the article. Returns it (null: none). */
    public Span close() {
        open.set(false);
        return current.get();
    }

    /** Enter, F3: the first hit that begins at {@code from} or after, else the first (wrapping). */
    public void next(int from) {
        FindResult r = result.get();
        if (r.size() > 0) {
            int i = r.firstAtOrAfter(from);
            select(i == r.size() ? 0 : i);
        }
    }

    /** Shift+Enter, Shift+F3: the last hit that begins before {@code before}, else the last (wrapping). */
    public void previous(int before) {
        FindResult r = result.get();
        if (r.size() > 0) {
            int i = r.firstAtOrAfter(before) - 1;
            select(i < 0 ? r.size() - 1 : i);
        }
    }

    /** The hits that begin in {@code [from, to)} (the paragraphs on screen). */
    public List<Span> hitsBetween(int from, int to) {
        return result.get().beginningIn(from, to);
    }

    /** The query as it was searched, for the tag-all question and its undo step. */
    public FindQuery findQuery() {
        return new FindQuery(query.get(), matchCase.get(), wholeWord.get(), regex.get());
    }

    /** Searches the open article again for the query as it is now. */
    public void search() {
        long mine = ++generation;
        Document d = document.getValue();
        FindQuery q = findQuery();
        problem.set("");
        if (d == null || q.isEmpty()) {
            show(FindResult.NONE, q);
            return;
        }
        long deadline = System.nanoTime() + BUDGET_MS * 1_000_000;
        TaskControl budget = new TaskControl() {
            @Override
            public boolean isCancelled() {
                return System.nanoTime() > deadline;
            }
        };
        try {
            show(TextFinder.find(d.text(), q, TextFinder.DEFAULT_LIMIT, budget), q);
        } catch (FindPatternException e) {
            refuse(e.withoutPattern()); // said beside the field that holds the pattern
        } catch (TaskControl.CancelledException slow) {
            count.set("Searching…");
            tasks.run("Searching the article", control -> TextFinder.find(d.text(), q, TextFinder.DEFAULT_LIMIT, control),
                    found -> {
                        if (mine == generation) {
                            show(found, q);
                        }
                    },
                    failed -> {
                        if (mine == generation) {
                            refuse(failed instanceof TaskControl.CancelledException ? "The search was stopped." : failed.getMessage());
                        }
                    });
        }
    }

    private void refuse(String why) {
        result.set(FindResult.NONE);
        current.set(null);
        problem.set(why);
        count.set("");
    }

    private void show(FindResult found, FindQuery q) {
        result.set(found);
        if (found.hits().isEmpty()) {
            current.set(null);
            count.set(q.isEmpty() ? "" : "No matches");
            return;
        }
        int i = found.firstAtOrAfter(origin);
        select(i == found.size() ? 0 : i);
    }

    private void select(int i) {
        FindResult r = result.get();
        Span hit = r.hits().get(i);
        origin = hit.begin();
        current.set(hit);
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        n.setGroupingUsed(true);
        count.set(n.format(i + 1L) + " of " + (r.limitReached() ? "over " : "") + n.format(r.size()));
    }
}
