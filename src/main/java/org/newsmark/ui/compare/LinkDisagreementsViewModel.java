package org.newsmark.ui.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Link;
import org.newsmark.service.AdjudicationLinks;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.Comparison;
import org.newsmark.service.ComparisonLinks;
import org.newsmark.service.ComparisonLinks.Side;
import org.newsmark.service.LinkChange;

/**
 * The compare window's links: the links table of the Agreement tab, and the "Link
 * disagreements" tab, every link one analyst made and the other did not, with Accept A / Accept
 * B (the link and its end tags into consensus, one step of the window's undo) and Reject.
 * Whether a link is in consensus is read from consensus; a rejection is kept in the project
 * (docs/decisions/0021-link-agreement.md).
 */
public final class LinkDisagreementsViewModel {

    /** How a link disagreement stands. */
    public enum Status { OPEN, IN_CONSENSUS, REJECTED }

    /** One row of the list: the link one side lacks and how it stands. */
    public record Row(ComparisonLinks.Unmatched link, Status status) {
        /** Where the first of its two end tags begins: the panes select from here to {@link #end()}. */
        public int begin() {
            return Math.min(link.from().begin(), link.to().begin());
        }

        /** Where the last of its two end tags ends. */
        public int end() {
            return Math.max(link.from().end(), link.to().end());
        }
    }

    private final AdjudicationLinks adjudication;
    private final AnnotationService annotations;
    private final StringProperty message;
    private final ObservableValue<Comparison> comparison;
    private final ObservableValue<Comparison> whole;
    private final Consumer<Runnable> attempt;
    private final LongConsumer undoStep;
    private final Supplier<String> consensusName;
    private final Runnable refresh;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<LinkTable.Row> figureRows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final Consumer<LinkChange> linkListener;

    /**
     * @param comparison the comparison in the chosen scope; {@code whole} the one over every document both tagged
     * @param attempt    the window's one edit path (refusals as its message, failures as NOT SAVED)
     * @param undoStep   records a step of the window's undo for the document it changed
     * @param onUiThread runs a listener's work on the UI thread
     * @param refresh    computes the comparison anew (a link of A or B changed)
     */
    LinkDisagreementsViewModel(AdjudicationLinks adjudication, AnnotationService annotations, StringProperty message,
                               ObservableValue<Comparison> comparison, ObservableValue<Comparison> whole,
                               Consumer<Runnable> attempt, LongConsumer undoStep, Supplier<String> consensusName,
                               Consumer<Runnable> onUiThread, Runnable refresh) {
        this.adjudication = adjudication;
        this.annotations = annotations;
        this.message = message;
        this.comparison = comparison;
        this.whole = whole;
        this.attempt = attempt;
        this.undoStep = undoStep;
        this.consensusName = consensusName;
        this.refresh = refresh;
        linkListener = change -> onUiThread.accept(() -> changed(change));
        annotations.addLinkListener(linkListener);
        comparison.addListener((o, a, c) -> reload());
        whole.addListener((o, a, c) -> reload());
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<LinkTable.Row> figureRows() { return figureRows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    /** "1 of 4 settled": in consensus or rejected. */
    public StringProperty progressProperty() { return progress; }

    /** The links table as tab-separated text, the header first: what Ctrl+C copies. */
    public String tsv() {
        return LinkTable.tsv(figureRows);
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    /** The selected link, A's, into consensus with its end tags. */
    public void acceptA() {
        accept(Side.A);
    }

    public void acceptB() {
        accept(Side.B);
    }

    /** Consensus does not take the selected link: kept in the project, marked ✗ (accepting it later clears that). */
    public void reject() {
        Row r = selected.get();
        if (r == null) {
            message.set("Select a link disagreement first.");
            return;
        }
        attempt.accept(() -> {
            adjudication.reject(r.link());
            message.set(r.status() == Status.IN_CONSENSUS
                    ? "Marked rejected; " + consensusName.get() + " keeps the link accepted before (Ctrl+Z or the workbench removes it)."
                    : "Link rejected: " + consensusName.get() + " does not get it.");
            marks();
            nextOpen(r);
        });
    }

    void close() {
        annotations.removeLinkListener(linkListener);
    }

    /** Reads the rows, marks and figures again for the comparisons shown. */
    void reload() {
        Comparison c = comparison.getValue();
        Comparison all = whole.getValue();
        if (c == null || all == null) {
            rows.clear();
            figureRows.clear();
            selected.set(null);
            progress.set("");
            return;
        }
        figureRows.setAll(LinkTable.rows(c == all ? null : c.links().report(), all.links().report()));
        Row keep = selected.get();
        rows.setAll(c.links().unmatched().stream().map(u -> new Row(u, Status.OPEN)).toList());
        marks();
        selected.set(keep == null ? null : find(keep.link()));
    }

    private void changed(LinkChange change) {
        Link l = change.after() != null ? change.after() : change.before();
        Comparison c = comparison.getValue();
        if (c != null && (l.analystId() == c.a().id() || l.analystId() == c.b().id())) {
            refresh.run(); // A's or B's links changed: the figures and the list are computed anew
        } else {
            marks();
        }
    }

    /** Each row's status from consensus now and this window's rejections; the selection follows its link. */
    private void marks() {
        Set<Long> agreed = adjudication.inConsensus(rows.stream().map(Row::link).toList());
        Set<Long> rejected = adjudication.rejected(rows.stream().map(Row::link).toList());
        Row keep = selected.get();
        List<Row> now = rows.stream().map(r -> new Row(r.link(), agreed.contains(r.link().link().id()) ? Status.IN_CONSENSUS
                : rejected.contains(r.link().link().id()) ? Status.REJECTED : Status.OPEN)).toList();
        if (!now.equals(rows)) {
            rows.setAll(now);
        }
        if (keep != null) {
            selected.set(find(keep.link()));
        }
        long settled = now.stream().filter(r -> r.status() != Status.OPEN).count();
        progress.set(now.isEmpty() ? "" : settled + " of " + now.size() + " settled");
    }

    /** The row of the same link (by id: a recomputed comparison holds equal but new objects, long texts included). */
    private Row find(ComparisonLinks.Unmatched u) {
        return rows.stream().filter(r -> r.link().link().id() == u.link().id()).findFirst().orElse(null);
    }

    private void accept(Side side) {
        Row r = selected.get();
        if (r == null) {
            message.set("Select a link disagreement first.");
            return;
        }
        if (r.link().side() != side) {
            message.set("Analyst " + side + " has no such link: this one is " + r.link().side() + "'s. Nothing to accept.");
            return;
        }
        attempt.accept(() -> {
            adjudication.accept(r.link());
            undoStep.accept(r.link().document().id());
            marks();
            message.set(side + "'s \"" + r.link().type() + "\" link and its tags are in " + consensusName.get() + ". Ctrl+Z takes it back.");
            nextOpen(r);
        });
    }

    /** After a decision: the next row still open, or this one when none is. */
    private void nextOpen(Row after) {
        int at = rows.indexOf(find(after.link()));
        for (int i = 1; i <= rows.size(); i++) {
            Row x = rows.get(Math.floorMod(at + i, rows.size()));
            if (x.status() == Status.OPEN) {
                selected.set(x);
                return;
            }
        }
    }

    private void move(int step) {
        int n = rows.size();
        if (n == 0) {
            message.set("No link disagreements here.");
            return;
        }
        int at = rows.indexOf(selected.get());
        selected.set(rows.get(at < 0 ? (step > 0 ? 0 : n - 1) : Math.floorMod(at + step, n)));
    }

    /** The list's text for a row: whose (side and name), type, from text → to text, the document when several are compared. */
    public String text(Row r) {
        Comparison c = comparison.getValue();
        String whose = c == null ? "?" : (r.link().side() == Side.A ? c.a() : c.b()).name();
        return describe(r, whose, c != null && c.documents().size() > 1);
    }

    static String describe(Row r, String whose, boolean withDocument) {
        ComparisonLinks.Unmatched u = r.link();
        String text = u.document().text();
        return u.side() + " (" + whose + ") · " + u.type() + " · “" + quote(text, u.from().begin(), u.from().end()) + "” → “"
                + quote(text, u.to().begin(), u.to().end()) + "”" + (withDocument ? "  (doc " + u.document().id() + ")" : "");
    }

    private static String quote(String text, int begin, int end) {
        String s = text.substring(Math.min(begin, text.length()), Math.min(end, text.length())).replace('\n', ' ');
        return s.length() > 30 ? s.substring(0, 29) + "…" : s;
    }
}
