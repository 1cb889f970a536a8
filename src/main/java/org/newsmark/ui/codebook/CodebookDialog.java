package org.newsmark.ui.codebook;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.newsmark.domain.Label;

/**
 * Edit › Codebook… (Ctrl+Shift+K): the labels on the left (Alt+Up / Alt+Down move the selected
 * one), the selected label's fields on the right ({@link LabelForm}), the link types below
 * ({@link LinkTypeTable}, folded until opened), the last message under them.
 * Every change is saved when confirmed; Ctrl+Z takes back the newest. It binds and forwards.
 */
public final class CodebookDialog {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final CodebookViewModel vm;
    private final ListView<Label> list = new ListView<>();
    private boolean syncing;

    private CodebookDialog(CodebookViewModel vm) {
        this.vm = vm;
    }

    public static void show(Window owner, CodebookViewModel vm) {
        new CodebookDialog(vm).dialog(owner).showAndWait();
    }

    private Dialog<Void> dialog(Window owner) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Codebook");
        d.setResizable(true);
        javafx.scene.control.Label message = new javafx.scene.control.Label();
        message.setId("codebook-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox bottom = new VBox(8, new LinkTypeTable(vm.links()).build(), message);
        BorderPane content = new BorderPane(new LabelForm(vm).build(), null, null, bottom, labelColumn());
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        content.setPadding(new Insets(12, 16, 8, 16));
        d.getDialogPane().setContent(content);
        d.getDialogPane().setId("codebook");
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                vm.undo();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !popupOpen(d.getDialogPane().getScene().getFocusOwner())) {
                // the label list takes Esc for itself (cancel edit), so the dialog would never hear it: close as Close does
                ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.CLOSE)).fire();
                e.consume();
            }
        });
        // what is typed in a field is saved on closing, as on leaving it; a refused name keeps the window open
        d.setOnCloseRequest(e -> {
            if (!vm.fields().commitAll()) {
                e.consume();
            }
        });
        d.setOnShown(e -> list.requestFocus());
        return d;
    }

    /** An open list of a choice box or colour picker closes on Esc first, as everywhere. */
    private static boolean popupOpen(javafx.scene.Node focused) {
        for (javafx.scene.Node n = focused; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing()) {
                return true;
            }
        }
        return false;
    }

    private VBox labelColumn() {
        list.setId("codebook-labels");
        list.setItems(vm.labels());
        list.setPrefWidth(230);
        list.setCellFactory(l -> new LabelCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && (vm.selectedProperty().get() == null || vm.selectedProperty().get().id() != b.id())) {
                vm.select(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> showSelected(b));
        showSelected(vm.selectedProperty().get());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                vm.moveUp();
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                vm.moveDown();
                e.consume();
            }
        });
        Button add = button("_Add Label…", "codebook-add", vm::addLabel);
        Button up = button("Move Up", "codebook-up", vm::moveUp);
        Button down = button("Move Down", "codebook-down", vm::moveDown);
        Button merge = button("_Merge Into…", "codebook-merge", vm::mergeSelected);
        Button undo = button("_Undo", "codebook-undo", vm::undo);
        Button retire = button("Re_tire", "codebook-retire", vm::toggleRetired);
        retire.textProperty().bind(javafx.beans.binding.Bindings.when(vm.fields().retiredProperty()).then("Res_tore").otherwise("Re_tire"));
        retire.disableProperty().bind(vm.fields().editableProperty().not());
        undo.disableProperty().bind(vm.canUndoProperty().not());
        VBox.setVgrow(list, Priority.ALWAYS);
        javafx.scene.control.Label hint = new javafx.scene.control.Label("Alt+Up / Alt+Down move the selected label");
        hint.getStyleClass().add("hint");
        VBox column = new VBox(8, list, hint, new HBox(6, add, merge, retire), new HBox(6, up, down, undo));
        BorderPane.setMargin(column, new Insets(0, 16, 0, 0));
        return column;
    }

    private void showSelected(Label l) {
        syncing = true;
        int i = l == null ? -1 : list.getItems().stream().map(Label::id).toList().indexOf(l.id());
        if (i < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(i);
            list.scrollTo(i);
        }
        syncing = false;
    }

    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A label's key, swatch and name; a retired one dimmed and marked "(retired)". */
    private static final class LabelCell extends ListCell<Label> {
        @Override
        protected void updateItem(Label item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : CodebookViewModel.display(item));
            Rectangle swatch = empty || item == null ? null : new Rectangle(12, 12, Color.web(item.color()));
            setGraphic(swatch);
            setOpacity(!empty && item != null && item.retired() ? 0.55 : 1);
        }
    }
}
