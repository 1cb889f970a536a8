package org.newsmark.ui.codebook;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;

/**
 * The selected label's fields: name (Enter or leaving it saves), colour, key and retired (saved
 * when chosen), definition, rules and examples (saved on leaving them; Tab leaves, as elsewhere),
 * then its attributes, read-only. Alt plus the underlined letter reaches each field.
 */
final class LabelForm {

    private final LabelFieldsViewModel f;
    private final CodebookViewModel vm;
    private final GridPane grid = new GridPane();
    private int row;

    LabelForm(CodebookViewModel vm) {
        this.vm = vm;
        this.f = vm.fields();
    }

    GridPane build() {
        grid.setHgap(10);
        grid.setVgap(8);
        // captions never cut; the fields take the rest, at least a definition's line wide
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(440);
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(caption, field);
        TextField name = new TextField();
        name.textProperty().bindBidirectional(f.nameProperty());
        name.setOnAction(e -> f.commitName());
        onLeaving(name, f::commitName);
        add("_Name", name, "codebook-name");

        ColorPicker color = new ColorPicker(Color.web(f.colorProperty().get()));
        f.colorProperty().addListener((o, a, b) -> color.setValue(Color.web(b)));
        color.setOnAction(e -> {
            f.colorProperty().set(hex(color.getValue()));
            f.commitColor();
        });
        add("_Colour", color, "codebook-color");

        ComboBox<String> key = new ComboBox<>();
        key.getItems().setAll(LabelFieldsViewModel.KEYS);
        key.valueProperty().bindBidirectional(f.keyProperty());
        key.setOnAction(e -> f.commitKey());
        add("_Key", key, "codebook-key");

        add("_Definition", text(f.definitionProperty(), 3), "codebook-definition");
        add("_Rules (include / exclude)", text(f.rulesProperty(), 3), "codebook-rules");
        add("E_xamples", text(f.examplesProperty(), 3), "codebook-examples");

        // Alt+T is the Retire / Restore button's: a mnemonic only focuses a check box
        CheckBox retired = new CheckBox("Retired: keeps its tags, takes no new ones, has no key");
        retired.selectedProperty().bindBidirectional(f.retiredProperty());
        retired.setOnAction(e -> f.commitRetired());
        retired.setId("codebook-retired");
        retired.setWrapText(true);
        grid.add(retired, 1, row++);
        add("Attributes", attributes(), "codebook-attributes");
        // nothing to edit without a label; a retired label has no key
        grid.getChildren().stream().filter(n -> !(n instanceof Label) && n != key && !"codebook-attributes".equals(n.getId()))
                .forEach(n -> n.disableProperty().bind(f.editableProperty().not()));
        key.disableProperty().bind(f.editableProperty().not().or(f.retiredProperty()));
        return grid;
    }

    private void add(String caption, Node field, String id) {
        Label l = new Label(caption);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        field.setId(id);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row++, l, field);
    }

    private TextArea text(javafx.beans.property.StringProperty p, int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.setPrefColumnCount(36);
        area.textProperty().bindBidirectional(p);
        onLeaving(area, f::commitTexts);
        // Tab leaves the box (Ctrl+Tab in a text area), so the dialog is walked by keyboard as any other
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }

    private static void onLeaving(TextInputControl field, Runnable commit) {
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                commit.run();
            }
        });
    }

    private Node attributes() {
        return new AttributeTable(vm.attributes()).build();
    }

    static TableColumn<org.newsmark.domain.Attribute, String> column(String title,
            java.util.function.Function<org.newsmark.domain.Attribute, String> value, double width) {
        TableColumn<org.newsmark.domain.Attribute, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
