package org.newsmark.ui.compare;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.newsmark.agreement.OutcomeKind;

/** The key to the panes' styling: each outcome in its own style, with the pattern in words. */
final class Legend extends FlowPane {

    Legend() {
        super(14, 4);
        setId("compare-legend");
        getStyleClass().add("compare-legend");
        for (OutcomeKind k : OutcomeKind.values()) {
            OutcomeStyles.Look look = OutcomeStyles.LOOKS.get(k);
            InlineCssTextArea sample = new InlineCssTextArea(OutcomeStyles.name(k));
            sample.setEditable(false);
            sample.setFocusTraversable(false);
            sample.setStyle(0, sample.getLength(), look.css());
            sample.setPrefSize(sample.getLength() * 8 + 14, 22);
            sample.setMaxHeight(22);
            sample.setMouseTransparent(true);
            Label pattern = new Label("(" + look.pattern() + ")");
            pattern.getStyleClass().add("legend-pattern");
            getChildren().add(new javafx.scene.layout.HBox(2, sample, pattern));
        }
    }
}
