package org.newsmark.app;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.newsmark.ui.common.SecondFrameSlot;

/**
 * For the start benchmark only: with {@code -Dnewsmark.startProbe=print} (or {@code =exit}) the app
 * prints {@code READY} on standard output in the first layout pulse that shows a project's
 * workbench, the moment the window accepts a key, and {@code COMPLETE} in the first one in which
 * the side tables have joined it too ({@link SecondFrameSlot}); {@code exit} then quits. The
 * benchmark times a fresh process to those lines, for {@code java -jar} and the installed launcher alike.
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
        boolean[] said = {false, false}; // READY, COMPLETE
        scene.addPostLayoutPulseListener(() -> {
            if (said[1] || workbench.get() == null || scene.getRoot() != workbench.get()) {
                return;
            }
            if (!said[0]) {
                said[0] = true;
                say("READY");
            }
            if (!SecondFrameSlot.allFilled(scene.getRoot())) {
                Platform.requestNextPulse();
                return;
            }
            said[1] = true;
            say("COMPLETE");
            if (mode.equals("exit")) {
                // the toolkit stops first: a System.exit racing the pulses left ("rejected from
                // QuantumRenderer") on standard error; Main then exits (StartProbe.exits)
                Platform.exit();
            }
        });
        Platform.requestNextPulse();
    }

    /** Whether the probe ends the app once the window is whole: Main then ends the JVM. */
    static boolean exits() {
        return System.getProperty("newsmark.startProbe", "").equals("exit");
    }

    private static void say(String what) {
        System.out.println(what);
        System.out.flush();
    }
}
