package org.newsmark.ui.editor;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.SelectionImpl;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/**
 * The workbench's reading view: the article in a {@link ReadingArea} at a comfortable measure,
 * styled from the view-model's list of shown tags, which it reads and never copies. A change
 * to that list restyles the paragraphs it touched, in one call; the selected tag is an outline
 * drawn over the text (a RichTextFX selection), so selecting never restyles. Resting the pointer
 * on tagged text shows a tooltip naming every tag over that character.
 */
public final class ArticleEditor extends StackPane {

    private static final double MEASURE = 780;

    private final ReadingArea area = new ReadingArea();
    private final TagLooks looks = new TagLooks();
    private final SelectionImpl<String, String, SpanLook> selectedTag;
    private final ListChangeListener<Annotation> onTagsChanged = this::tagsChanged;
    private ObservableList<Annotation> tags = FXCollections.observableArrayList();
    private SortedSpans index = new SortedSpans(tags);
    private IntConsumer onClick = offset -> { };
    private Function<List<Annotation>, String> describe = tags -> "";
    private final Tooltip tip = new Tooltip();
    private final PauseTransition resting = new PauseTransition(javafx.util.Duration.millis(450));
    private Point2D pointer;
    private Point2D pointerOnScreen;
    private List<Annotation> tipTags = List.of();
    private long restyles;
    private final LinkOutlines linkOutlines;
    private final LinkArcs arcs;
    private final FindHighlights findHits;
    private final SuggestionOutlines suggestions;

    public ArticleEditor() {
        area.setId("article");
        selectedTag = new SelectionImpl<>("selected-tag", area, path -> {
            // an outline in the theme's text colour, no fill, so the label colour stays visible; set on the
            // path itself because stylesheet rules do not reach the paths of added selections
            path.setHighlightFill(javafx.scene.paint.Color.TRANSPARENT);
            path.getStyleClass().add("selected-tag");
            path.setStyle("-fx-stroke: -nm-ink; -fx-stroke-width: 1.5;");
        });
        area.addSelection(selectedTag);
        area.setOnMouseClicked(e -> {
            if (e.isStillSincePress() && e.getClickCount() == 1 && area.getSelection().getLength() == 0) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(onClick::accept);
            }
        });
        tip.setId("tag-tooltip");
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        // RichTextFX's own mouse-over-text events fail (NullPointerException in its timer) when the
        // paragraph under a resting pointer is replaced before the delay is up: a pause of our own instead,
        // whose hit test gives up on a paragraph not laid out yet
        resting.setOnFinished(e -> showTip());
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            pointer = new Point2D(e.getX(), e.getY());
            pointerOnScreen = new Point2D(e.getScreenX(), e.getScreenY());
            if (tip.isShowing() && !tagsUnderPointer().equals(tipTags)) {
                tip.hide();
            }
            resting.playFromStart();
        });
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTip());
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> hideTip());
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> hideTip());
        VirtualizedScrollPane<ReadingArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.setMaxWidth(MEASURE);
        StackPane.setAlignment(scroll, Pos.TOP_CENTER);
        linkOutlines = new LinkOutlines(area);
        arcs = new LinkArcs(area);
        findHits = new FindHighlights(area);
        suggestions = new SuggestionOutlines(area);
        getChildren().addAll(scroll, findHits, suggestions, arcs);
        getStyleClass().add("article-frame");
    }

    public ReadingArea area() {
        return area;
    }

    /** The article text size in px (Preferences, Ctrl+Plus/Minus/0); the rest of the window keeps its size. */
    public void setFontSize(double px) {
        area.setStyle("-fx-font-size: " + px + "px;");
    }

    /** Called with the character offset of a plain click (no drag, no selection). */
    public void setOnTextClicked(IntConsumer handler) {
        this.onClick = handler;
    }

    private List<Annotation> tagsUnderPointer() {
        if (pointer == null || area.getScene() == null) {
            return List.of();
        }
        OptionalInt at;
        try {
            at = area.hit(pointer.getX(), pointer.getY()).getCharacterIndex();
        } catch (NullPointerException notLaidOut) {
            // RichTextFX's hit fails on a paragraph drawn anew (a restyle, another article) and not laid out yet
            return List.of();
        }
        return at.isPresent() && at.getAsInt() < area.getLength() ? tagsAt(at.getAsInt()) : List.of();
    }

    private void showTip() {
        List<Annotation> here = tagsUnderPointer();
        String text = here.isEmpty() ? "" : describe.apply(here);
        if (text.isEmpty() || area.getScene() == null || area.getScene().getWindow() == null
                || !area.getScene().getWindow().isShowing()) {
            tip.hide();
            return;
        }
        tip.setText(text);
        tipTags = here;
        tip.show(area, pointerOnScreen.getX() + 10, pointerOnScreen.getY() + 18);
    }

    private void hideTip() {
        resting.stop();
        tip.hide();
    }

    /** What the tooltip says about the tags over a character (empty: no tooltip). */
    public void setTagDescription(Function<List<Annotation>, String> describe) {
        this.describe = describe;
    }

    /** The tags to draw, in text order: the view-model's own list, followed from now on. */
    public void showTags(ObservableList<Annotation> shown) {
        tags.removeListener(onTagsChanged);
        tags = shown;
        index = new SortedSpans(shown);
        shown.addListener(onTagsChanged);
        restyleAll();
    }

    public void setLabels(List<Label> labels) {
        looks.setLabels(labels);
        restyleAll();
    }

    /** A new text, unstyled; its tags arrive next, as a change of the tag list. */
    public void showText(String text) {
        selectedTag.selectRange(0, 0);
        linkOutlines.clear();
        area.showText(text);
    }

    /**
     * Outlines the selected tag and scrolls it into view; null clears the outline. Never restyles.
     * The caret moves to the tag's start unless it is inside the tag already (a click, Enter):
     * a double-click there selects the word under the pointer, not the one at the tag's start.
     */
    public void select(Annotation a) {
        if (a == null || a.end() > area.getLength()) {
            selectedTag.selectRange(0, 0);
            return;
        }
        selectedTag.selectRange(a.begin(), a.end());
        int caret = area.getCaretPosition();
        if (caret < a.begin() || caret > a.end()) {
            area.moveTo(a.begin());
        }
        area.requestFollowCaret();
    }

    /** Puts the caret at the start of {@code a} and scrolls there (stepping from tag to tag). */
    public void caretToStartOf(Annotation a) {
        if (a != null && a.begin() <= area.getLength()) {
            area.moveTo(a.begin());
            area.requestFollowCaret();
        }
    }

    /** Dashed outlines on the tags at the other ends of the selected tag's links. */
    public void showLinked(List<Annotation> ends) {
        linkOutlines.showLinked(ends.stream().map(Annotation::span).toList());
        arcs.redrawLater();
    }

    /** The thick outline on the tag a link being made would go to (null: none), scrolled into view. */
    public void showLinkTarget(Annotation a) {
        linkOutlines.showTarget(a == null ? null : a.span());
    }

    /** The links to draw as arcs: those whose two ends begin in {@code [from, to)}, asked for the text on screen. */
    public void setLinkArcs(java.util.function.BiFunction<Integer, Integer, List<org.newsmark.ui.links.DrawnLink>> links) {
        arcs.setSource(links);
    }

    /** The links changed: the arcs are drawn again after the next pulse. */
    public void redrawArcs() {
        arcs.redrawLater();
    }

    /** The hits of Find to draw over the text: those beginning in {@code [from, to)}, and the current one. */
    public void setFindHits(java.util.function.BiFunction<Integer, Integer, List<Span>> hits, java.util.function.Supplier<Span> current) {
        findHits.setSource(hits, current);
    }

    /** The hits of Find changed: drawn again after the next pulse. */
    public void redrawFindHits() {
        findHits.redrawLater();
    }

    /** How many hits of Find have a box on screen (tests). */
    public int findHitCount() {
        return findHits.drawnCount();
    }

    /**
     * The suggestions to outline: those overlapping {@code [from, to)}, asked for the text on
     * screen; the current one, and each one's colour (its label's, inline).
     */
    public void setSuggestions(java.util.function.BiFunction<Integer, Integer, List<org.newsmark.domain.suggest.Suggestion>> shown,
                               java.util.function.Supplier<org.newsmark.domain.suggest.Suggestion> current,
                               Function<org.newsmark.domain.suggest.Suggestion, String> colour) {
        suggestions.setSource(shown, current, colour);
    }

    /** The suggestions or the current one changed: drawn again after the next pulse. */
    public void redrawSuggestions() {
        suggestions.redrawLater();
    }

    /** How many suggestions have an outline on screen (tests). */
    public int suggestionCount() {
        return suggestions.drawnCount();
    }

    /** Selects {@code [begin, end)} as text and scrolls it into view (a suggestion made current). */
    public void selectText(int begin, int end) {
        if (end <= area.getLength()) {
            selectedTag.selectRange(0, 0);
            area.selectRange(begin, end);
            area.requestFollowCaret();
        }
    }

    /** How many link arcs are drawn now (tests, the benchmark). */
    public int arcCount() {
        return arcs.drawnCount();
    }

    public List<Annotation> tagsAt(int offset) {
        return index.overlapping(offset, offset + 1);
    }

    /** How many times the text has been restyled (each one call to the area): for tests and the benchmark. */
    public long restyleCount() {
        return restyles;
    }

    /** One restyle over the paragraphs every tag added or removed by this change touches (a new list: all of them). */
    private void tagsChanged(ListChangeListener.Change<? extends Annotation> c) {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        while (c.next()) {
            index.removed(c.getRemoved());
            index.added(c.getAddedSubList());
            for (Annotation a : c.getRemoved()) {
                from = Math.min(from, a.begin());
                to = Math.max(to, a.end());
            }
            for (Annotation a : c.getAddedSubList()) {
                from = Math.min(from, a.begin());
                to = Math.max(to, a.end());
            }
        }
        if (from < to) {
            restyle(from, to);
        }
    }

    private void restyleAll() {
        if (area.getLength() > 0) {
            restyle(0, area.getLength());
        }
    }

    /** Restyles the whole paragraphs that {@code [from, to)} touches, in one call. */
    private void restyle(int from, int to) {
        Span range = area.paragraphsOf(from, to);
        if (range == null) {
            return;
        }
        area.restyle(range.begin(), StyleSweep.buildStriped(range.begin(), range.end(),
                index.overlapping(range.begin(), range.end()), Annotation::begin, Annotation::end, looks::looksOf,
                TagLooks.STRIPE));
        restyles++;
    }
}
