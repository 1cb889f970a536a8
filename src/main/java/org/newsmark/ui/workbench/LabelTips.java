package org.newsmark.ui.workbench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Tooltip;
import org.newsmark.domain.Label;

/**
 * The tag table's tooltips, made once per label (and per missing-attribute text) and shared by
 * every cell. A Tooltip is a popup window with a scene of its own: making one per cell update was
 * the largest single cost of a table update after a tag (issue 18's profile).
 */
final class LabelTips {

    private static final int MAX_MISSING = 64;

    /** By the label record itself: a renamed or redefined label is another key, so it gets a new text. */
    private final Map<Label, Tooltip> byLabel = new HashMap<>();
    private final Map<String, Tooltip> byMissing = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tooltip> eldest) {
            return size() > MAX_MISSING;
        }
    };

    Tooltip of(Label label) {
        return byLabel.computeIfAbsent(label, LabelToolBar::tooltip);
    }

    /** The label's tooltip with what the tag lacks above it. */
    Tooltip missing(String missing, Label label) {
        String text = missing + (label == null ? "" : "\n\n" + of(label).getText());
        return byMissing.computeIfAbsent(text, Tooltip::new);
    }
}
