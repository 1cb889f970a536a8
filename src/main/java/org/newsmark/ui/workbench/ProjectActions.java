package org.newsmark.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.ServerAddress;

/** What the window asks of the application shell: project-level actions that replace the window's content. */
public interface ProjectActions {

    void newProject();

    void openProject();

    void openProject(Path file);

    List<Path> recentProjects();

    /** File › Open Team Project…: asks the server address, then opens it. */
    void openTeamProject();

    /** Opens the team project at {@code address} (a password is asked if the server wants one). */
    void openTeamProject(ServerAddress address);

    void quit();

    /** Edit › Preferences…; nothing where there are no preferences to show. */
    default void showPreferences() {
    }

    /** Asks who is tagging (the name follows the name rule); empty when cancelled. */
    Optional<String> askAnalystName(String current);
}
