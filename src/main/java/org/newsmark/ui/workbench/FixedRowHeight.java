package org.newsmark.ui.workbench;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Gives a table a fixed row height, measured from a row laid out in it. With one, JavaFX's flow
 * no longer asks every row its height on each layout, nor walks the rows to find where one is
 * (scrollTo among 100,000 tags): a tag's frame at 100,000 tags cost more than at 1,000 mostly for
 * that (docs/performance.md, issue 18). A new text size measures again.
 */
final class FixedRowHeight {

    private FixedRowHeight() {
    }

    static void install(TableView<?> table, ObservableValue<?> textSize) {
        table.needsLayoutProperty().addListener((o, was, is) -> {
            if (!is && table.getFixedCellSize() <= 0) {
                measure(table);
            }
        });
        textSize.addListener(o -> table.setFixedCellSize(-1));
    }

    private static void measure(TableView<?> table) {
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && !row.isEmpty() && row.getHeight() > 0) {
                table.setFixedCellSize(row.getHeight());
                return;
            }
        }
    }
}
