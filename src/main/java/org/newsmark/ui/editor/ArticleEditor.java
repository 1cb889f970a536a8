package org.newsmark.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.undo.UndoManagerFactory;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/**
 * The reading view: a read-only RichTextFX area with a caret for keyboard selection, wrapped
 * at a comfortable measure. It shows one analyst's tags and restyles only the paragraphs an
 * edit touched.
 */
public final class ArticleEditor extends StackPane {

    private static final double MEASURE = 780;

    private final InlineCssTextArea area = new InlineCssTextArea();
    private final SpanIndex index = new SpanIndex();
    private final SpanStyles styles = new SpanStyles();
    private long selectedId = -1;
    /** Where the outlined tag was drawn, to clear its outline without searching all tags. */
    private Span selectedSpan;
    private IntConsumer onClick = offset -> { };

    public ArticleEditor() {
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoManagerFactory.zeroHistorySingleChangeUM(area.multiPlainChanges()));
        area.getStyleClass().add("article");
        area.setId("article");
        area.setFocusTraversable(true);
        area.setOnMouseClicked(e -> {
            if (e.isStillSincePress() && e.getClickCount() == 1 && area.getSelection().getLength() == 0) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(onClick::accept);
            }
        });
        VirtualizedScrollPane<InlineCssTextArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.setMaxWidth(MEASURE);
        StackPane.setAlignment(scroll, Pos.TOP_CENTER);
        getChildren().add(scroll);
        getStyleClass().add("article-frame");
    }

    public InlineCssTextArea area() {
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

    public void setLabels(List<Label> labels) {
        styles.setLabels(labels);
    }

    /** Shows a new text with its tags: one full restyle; caret at the start. */
    public void show(String text, Collection<Annotation> annotations) {
        index.reset(annotations);
        selectedId = -1;
        selectedSpan = null;
        area.replaceText(text);
        if (!text.isEmpty()) {
            area.setStyleSpans(0, StyleSweep.build(0, text.length(), index.all(), styles, selectedId));
        }
        area.moveTo(0);
        area.requestFollowCaret();
        area.showParagraphAtTop(0);
    }

    /** Re-shows the current tags, e.g. after label colours changed. */
    public void restyleAll() {
        int length = area.getLength();
        if (length > 0) {
            area.setStyleSpans(0, StyleSweep.build(0, length, index.all(), styles, selectedId));
        }
    }

    public void added(Annotation a) {
        index.add(a);
        restyle(a.span());
    }

    public void removed(Annotation a) {
        index.remove(a);
        restyle(a.span());
    }

    public void replaced(Annotation before, Annotation after) {
        index.remove(before);
        index.add(after);
        restyle(before.span());
        restyle(after.span());
    }

    /** Outlines the selected tag and scrolls it into view; null clears the outline. */
    public void select(Annotation a) {
        Span old = selectedSpan;
        selectedId = a == null ? -1 : a.id();
        selectedSpan = a == null ? null : a.span();
        if (old != null && old.end() <= area.getLength()) {
            restyle(old);
        }
        if (a != null) {
            restyle(a.span());
            area.moveTo(a.begin());
            area.requestFollowCaret();
        }
    }

    public List<Annotation> annotationsAt(int offset) {
        return index.overlapping(offset, offset + 1);
    }

    /** Restyles the whole paragraphs that {@code span} touches, in one call. */
    private void restyle(Span span) {
        int length = area.getLength();
        if (length == 0) {
            return;
        }
        int firstPar = area.offsetToPosition(Math.min(span.begin(), length), TwoDimensional.Bias.Forward).getMajor();
        int lastPar = area.offsetToPosition(Math.min(span.end(), length), TwoDimensional.Bias.Backward).getMajor();
        int from = area.getAbsolutePosition(firstPar, 0);
        int to = area.getAbsolutePosition(lastPar, area.getParagraphLength(lastPar));
        if (to <= from) {
            return;
        }
        area.setStyleSpans(from, StyleSweep.build(from, to, index.overlapping(from, to), styles, selectedId));
    }
}
