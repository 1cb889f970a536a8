package org.newsmark.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Holds a panel that starts hidden (the find bar, the links of a tag) and puts it into the window
 * the first time it is to be shown: until then the first scene neither styles nor lays it out
 * (issue 18, docs/performance.md). Empty, the slot takes no room; the panel hides itself as before.
 */
public final class FirstShownSlot extends StackPane {

    public FirstShownSlot(Node content, ObservableBooleanValue shown) {
        if (shown.get()) {
            getChildren().add(content);
            return;
        }
        shown.addListener(new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (shown.get()) {
                    shown.removeListener(this);
                    getChildren().add(content);
                }
            }
        });
    }
}
