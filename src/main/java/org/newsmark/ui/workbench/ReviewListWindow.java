package org.newsmark.ui.workbench;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.domain.Span;
import org.newsmark.ui.editor.ArticleEditor;
import org.newsmark.ui.transfer.ReviewListViewModel;

/**
 * File › Review Tags Not Carried Over…: the list of the new version's tags to review beside the
 * article. Choosing a row selects where its text went, when that is known, in the article; Place
 * on Selection (Alt+P) tags the article's selection with it, Dismiss (Alt+D) takes it off the
 * list, Esc closes. It binds and forwards to {@link ReviewListViewModel}.
 */
final class ReviewListWindow extends VBox {

    private ReviewListWindow(ReviewListViewModel vm, ArticleEditor editor) {
        setSpacing(8);
        setPadding(new Insets(12));
        Label heading = new Label(vm.title());
        heading.setStyle("-fx-font-weight: bold");
        Label how = new Label("Select the right text in the article, then Place on Selection; or Dismiss a tag to leave it in the"
                + " old version only.");
        how.setWrapText(true);
        ListView<ReviewListViewModel.Row> list = new ListView<>(vm.rows());
        list.setId("review-list");
        list.getSelectionModel().select(vm.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            vm.selectedProperty().set(now);
            showSuggestion(vm, editor);
        });
        vm.selectedProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));
        Label message = new Label();
        message.setId("review-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Button place = new Button("_Place on Selection");
        place.setId("review-place");
        place.setOnAction(e -> {
            IndexRange r = editor.area().getSelection();
            vm.place(r.getStart(), r.getEnd());
        });
        Button dismiss = new Button("_Dismiss");
        dismiss.setId("review-dismiss");
        dismiss.setOnAction(e -> vm.dismiss());
        for (Button b : new Button[] {place, dismiss}) {
            b.disableProperty().bind(vm.selectedProperty().isNull());
        }
        Button close = new Button("Close");
        close.setId("review-close");
        close.setCancelButton(true);
        close.setOnAction(e -> getScene().getWindow().hide());
        getChildren().addAll(heading, how, list, message, new HBox(6, place, dismiss, close));
        VBox.setVgrow(list, Priority.ALWAYS);
        showSuggestion(vm, editor);
    }

    /** The chosen tag's likely place selected in the article, ready for Place on Selection or to be adjusted. */
    private static void showSuggestion(ReviewListViewModel vm, ArticleEditor editor) {
        Span s = vm.suggestion();
        if (s != null && editor.area().getLength() >= s.end()) {
            editor.area().selectRange(s.begin(), s.end());
            editor.area().requestFollowCaret();
        }
    }

    /** Opens the list beside the workbench (not modal: the article's text is selected there). */
    static Stage open(Window owner, ReviewListViewModel vm, ArticleEditor editor, Consumer<Scene> themed) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Tags to Review");
        // about the tag panel's width (the right 30 % of the window): wider, it covered the article's
        // right edge, where the words to select are; a long row scrolls sideways
        double width = Math.min(640, Math.max(420, owner.getWidth() * 0.3));
        Scene scene = new Scene(new ReviewListWindow(vm, editor), width, 380);
        var css = ReviewListWindow.class.getResource("/org/newsmark/ui/newsmark.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        themed.accept(scene);
        stage.setScene(scene);
        // at the owner's bottom right, over the tag panel, so the article's text stays in view
        stage.setOnShown(e -> {
            stage.setX(owner.getX() + Math.max(0, owner.getWidth() - stage.getWidth() - 16));
            stage.setY(owner.getY() + Math.max(0, owner.getHeight() - stage.getHeight() - 40));
        });
        stage.show();
        return stage;
    }
}
