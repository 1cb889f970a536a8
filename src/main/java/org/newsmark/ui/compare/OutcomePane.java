package org.newsmark.ui.compare;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.ui.editor.ReadingArea;

/** One analyst's side of the comparison: the workbench's reading area, each of that analyst's spans styled by its outcome. */
final class OutcomePane extends BorderPane {

    private final ReadingArea area = new ReadingArea();
    private final Label title = new Label();
    private final boolean sideA;

    OutcomePane(boolean sideA) {
        this.sideA = sideA;
        area.setId(sideA ? "compare-pane-a" : "compare-pane-b");
        title.getStyleClass().add("compare-pane-title");
        title.setMaxWidth(Double.MAX_VALUE);
        setTop(title);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    ReadingArea area() {
        return area;
    }

    void setTitle(String text) {
        title.setText(text);
    }

    /** Shows the text with this side's spans; one restyle. */
    void show(String text, List<AlignedPair> pairs) {
        area.showText(text);
        if (!text.isEmpty()) {
            area.restyle(0, OutcomeStyles.spans(text.length(), pairs, sideA));
        }
    }

    /** Selects {@code [begin, end)} (a link's two end tags) and brings it into view. */
    void selectRange(int begin, int end) {
        if (end <= area.getLength()) {
            area.selectRange(begin, end);
            area.requestFollowCaret();
        }
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
