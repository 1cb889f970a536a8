package org.newsmark.ui.workbench;

import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.newsmark.domain.Label;

/** One button per label (key, name, colour, definition as tooltip), and the snap-to-words toggle. */
final class LabelToolBar extends ToolBar {

    LabelToolBar(WorkbenchViewModel vm, java.util.function.Consumer<Label> onLabel) {
        setId("label-toolbar");
        for (Label label : vm.labels()) {
            Rectangle swatch = new Rectangle(12, 12, Color.web(label.color()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            String key = label.key() == null ? "" : label.key() + "  ";
            Button b = new Button(key + label.name(), swatch);
            b.setId("label-button-" + label.name().replace(' ', '-'));
            Tooltip tip = new Tooltip(label.name() + (label.key() == null ? "" : " (key " + label.key() + ")")
                    + "\n" + label.definition());
            tip.setShowDelay(Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            b.setTooltip(tip);
            b.setFocusTraversable(false);
            b.setOnAction(e -> onLabel.accept(label));
            b.disableProperty().bind(vm.readOnlyBinding());
            getItems().add(b);
        }
        ToggleButton snap = new ToggleButton("Snap to words");
        snap.setId("snap-toggle");
        snap.setFocusTraversable(false);
        snap.setTooltip(new Tooltip("Widen each new tag to whole words"));
        snap.selectedProperty().bindBidirectional(vm.snapToWordsProperty());
        getItems().addAll(new Separator(), snap);
    }
}
