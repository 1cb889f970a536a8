package org.newsmark.ui.common;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ComboBoxListViewSkin;

/**
 * A combo box whose list is built and styled when it first opens, not with the window. JavaFX's
 * skin keeps the closed list among the box's children so that CSS reaches it early (RT-21207); in
 * the workbench that was 24 nodes and a list skin for each of three filter boxes the analyst seldom
 * opens, a tenth of the first scene (issue 18, ADR 0046). Until it opens, the box is as wide as its
 * value and arrow: give it a width where a jump would show.
 */
public class LeanComboBox<T> extends ComboBox<T> {

    @Override
    protected Skin<?> createDefaultSkin() {
        // made at the first CSS pass, as the default skin is, so it sees the cells and items set up
        return new ComboBoxListViewSkin<>(this) {
            {
                getChildren().remove(getPopupContent());
            }
        };
    }
}
