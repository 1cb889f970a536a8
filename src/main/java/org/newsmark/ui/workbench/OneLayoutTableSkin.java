package org.newsmark.ui.workbench;

import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The tag table's skin: a new or removed tag lays out the visible rows once, in the layout pass.
 * JavaFX's {@code VirtualFlow} lays out every visible row the moment its cell count changes (a
 * FIXME in its source says so) and again in the pass that follows; the first of the two was about
 * a tenth of a tag's frame (docs/performance.md, issue 18).
 */
final class OneLayoutTableSkin<S> extends TableViewSkin<S> {

    private boolean counting;

    OneLayoutTableSkin(TableView<S> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new VirtualFlow<>() {
            @Override
            protected void layoutChildren() {
                if (counting) {
                    setNeedsLayout(true); // the parent asks for a pass, which lays this out
                    return;
                }
                super.layoutChildren();
            }
        };
    }

    @Override
    protected void updateItemCount() {
        counting = true;
        try {
            super.updateItemCount();
        } finally {
            counting = false;
        }
    }
}
