package org.newsmark.app;

import javafx.application.Application;
import org.newsmark.ui.NewsmarkApp;

/**
 * Entry point of the jar. A plain class (not an Application) so that JavaFX starts from the
 * class path. With a command word ({@code import}, {@code export}, …) it runs the command line
 * and opens no window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args));
        }
        Application.launch(NewsmarkApp.class, args);
    }
}
