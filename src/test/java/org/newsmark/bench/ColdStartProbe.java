package org.newsmark.bench;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.newsmark.app.NewsmarkApp;

/**
 * Child JVM of the cold-start benchmark. {@code minimal}: one Stage with a Label (the baseline);
 * {@code newsmark <project> ...}: the real application opening a project. Prints READY after the
 * first layout pulse of the window, then exits; the parent times process start → READY.
 */
public final class ColdStartProbe {

    private ColdStartProbe() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        List<String> appArgs = List.of(args).subList(1, args.length);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                if (mode.equals("minimal")) {
                    stage.setTitle("Minimal");
                    stage.setScene(new Scene(new Label("Hello"), 1360, 860));
                    stage.show();
                } else {
                    NewsmarkApp app = new NewsmarkApp();
                    com.sun.javafx.application.ParametersImpl.registerParameters(app,
                            new com.sun.javafx.application.ParametersImpl(appArgs));
                    app.init();
                    app.start(stage);
                }
                Scene scene = stage.getScene();
                boolean[] once = {false};
                scene.addPostLayoutPulseListener(() -> {
                    if (!once[0]) {
                        once[0] = true;
                        System.out.println("READY");
                        System.out.flush();
                        // System.exit (not halt) so -XX:ArchiveClassesAtExit can write its archive
                        new Thread(() -> System.exit(0)).start();
                    }
                });
                Platform.requestNextPulse();
            } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
            }
        });
    }
}
