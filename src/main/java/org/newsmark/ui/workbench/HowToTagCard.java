package org.newsmark.ui.workbench;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.newsmark.domain.Label;

/**
 * The "How to tag" card: each label in use with its key, colour, definition, rules and examples, then the few moves
 * that make a tag. Shown on the welcome screen, on first run and with F1 (Help › How to Tag).
 */
public final class HowToTagCard extends VBox {

    private static final String[][] STEPS = {
            {"Select", "drag over text, or Shift+arrows (Ctrl+Shift+arrows by word); double-click takes the word "
                    + "under the pointer, inside tags too"},
            {"1 – 9", "tag the selection with that label"},
            {"Click a tag", "selects it: a label key changes its label, Delete removes it, F2 edits its note "
                    + "(Ctrl+Enter saves it)"},
            {"Enter", "selects the tag at the caret; again: the tag around it"},
            {"Alt+↓  Alt+↑", "next / previous tag"},
            {"L", "link the selected tag: Tab chooses the tag to link to (nearest first), Enter links, Esc stops"},
            {"J", "jump along the selected tag's links (Shift+J back); Ctrl+Shift+J lists them"},
            {"Ctrl+F", "find in the article: Enter or F3 next, Esc back with the match selected (a label key tags it); "
                    + "Tag All… (Alt+T) tags every match"},
            {"Ctrl+G", "suggestions (dotted): F8 next, Enter accepts, a label key accepts with that label, X rejects, "
                    + "Shift+Enter accepts all of a kind"},
            {"Ctrl+Z", "undo; Ctrl+Shift+Z or Ctrl+Y redo. Every change is saved at once"},
    };

    public HowToTagCard(List<Label> labels) {
        getStyleClass().add("how-to-tag");
        setId("how-to-tag");
        setSpacing(10);
        setPadding(new Insets(16, 20, 16, 20));
        setMaxWidth(640);

        javafx.scene.control.Label title = new javafx.scene.control.Label("How to tag");
        title.getStyleClass().add("card-title");

        GridPane codebook = grid();
        int row = 0;
        for (Label l : labels) {
            javafx.scene.control.Label key = keyCap(l.key() == null ? " " : l.key());
            Rectangle swatch = new Rectangle(16, 16, Color.web(l.color()));
            swatch.setArcWidth(4);
            swatch.setArcHeight(4);
            javafx.scene.control.Label name = new javafx.scene.control.Label(l.name());
            name.getStyleClass().add("card-label-name");
            name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            codebook.addRow(row++, key, swatch, name, wrapped(l.description()));
        }

        GridPane steps = grid();
        row = 0;
        for (String[] s : STEPS) {
            javafx.scene.control.Label what = keyCap(s[0]);
            steps.add(what, 0, row);
            steps.add(wrapped(s[1]), 1, row++, 3, 1);
        }
        getChildren().addAll(title, codebook, steps);
    }

    /** F1: the card in a window of its own. */
    public static void showDialog(javafx.stage.Window owner, List<Label> labels) {
        javafx.scene.control.Dialog<Void> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle("How to tag");
        d.getDialogPane().setContent(new HowToTagCard(labels));
        d.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        d.getDialogPane().setId("how-to-tag-dialog");
        d.getDialogPane().getStylesheets().add(HowToTagCard.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        d.showAndWait();
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints(), grow);
        g.setAlignment(Pos.TOP_LEFT);
        return g;
    }

    private static javafx.scene.control.Label keyCap(String text) {
        javafx.scene.control.Label k = new javafx.scene.control.Label(text);
        k.getStyleClass().add("key-cap");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return k;
    }

    private static javafx.scene.control.Label wrapped(String text) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }
}
