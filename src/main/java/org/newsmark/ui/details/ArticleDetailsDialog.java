package org.newsmark.ui.details;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.domain.ArticleMetadata;

/**
 * The article details window: one text field per metadata value and custom field, a field to
 * add a custom field, Save (Enter) and Close (Esc). It binds and forwards to {@link ArticleDetailsViewModel}.
 */
public final class ArticleDetailsDialog extends VBox {

    private static final String[] PROMPTS = {"Harbour Gazette", "Ilse Marten", "2024-02-08 or 2024-02-08T10:15:00Z",
            "https://…", "en, de-CH"};

    private final ArticleDetailsViewModel vm;
    private final GridPane grid = new GridPane();

    private ArticleDetailsDialog(ArticleDetailsViewModel vm) {
        this.vm = vm;
        setSpacing(8);
        setPadding(new Insets(12));
        grid.setHgap(8);
        grid.setVgap(6);
        Label heading = new Label(vm.title());
        heading.setStyle("-fx-font-weight: bold");
        rebuild();
        vm.fields().addListener((javafx.collections.ListChangeListener<ArticleDetailsViewModel.Field>) c -> rebuild());
        TextField newField = new TextField();
        newField.setId("details-new-field");
        newField.setPromptText("New field name");
        newField.textProperty().bindBidirectional(vm.newFieldProperty());
        newField.setOnAction(e -> vm.addField());
        Button add = new Button("Add Field");
        add.setId("details-add-field");
        add.setOnAction(e -> vm.addField());
        HBox adding = new HBox(6, newField, add);
        Label problem = new Label();
        problem.setId("details-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Label message = new Label();
        message.setId("details-message");
        message.textProperty().bind(vm.messageProperty());
        Button save = new Button("Save");
        save.setId("details-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.problemProperty().isNotEmpty().or(vm.changedProperty().not()));
        save.setOnAction(e -> vm.save());
        Button close = new Button("Close");
        close.setId("details-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        HBox buttons = new HBox(6, save, close);
        if (vm.isReadOnly()) {
            save.disableProperty().unbind();
            for (javafx.scene.Node n : new javafx.scene.Node[] {newField, add, save}) {
                n.setDisable(true);
            }
        }
        getChildren().addAll(heading, grid, adding, problem, message, buttons);
        VBox.setVgrow(grid, Priority.ALWAYS);
    }

    /** Opens the window for the open article, owned by the workbench. */
    public static Stage open(Window owner, ArticleDetailsViewModel vm, java.util.function.Consumer<Scene> themed) {
        ArticleDetailsDialog view = new ArticleDetailsDialog(vm);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Article Details");
        Scene scene = new Scene(view, 560, 420);
        var css = ArticleDetailsDialog.class.getResource("/org/newsmark/ui/newsmark.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        themed.accept(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (int i = 0; i < ArticleMetadata.STANDARD.size(); i++) {
            String name = ArticleMetadata.STANDARD.get(i);
            addRow(row++, name, "details-" + name, vm.value(name), PROMPTS[i]);
        }
        int custom = 0;
        for (ArticleDetailsViewModel.Field f : vm.fields()) {
            addRow(row++, f.name(), "details-field-" + custom++, f.value(), "");
        }
    }

    private void addRow(int row, String name, String id, javafx.beans.property.StringProperty value, String prompt) {
        Label label = new Label(name + ":");
        TextField field = new TextField();
        if (id != null) {
            field.setId(id);
        }
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        field.setEditable(!vm.isReadOnly());
        label.setLabelFor(field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        grid.addRow(row, label, field);
    }
}
