package org.newsmark.app;

import javafx.application.Application;
import org.newsmark.app.cli.NewsmarkCli;

/**
 * Entry point of the jar. A plain class (not an Application) so that JavaFX starts from the
 * class path. With a command word ({@code import}, {@code export}, …) it runs the command line
 * and opens no window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (NewsmarkCli.isCommand(args)) {
            java.io.PrintWriter out = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
            java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
            System.exit(NewsmarkCli.execute(args, out, err));
        }
        Application.launch(NewsmarkApp.class, args);
    }
}
