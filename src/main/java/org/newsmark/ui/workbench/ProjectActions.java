package org.newsmark.ui.workbench;

import java.nio.file.Path;
import java.util.List;

/** What the window asks of the application: project-level actions that replace the window's content. */
public interface ProjectActions {

    void newProject();

    void openProject();

    void openProject(Path file);

    List<Path> recentProjects();

    void quit();

    /** Edit › Preferences…; nothing where there are no preferences to show. */
    default void showPreferences() {
    }
}
