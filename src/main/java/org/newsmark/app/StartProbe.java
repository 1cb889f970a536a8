package org.newsmark.app;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For the start benchmark only: with {@code -Dnewsmark.startProbe=print} (or {@code =exit}) the app
 * prints {@code READY} on standard output in the first layout pulse that shows a project's
 * workbench, the moment the window accepts a key; {@code exit} then quits. The benchmark times a
 * fresh process to that line, for {@code java -jar} and the installed launcher alike.
 */
final class StartProbe {

    private StartProbe() {
    }

    static void installIfAsked(Stage stage, Supplier<Object> workbench) {
        String mode = System.getProperty("newsmark.startProbe", "");
        if (mode.isEmpty()) {
            return;
        }
        Scene scene = stage.getScene();
        boolean[] once = {false};
        scene.addPostLayoutPulseListener(() -> {
            if (once[0] || workbench.get() == null || scene.getRoot() != workbench.get()) {
                return;
            }
            once[0] = true;
            System.out.println("READY");
            System.out.flush();
            if (mode.equals("exit")) {
                // System.exit (not halt) so -XX:ArchiveClassesAtExit can write its archive
                new Thread(() -> System.exit(0), "start-probe-exit").start();
            }
        });
        Platform.requestNextPulse();
    }
}
