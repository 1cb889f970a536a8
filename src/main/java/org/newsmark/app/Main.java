package org.newsmark.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.newsmark.app.cli.NewsmarkCli;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.ui.ShellViewModel;
import org.newsmark.ui.preferences.Settings;

/**
 * Entry point of the jar. A plain class (not an Application) so that JavaFX starts from the
 * class path. With a command word ({@code import}, {@code export}, …) it runs the command line
 * and opens no window.
 */
public final class Main {

    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX
     * configuration"), which is how this jar runs on purpose: quiet while it starts, then as
     * before (NewsmarkApp.start), so that other JavaFX warnings still show. Held here so the
     * setting is not collected.
     */
    static final Logger JAVAFX = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        if (NewsmarkCli.isCommand(args)) {
            java.io.PrintWriter err = new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
            System.exit(NewsmarkCli.execute(args, System.out, err)); // exports write their UTF-8 bytes to System.out as they are
        }
        java.util.Optional<Integer> relaunched = ClassDataRelaunch.run(args,
                org.newsmark.ui.preferences.Settings.homeFolder().resolve(".newsmark").resolve("cds"));
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        JAVAFX.setLevel(Level.SEVERE);
        // the project on a second core while the toolkit starts on the first (issue 18)
        ShellViewModel.existingProjectOf(java.util.List.of(args), Settings.load()).ifPresent(Wiring.projects()::openAhead);
        Application.launch(NewsmarkApp.class, args);
        if (StartProbe.exits()) {
            System.exit(0); // System.exit (not halt) so -XX:ArchiveClassesAtExit writes its archive, whatever thread lingers
        }
    }
}
