package org.newsmark.ui.workbench;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.newsmark.domain.Label;

/**
 * One button per label in use (key, name, colour; the definition, rules and examples as tooltip),
 * and the snap-to-words toggle. Rebuilt whenever the codebook changes; retired labels are not here.
 */
final class LabelToolBar extends ToolBar {

    private final WorkbenchViewModel vm;
    private final Consumer<Label> onLabel;
    private final ToggleButton snap = new ToggleButton("Snap to words");

    LabelToolBar(WorkbenchViewModel vm, Consumer<Label> onLabel) {
        this.vm = vm;
        this.onLabel = onLabel;
        setId("label-toolbar");
        snap.setId("snap-toggle");
        snap.setFocusTraversable(false);
        snap.setTooltip(new Tooltip("Widen each new tag to whole words"));
        snap.selectedProperty().bindBidirectional(vm.snapToWordsProperty());
        rebuild();
        vm.toolbarLabels().addListener((ListChangeListener<Label>) c -> rebuild());
    }

    private void rebuild() {
        getItems().clear();
        vm.toolbarLabels().forEach(l -> getItems().add(button(l)));
        getItems().addAll(new Separator(), snap);
    }

    private Button button(Label label) {
        Rectangle swatch = new Rectangle(12, 12, Color.web(label.color()));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        Button b = new Button((label.key() == null ? "" : label.key() + "  ") + label.name(), swatch);
        b.setId("label-button-" + label.name().replace(' ', '-'));
        b.setTooltip(tooltip(label));
        b.setFocusTraversable(false);
        b.setOnAction(e -> onLabel.accept(label));
        b.disableProperty().bind(vm.readOnlyBinding());
        return b;
    }

    /** The label's name and key, then what the codebook says of it. */
    static Tooltip tooltip(Label label) {
        String text = label.name() + (label.key() == null ? "" : " (key " + label.key() + ")")
                + (label.description().isEmpty() ? "" : "\n" + label.description());
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }
}
