package org.newsmark.ui.compare;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.undo.UndoManagerFactory;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.LabeledSpan;

/**
 * One analyst's side of the comparison: the article read-only, each of that analyst's spans
 * styled by its outcome. A sibling of the workbench's ArticleEditor, restyled with one
 * StyleSpans per change.
 */
final class OutcomePane extends BorderPane {

    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Label title = new Label();
    private final boolean sideA;

    OutcomePane(boolean sideA) {
        this.sideA = sideA;
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoManagerFactory.zeroHistorySingleChangeUM(area.multiPlainChanges()));
        area.getStyleClass().add("article");
        area.setId(sideA ? "compare-pane-a" : "compare-pane-b");
        title.getStyleClass().add("compare-pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        setTop(title);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    InlineCssTextArea area() {
        return area;
    }

    void setTitle(String text) {
        title.setText(text);
    }

    /** Shows the text with this side's spans; one restyle. */
    void show(String text, List<AlignedPair> pairs) {
        area.replaceText(text);
        if (!text.isEmpty()) {
            area.setStyleSpans(0, OutcomeSweep.build(text.length(), pairs, sideA));
        }
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** Selects this side's span of the pair; when this side marked nothing, puts the caret where the other side's span is. */
    void select(AlignedPair pair) {
        if (pair == null) {
            area.deselect();
            return;
        }
        LabeledSpan s = sideA ? pair.a() : pair.b();
        if (s != null && s.end() <= area.getLength()) {
            area.selectRange(s.begin(), s.end());
        } else {
            area.moveTo(Math.min(pair.begin(), area.getLength()));
        }
        area.requestFollowCaret();
    }
}
