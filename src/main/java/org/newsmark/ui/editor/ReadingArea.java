package org.newsmark.ui.editor;

import java.text.BreakIterator;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.undo.UndoManagerFactory;
import org.reactfx.EventStreams;
import org.newsmark.domain.Span;

/**
 * The reading surface the workbench and the compare view share: a read-only RichTextFX area
 * with a caret for keyboard selection, text styled by {@link SpanLook} runs, restyled by whole
 * paragraphs in one call. A double-click selects the word under the pointer.
 */
public class ReadingArea extends StyledTextArea<String, SpanLook> {

    public ReadingArea() {
        super("", (paragraph, style) -> { }, SpanLook.NONE, (text, look) -> {
            text.getStyleClass().addAll(look.classes());
            text.setStyle(look.css());
        });
        setEditable(false);
        setWrapText(true);
        setShowCaret(Caret.CaretVisibility.ON);
        // RichTextFX's own undo is for typed text; tag undo is the services' (Ctrl+Z is taken before it). It
        // listens to no changes: its plain-text change stream compares the old and new text of every
        // change, two copies of a 10 MB article for each open and each full restyle
        setUndoManager(UndoManagerFactory.zeroHistorySingleChangeUM(EventStreams.never()));
        getStyleClass().add("article");
        setFocusTraversable(true);
        // RichTextFX selects the word at the caret; a click handler may have moved the caret (to a tag's start)
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !e.isShiftDown()) {
                hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i -> {
                    selectWordAt(i);
                    e.consume();
                });
            }
        });
    }

    /** Selects the word (or run of spaces, or punctuation) that the character at {@code index} belongs to. */
    public void selectWordAt(int index) {
        if (index < 0 || index >= getLength()) {
            return;
        }
        var pos = offsetToPosition(index, TwoDimensional.Bias.Forward);
        String paragraph = getText(pos.getMajor());
        int column = pos.getMinor();
        if (column >= paragraph.length()) {
            return;
        }
        BreakIterator words = BreakIterator.getWordInstance(getLocale());
        words.setText(paragraph);
        int end = words.following(column);
        int start = words.previous();
        int parStart = index - column;
        selectRange(parStart + start, parStart + end);
    }

    /** Replaces the text, unstyled, with the caret and the view at its start. */
    public void showText(String text) {
        if (text.indexOf('\r') >= 0) {
            replaceText(text);
        } else {
            replace(0, getLength(), unstyled(text));
        }
        moveTo(0);
        requestFollowCaret();
        showParagraphAtTop(0);
    }

    /**
     * The text as a document of unstyled paragraphs, split at each line feed by hand: RichTextFX's
     * own {@code replaceText} splits with a regular expression, twice, which cost about 0.2 s of a
     * 10 MB article's open. Text with carriage returns is left to it.
     */
    private ReadOnlyStyledDocument<String, String, SpanLook> unstyled(String text) {
        ReadOnlyStyledDocumentBuilder<String, String, SpanLook> doc = new ReadOnlyStyledDocumentBuilder<>(getSegOps(),
                getInitialParagraphStyle());
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            doc.addParagraph(text.substring(start, nl), SpanLook.NONE);
            start = nl + 1;
        }
        doc.addParagraph(text.substring(start), SpanLook.NONE);
        return doc.build();
    }

    /** The whole paragraphs {@code span} touches, as a range of the text; null when there is no text. */
    public Span paragraphsOf(int begin, int end) {
        int length = getLength();
        if (length == 0) {
            return null;
        }
        int firstPar = offsetToPosition(Math.min(begin, length), TwoDimensional.Bias.Forward).getMajor();
        int lastPar = offsetToPosition(Math.min(end, length), TwoDimensional.Bias.Backward).getMajor();
        int from = getAbsolutePosition(firstPar, 0);
        int to = getAbsolutePosition(lastPar, getParagraphLength(lastPar));
        return to > from ? new Span(from, to) : null;
    }

    /** One restyle: {@code looks} covers {@code [from, from + looks.length())}. */
    public void restyle(int from, StyleSpans<SpanLook> looks) {
        setStyleSpans(from, looks);
    }
}
