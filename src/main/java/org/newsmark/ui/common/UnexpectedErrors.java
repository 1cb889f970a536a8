package org.newsmark.ui.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * A failure nobody foresaw reaches the user as a dialog in plain words, never as a stack trace
 * on the console; the trace goes to a log file for a bug report. Every change made before it
 * is saved already, so the dialog can say so.
 */
public final class UnexpectedErrors implements Thread.UncaughtExceptionHandler {

    private final Supplier<Window> owner;
    private final Path log;

    private UnexpectedErrors(Supplier<Window> owner, Path log) {
        this.owner = owner;
        this.log = log;
    }

    /** Handles every uncaught exception of every thread from now on. */
    public static void install(Supplier<Window> owner, Path log) {
        Thread.setDefaultUncaughtExceptionHandler(new UnexpectedErrors(owner, log));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        boolean logged = write(thread, e);
        String message = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "\n\nEverything saved before this is safe in the project file."
                + (logged ? "\nThe details are in " + log + "." : "");
        Runnable show = () -> new FxDialogService(owner).showError("Something went wrong", message);
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    private boolean write(Thread thread, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, Instant.now() + " on " + thread.getName() + "\n" + trace + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException io) {
            return false;
        }
    }
}
