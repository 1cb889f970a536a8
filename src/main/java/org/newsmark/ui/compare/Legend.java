package org.newsmark.ui.compare;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.ui.editor.ReadingArea;

/** The key to the panes' styling: each outcome in its own style (the same CSS class), with the pattern in words. */
final class Legend extends FlowPane {

    Legend() {
        super(14, 4);
        setId("compare-legend");
        getStyleClass().add("compare-legend");
        for (OutcomeKind k : OutcomeKind.values()) {
            ReadingArea sample = new ReadingArea();
            sample.getStyleClass().add("legend-sample");
            sample.replaceText(OutcomeStyles.name(k));
            sample.setStyle(0, sample.getLength(), OutcomeStyles.look(k));
            sample.setFocusTraversable(false);
            sample.setMouseTransparent(true);
            sample.setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.OFF); // a key, not a place to type
            sample.setPrefSize(sample.getLength() * 8 + 14, 22);
            sample.setMaxHeight(22);
            Label pattern = new Label("(" + OutcomeStyles.PATTERNS.get(k) + ")");
            pattern.getStyleClass().add("legend-pattern");
            getChildren().add(new HBox(2, sample, pattern));
        }
    }
}
