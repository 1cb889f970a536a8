package org.newsmark.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

/**
 * Holds a panel that joins the window one frame after the slot itself: the first frame of a
 * project shows the article sooner, and the side tables, whose rows were half of that frame's
 * CSS and layout, fill in on the next pulse (issue 18, docs/performance.md, ADR 0049).
 */
public final class SecondFrameSlot extends StackPane {

    private static final String STYLE = "second-frame-slot";

    public SecondFrameSlot(Node content) {
        getStyleClass().add(STYLE);
        sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene scene) {
                if (scene == null) {
                    return;
                }
                sceneProperty().removeListener(this);
                Runnable[] shown = new Runnable[1];
                // a scene runs its pulse listeners by index: this one is removed after the pulse, not in it
                shown[0] = () -> Platform.runLater(() -> {
                    if (shown[0] != null) {
                        scene.removePostLayoutPulseListener(shown[0]);
                        shown[0] = null;
                        getChildren().add(content);
                    }
                });
                scene.addPostLayoutPulseListener(shown[0]);
                Platform.requestNextPulse();
            }
        });
    }

    /** Whether every slot under {@code root} holds its panel: the window is whole. */
    public static boolean allFilled(Parent root) {
        return root.lookupAll("." + STYLE).stream().allMatch(n -> !((SecondFrameSlot) n).getChildren().isEmpty());
    }
}
