package org.newsmark.ui.transfer;

import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ArticleVersionService;
import org.newsmark.service.ArticleVersionService.ReviewItem;

/**
 * The review list of a new version: the old version's tags that were not carried over, each with
 * its analyst, label, reason, text and context. The analyst selects the right text in the new
 * version and places the tag there, or dismisses it (it stays in the old version). The list is
 * kept in the project, so closing the window or the app loses nothing.
 */
public final class ReviewListViewModel {

    /** One row: the item and how the list shows it. */
    public record Row(ReviewItem item, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ArticleVersionService versions;
    private final Document newVersion;
    private final LongFunction<String> analystName;
    private final LongFunction<String> labelName;
    private final Runnable placed;
    private final java.util.function.BooleanSupplier newVersionOpen;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param placed         run after a tag was placed (the workbench shows the new version's tags again)
     * @param newVersionOpen whether the workbench shows the new version, whose selection a tag is placed on
     */
    public ReviewListViewModel(ArticleVersionService versions, Document newVersion, LongFunction<String> analystName,
                               LongFunction<String> labelName, Runnable placed, java.util.function.BooleanSupplier newVersionOpen) {
        this.versions = versions;
        this.newVersion = newVersion;
        this.analystName = analystName;
        this.labelName = labelName;
        this.placed = placed;
        this.newVersionOpen = newVersionOpen;
        reload();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public Document newVersion() {
        return newVersion;
    }

    public String title() {
        return "Tags to review \u2014 " + newVersion.title();
    }

    /**
     * Where the selected row's tag would go if placed as suggested (its edited text, or the first
     * equally good place), for the view to select in the article; null when none, or when the
     * article shown is not the new version.
     */
    public Span suggestion() {
        Row r = selected.get();
        return r == null || r.item().candidates().isEmpty() || !newVersionOpen.getAsBoolean() ? null : r.item().candidates().get(0);
    }

    public void reload() {
        int at = rows.indexOf(selected.get());
        rows.setAll(versions.reviewList(newVersion.id()).stream().map(i -> new Row(i, describe(i))).toList());
        selected.set(rows.isEmpty() ? null : rows.get(Math.max(0, Math.min(at, rows.size() - 1))));
        if (rows.isEmpty()) {
            message.set("Nothing left to review.");
        }
    }

    /** Places the selected tag on [begin, end) of the new version; false (with the reason said) when it cannot be. */
    public boolean place(int begin, int end) {
        Row r = selected.get();
        if (r == null) {
            message.set("Choose a tag in the list first.");
            return false;
        }
        if (!newVersionOpen.getAsBoolean()) {
            message.set("Open \u201c" + newVersion.title() + "\u201d, the new version, to place its tags.");
            return false;
        }
        if (end <= begin) {
            message.set("Select the text in the article to place the tag on, then choose Place on Selection.");
            return false;
        }
        try {
            versions.place(newVersion.id(), r.item().oldTag().id(), new Span(begin, end));
        } catch (RuntimeException e) {
            message.set(e.getMessage());
            return false;
        }
        reload();
        said("Placed: " + labelName.apply(r.item().oldTag().labelId()) + " on \u201c"
                + oneLine(newVersion.text().substring(begin, end), 60) + "\u201d.");
        placed.run();
        return true;
    }

    /** Takes the selected tag off the list without placing it. */
    public boolean dismiss() {
        Row r = selected.get();
        if (r == null) {
            message.set("Choose a tag in the list first.");
            return false;
        }
        try {
            versions.dismiss(newVersion.id(), r.item().oldTag().id());
        } catch (RuntimeException e) {
            message.set(e.getMessage());
            return false;
        }
        reload();
        said("Dismissed: it stays in the old version.");
        return true;
    }

    /** What was done, and that the list is done when it is. */
    private void said(String done) {
        message.set(rows.isEmpty() ? done + " Nothing left to review." : done);
    }

    private String describe(ReviewItem i) {
        return analystName.apply(i.oldTag().analystId()) + " \u00b7 " + labelName.apply(i.oldTag().labelId()) + " \u00b7 "
                + i.reason().name().toLowerCase(java.util.Locale.ROOT) + ":  \u2026" + lastOf(flat(i.before()), 30) + "["
                + oneLine(i.quote(), 80) + "]" + firstOf(flat(i.after()), 30) + "\u2026";
    }

    private static String flat(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static String firstOf(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        return s.substring(0, Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n);
    }

    private static String lastOf(String s, int n) {
        if (s.length() <= n) {
            return s;
        }
        int from = s.length() - n;
        return s.substring(Character.isLowSurrogate(s.charAt(from)) ? from + 1 : from);
    }

    /** {@code s} on one line (line ends as spaces), cut to {@code max} characters. */
    static String oneLine(String s, int max) {
        String flat = flat(s);
        return flat.length() <= max ? flat : firstOf(flat, max) + "\u2026";
    }
}
