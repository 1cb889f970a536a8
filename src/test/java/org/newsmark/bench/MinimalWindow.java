package org.newsmark.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The cold-start baseline, started as {@code java -jar minimal-window.jar} beside the application's
 * {@code java -jar newsmark.jar}: the smallest JavaFX application (a Stage with a Label, the size
 * of Newsmark's window), launched as Newsmark is (Application.launch from the class path). Prints
 * READY in the first layout pulse of its window, then exits.
 */
public final class MinimalWindow extends Application {

    /** The jar's main class: a plain class, as app.Main is, since the launcher refuses an Application from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            launch(MinimalWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Minimal");
        stage.setScene(new Scene(new Label("Hello"), 1360, 860));
        boolean[] once = {false};
        stage.getScene().addPostLayoutPulseListener(() -> {
            if (!once[0]) {
                once[0] = true;
                System.out.println("READY");
                System.out.flush();
                // System.exit (not halt) so -XX:ArchiveClassesAtExit can write its archive
                new Thread(() -> System.exit(0)).start();
            }
        });
        stage.show();
        Platform.requestNextPulse();
    }
}
