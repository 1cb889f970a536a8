package org.newsmark.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.ui.workbench.HowToTagCard;

/**
 * Shown when no project is open: start with the sample, a new project, an existing one, a team
 * project or a recent one; beside it, the How to tag card for the default labels.
 */
final class WelcomePane extends HBox {

    WelcomePane(Shell app) {
        Label title = new Label("Newsmark");
        title.getStyleClass().add("welcome-title");
        Label sub = new Label("Tag claims, statistics, attributed opinions and framing in news articles.");
        sub.setWrapText(true);
        Button sample = new Button("Open sample project");
        sample.setId("welcome-sample");
        sample.setOnAction(e -> app.openSample());
        Button create = new Button("New project…");
        create.setOnAction(e -> app.newProject());
        Button open = new Button("Open project…");
        open.setOnAction(e -> app.openProject());
        Button team = new Button("Open team project…");
        team.setId("welcome-team");
        team.setOnAction(e -> app.openTeamProject());
        for (Button b : new Button[] {sample, create, open, team}) {
            b.setPrefWidth(240);
        }
        VBox start = new VBox(14, title, sub, sample, create, open, team, recent(app, app.recentProjects()));
        start.setMaxWidth(360);
        start.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(start, new HowToTagCard(DefaultCodebook.labels()));
        setSpacing(48);
        setFillHeight(false);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        setId("welcome");
    }

    private static VBox recent(Shell app, List<Path> projects) {
        VBox box = new VBox(4);
        box.setId("welcome-recent");
        Label heading = new Label("Recent projects");
        heading.getStyleClass().add("panel-title");
        box.getChildren().add(heading);
        for (Path p : projects) {
            Hyperlink link = new Hyperlink(String.valueOf(p.getFileName()));
            link.setTooltip(new javafx.scene.control.Tooltip(p.toString()));
            link.setDisable(!Files.isRegularFile(p));
            link.setOnAction(e -> app.openProject(p));
            box.getChildren().add(link);
        }
        if (projects.isEmpty()) {
            box.getChildren().add(new Label("None yet."));
        }
        return box;
    }
}
