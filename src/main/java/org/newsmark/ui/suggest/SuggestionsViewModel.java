package org.newsmark.ui.suggest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.suggest.Suggestion;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.service.SuggestionService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.TaskRunner;

/**
 * The suggestions of the open article for me (issue 20): shown on demand (Ctrl+G), found in the
 * background so tagging never waits, stepped through (F8, Shift+F8), accepted with the label key
 * or Enter, rejected with X, all of one kind accepted as one step (Shift+Enter). A suggestion is
 * never a tag until accepted; a rejection is stored at once, per analyst and article, and the
 * last ones are taken back by Ctrl+Z until a tag changes. Which suggestion is current is kept by
 * its kind and span across every refresh, or the next one after it when it went.
 */
public final class SuggestionsViewModel {

    private final SuggestionService service;
    private final ObservableValue<Document> document;
    private final ObservableValue<Analyst> analyst;
    private final ObservableBooleanValue readOnly;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SaveStatusViewModel status;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final BooleanProperty withClaims = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<OpenSuggestions> open = new ReadOnlyObjectWrapper<>(OpenSuggestions.NONE);
    private final ReadOnlyObjectWrapper<Suggestion> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper finding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndoReject = new ReadOnlyBooleanWrapper(false);
    private final Deque<Rejected> rejected = new ArrayDeque<>();
    private volatile long generation;
    /** Where the current suggestion was, so that after it is accepted or rejected the next one becomes current. */
    private int anchor = -1;

    private record Rejected(long documentId, Suggestion suggestion) {
    }

    public SuggestionsViewModel(SuggestionService service, ObservableValue<Document> document, ObservableValue<Analyst> analyst,
                                ObservableBooleanValue readOnly, TaskRunner tasks, DialogService dialogs, SaveStatusViewModel status) {
        this.service = service;
        this.document = document;
        this.analyst = analyst;
        this.readOnly = readOnly;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        shown.addListener((o, was, now) -> refresh());
        withClaims.addListener((o, was, now) -> refresh());
        document.addListener((o, was, now) -> {
            anchor = -1;
            current.set(null);
            forgetRejections();
            refresh();
        });
        analyst.addListener((o, was, now) -> {
            forgetRejections();
            refresh();
        });
        // accepted, rejected, a tag made, undone or redone (here or by the service on another thread)
        service.addListener(change -> tasks.onUiThread(() -> {
            Document d = document.getValue();
            Analyst a = analyst.getValue();
            if (d != null && a != null && d.id() == change.documentId() && a.id() == change.analystId()) {
                refresh();
            }
        }));
        open.addListener((o, was, now) -> updatePrompt());
        current.addListener((o, was, now) -> updatePrompt());
        finding.addListener((o, was, now) -> updatePrompt());
    }

    /** Whether suggestions are drawn over the article (View › Show Suggestions, Ctrl+G). */
    public BooleanProperty shownProperty() { return shown; }

    /** Whether claims (a weaker kind: sentences in the article's own voice) are suggested too. */
    public BooleanProperty withClaimsProperty() { return withClaims; }

    /** The suggestion the keys act on, selected in the article; null when none. */
    public ReadOnlyObjectProperty<Suggestion> currentProperty() { return current.getReadOnlyProperty(); }

    /** True while the article is searched for suggestions in the background. */
    public ReadOnlyBooleanProperty findingProperty() { return finding.getReadOnlyProperty(); }

    /** What the bar above the article says: how many, the current one, and the keys. */
    public ReadOnlyStringProperty promptProperty() { return prompt.getReadOnlyProperty(); }

    /** Ctrl+Z would take back a rejection before any tag change. */
    public ReadOnlyBooleanProperty canUndoRejectProperty() { return canUndoReject.getReadOnlyProperty(); }

    /** Told when the open suggestions change (the editor draws them again). */
    public ReadOnlyObjectProperty<?> revisionProperty() { return open.getReadOnlyProperty(); }

    /** Every open suggestion, in text order (tests, the bar). */
    public List<Suggestion> suggestions() { return open.get().list(); }

    /** Those that overlap {@code [from, to)}: what the editor draws of the text on screen (none when hidden). */
    public List<Suggestion> between(int from, int to) {
        return shown.get() ? open.get().overlapping(from, to) : List.of();
    }

    /** Ctrl+G: shows or hides them; shown, the first one at or after {@code caret} becomes current. */
    public void toggle(int caret) {
        anchor = shown.get() ? -1 : caret;
        current.set(null);
        shown.set(!shown.get());
    }

    /**
     * F8: the suggestion after the current one when it is what the article has selected
     * ({@code [selectionStart, selectionEnd)}), else the first that begins at the caret or after
     * (round to the first); shows them first if they are hidden.
     */
    public void next(int selectionStart, int selectionEnd) {
        if (showFirst(selectionStart)) {
            return;
        }
        OpenSuggestions all = open.get();
        if (all.size() > 0) {
            int at = isCurrent(selectionStart, selectionEnd) ? all.indexOf(current.get()) : -1;
            int i = at >= 0 ? at + 1 : all.firstAtOrAfter(selectionStart);
            current.set(all.get(i >= all.size() ? 0 : i));
        }
    }

    /** Shift+F8: the suggestion before the current one, else the last that begins before the caret (round to the last). */
    public void previous(int selectionStart, int selectionEnd) {
        if (showFirst(selectionStart)) {
            return;
        }
        OpenSuggestions all = open.get();
        if (all.size() > 0) {
            int at = isCurrent(selectionStart, selectionEnd) ? all.indexOf(current.get()) : -1;
            int i = at >= 0 ? at - 1 : all.firstAtOrAfter(selectionStart) - 1;
            current.set(all.get(i < 0 ? all.size() - 1 : i));
        }
    }

    /** Whether the keys act on the current suggestion: it is selected exactly as the article's text selection. */
    public boolean isCurrent(int selectionStart, int selectionEnd) {
        Suggestion s = current.get();
        return shown.get() && s != null && s.begin() == selectionStart && s.end() == selectionEnd;
    }

    /** Enter, or a label key (null: the label its kind names): the current suggestion becomes my tag, one undo step. */
    public void accept(Label labelOrNull) {
        Suggestion s = current.get();
        Document d = document.getValue();
        if (s == null || d == null || refusedReadOnly()) {
            return;
        }
        anchor = s.begin();
        status.attempt(() -> service.accept(d, analyst.getValue(), s, labelOrNull)).ifPresent(tag -> {
            forgetRejections();
            status.message().set("Tagged as " + (labelOrNull == null ? s.kind().labelName() : labelOrNull.name()) + ": “"
                    + excerpt(d, s.span()) + "”" + speakerNote(s) + ". Ctrl+Z takes it back.");
        });
    }

    /** X: the current suggestion is rejected for me in this article and does not come back; Ctrl+Z brings it back. */
    public void reject() {
        Suggestion s = current.get();
        Document d = document.getValue();
        if (s == null || d == null || refusedReadOnly()) {
            return;
        }
        anchor = s.begin();
        status.attempt(() -> {
            service.reject(d, analyst.getValue(), s);
            return s;
        }).ifPresent(x -> {
            rejected.push(new Rejected(d.id(), s));
            canUndoReject.set(true);
            status.message().set("Rejected the " + s.kind().labelName() + " suggestion “" + excerpt(d, s.span())
                    + "”: it will not be suggested to you again here. Ctrl+Z brings it back.");
        });
    }

    /** Ctrl+Z right after rejecting: the last rejection is taken back and that suggestion is current again. */
    public boolean undoReject() {
        Document d = document.getValue();
        if (rejected.isEmpty() || d == null) {
            return false;
        }
        Rejected last = rejected.pop();
        canUndoReject.set(!rejected.isEmpty());
        if (last.documentId() != d.id()) {
            return false;
        }
        anchor = last.suggestion().begin();
        current.set(null);
        status.attempt(() -> {
            service.unreject(d, analyst.getValue(), last.suggestion());
            return last;
        }).ifPresent(x -> status.message().set("The " + last.suggestion().kind().labelName() + " suggestion “"
                + excerpt(d, last.suggestion().span()) + "” is back."));
        return true;
    }

    /** A tag of mine changed by other means: the rejections before it are no longer the last step. */
    public void tagsChanged() {
        forgetRejections();
    }

    /** Shift+Enter: every open suggestion of the current one's kind (or {@code kind}) accepted, after asking, as one undo step. */
    public void acceptAll(SuggestionKind kindOrNull) {
        Document d = document.getValue();
        Suggestion now = current.get();
        SuggestionKind kind = kindOrNull != null ? kindOrNull : now == null ? null : now.kind();
        if (d == null || kind == null || refusedReadOnly()) {
            return;
        }
        Optional<Label> label = service.labelOf(kind);
        if (label.isEmpty()) {
            status.message().set("The codebook has no label \"" + kind.labelName() + "\": there is nothing to accept these as.");
            return;
        }
        long n = kind == SuggestionKind.CLAIM && !withClaims.get() ? -1 : open.get().count(kind);
        String how = n < 0 ? "every claim suggestion" : n == 1 ? "the 1 " + kind.labelName() + " suggestion"
                : "all " + n + " " + kind.labelName() + " suggestions";
        if (n == 0) {
            status.message().set("No " + kind.labelName() + " suggestions are open in this article.");
            return;
        }
        if (!dialogs.confirm("Accept suggestions", "Tag " + how + " in “" + d.title() + "” as " + label.get().name() + "?",
                "Each becomes your tag with the values the suggestion found; where two overlap, the more confident is taken."
                        + " One step: Ctrl+Z takes them all back.", "Accept All")) {
            return;
        }
        Analyst me = analyst.getValue();
        tasks.run("Accepting " + kind.labelName() + " suggestions", control -> service.acceptAll(d, me, kind, control),
                added -> {
                    forgetRejections();
                    status.message().set(added.size() + " " + kind.labelName() + (added.size() == 1 ? " tag" : " tags")
                            + " made from suggestions. Ctrl+Z takes them back.");
                },
                failed -> {
                    if (failed instanceof TaskControl.CancelledException) {
                        status.message().set("Stopped: no suggestions were accepted.");
                    } else {
                        status.attempt(() -> {
                            throw failed instanceof RuntimeException r ? r : new IllegalStateException(failed.getMessage(), failed);
                        });
                    }
                });
    }

    /** The analyst's words for a suggestion: kind, reason, speaker and cue (the bar, the tooltip). */
    public String describe(Suggestion s) {
        Document d = document.getValue();
        StringBuilder b = new StringBuilder(s.kind().labelName());
        if (s.kind() == SuggestionKind.CLAIM) {
            b.append(" (weaker)");
        }
        if (!s.why().isEmpty() && s.cue() == null) { // an opinion's reason is its speaker and cue, said below
            b.append(": ").append(s.why());
        }
        if (d != null && s.source() != null) {
            b.append(" · speaker “").append(excerpt(d, s.source())).append('”');
            if (s.sourceName() != null && !s.sourceName().equals(s.source().textOf(d.text()))) {
                b.append(" (").append(s.sourceName()).append(')');
            }
        }
        if (d != null && s.cue() != null) {
            b.append(" · cue “").append(excerpt(d, s.cue())).append('”');
        }
        return b.toString();
    }

    /** Shows the suggestions when hidden, the first at or after {@code caret} current; true when it did. */
    private boolean showFirst(int caret) {
        if (shown.get()) {
            return false;
        }
        toggle(caret);
        return true;
    }

    /** Finds the open suggestions again in the background; the newest request wins. */
    private void refresh() {
        long mine = ++generation;
        Document d = document.getValue();
        Analyst a = analyst.getValue();
        if (!shown.get() || d == null || a == null) {
            finding.set(false);
            open.set(OpenSuggestions.NONE);
            current.set(null);
            return;
        }
        boolean claims = withClaims.get();
        TaskControl stale = new TaskControl() {
            @Override
            public boolean isCancelled() {
                return generation != mine;
            }
        };
        finding.set(true);
        tasks.runQuietly(control -> OpenSuggestions.of(service.open(d, a, claims, stale)), found -> {
            if (mine == generation) {
                finding.set(false);
                show(found);
            }
        }, failed -> {
            if (mine == generation) {
                finding.set(false);
                if (!(failed instanceof TaskControl.CancelledException)) {
                    status.message().set("Suggestions could not be found: " + failed.getMessage());
                }
            }
        });
    }

    /** The new list; the current suggestion kept, or the first after where it was. */
    private void show(OpenSuggestions found) {
        Suggestion was = current.get();
        open.set(found);
        if (was != null) {
            int i = found.indexOf(was);
            if (i >= 0) {
                current.set(found.get(i));
                return;
            }
        }
        if (anchor >= 0) {
            int i = found.firstAtOrAfter(anchor);
            current.set(i < found.size() ? found.get(i) : found.size() > 0 ? found.get(0) : null);
        } else if (was != null) {
            current.set(null);
        }
    }

    private void updatePrompt() {
        if (!shown.get()) {
            prompt.set("");
            return;
        }
        OpenSuggestions all = open.get();
        if (finding.get() && all.size() == 0) {
            prompt.set("Finding suggestions…");
            return;
        }
        if (all.size() == 0) {
            prompt.set("No suggestions open in this article" + (withClaims.get() ? "" : " (claims: View › Suggest Claims Too)")
                    + ". Ctrl+G hides this bar.");
            return;
        }
        Suggestion s = current.get();
        if (s == null) {
            prompt.set(all.size() + (all.size() == 1 ? " suggestion" : " suggestions") + " in this article, drawn with dotted"
                    + " outlines. F8 the next one, Shift+F8 the previous, Ctrl+G hides them.");
            return;
        }
        long ofKind = all.count(s.kind());
        prompt.set("Suggestion " + (all.indexOf(s) + 1) + " of " + all.size() + ": " + describe(s) + ".   Enter accepts · a label key"
                + " accepts with that label · X rejects · F8 / Shift+F8 next / previous · Shift+Enter accepts all of this kind ("
                + ofKind + ")");
    }

    private boolean refusedReadOnly() {
        if (readOnly.get()) {
            status.message().set("These tags are read-only here: suggestions can be accepted or rejected only in your own tags.");
            return true;
        }
        return false;
    }

    private void forgetRejections() {
        rejected.clear();
        canUndoReject.set(false);
    }

    private static String speakerNote(Suggestion s) {
        return s.kind() == SuggestionKind.ATTRIBUTED_OPINION && s.sourceName() != null ? ", speaker " + s.sourceName() : "";
    }

    private static String excerpt(Document d, Span span) {
        if (span.end() > d.length()) {
            return "";
        }
        String t = span.textOf(d.text()).replace('\n', ' ').strip();
        return t.length() <= 60 ? t : t.substring(0, 59) + "…";
    }
}
