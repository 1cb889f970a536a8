package org.newsmark.ui.common;

import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/** A small modal window with a progress bar and Cancel; shown only if the work takes a moment. */
final class ProgressWindow {

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final Task<?> task;
    private boolean closed;

    ProgressWindow(Window owner, String title, Task<?> task) {
        this.task = task;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.APPLICATION_MODAL);
        stage.setTitle(title);
        Label what = new Label(title);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> task.cancel());
        HBox buttons = new HBox(cancel);
        buttons.setStyle("-fx-alignment: center-right;");
        VBox box = new VBox(10, what, bar, buttons);
        box.setPadding(new Insets(16));
        stage.setScene(new Scene(box));
        stage.setOnCloseRequest(e -> task.cancel());
    }

    /** Quick work finishes before the dialog would flash up; slower work shows it. */
    void showSoon() {
        PauseTransition delay = new PauseTransition(Duration.millis(250));
        delay.setOnFinished(e -> {
            if (!closed && !task.isDone()) {
                stage.show();
            }
        });
        delay.play();
    }

    void close() {
        closed = true;
        stage.close();
    }
}
