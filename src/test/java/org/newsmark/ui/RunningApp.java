package org.newsmark.ui;

import org.newsmark.app.NewsmarkApp;
import java.nio.file.Path;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real application for GUI tests (headless Monocle, a scratch home folder). */
public final class RunningApp {

    private RunningApp() {
    }

    /** Launches {@link NewsmarkApp} with {@code args}, preferences and sample project under {@code home}. */
    public static NewsmarkApp launch(Path home, String... args) throws Exception {
        System.setProperty("newsmark.home", home.toString());
        FxToolkit.registerPrimaryStage();
        NewsmarkApp app = (NewsmarkApp) FxToolkit.setupApplication(NewsmarkApp.class, args);
        WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /** {@code call}'s result, computed on the JavaFX thread (a test reads what the window shows). */
    public static <T> T onFx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the application (closing its project) and every window it left. */
    public static void close(NewsmarkApp app) throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}
