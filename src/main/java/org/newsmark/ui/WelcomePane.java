package org.newsmark.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shown when no project is open: start with the sample, a new project, or an existing one. */
final class WelcomePane extends VBox {

    WelcomePane(NewsmarkApp app) {
        Label title = new Label("Newsmark");
        title.getStyleClass().add("welcome-title");
        Label sub = new Label("Tag claims, statistics, attributed opinions and framing in news articles.");
        Button sample = new Button("Open sample project");
        sample.setOnAction(e -> app.openSample());
        Button create = new Button("New project…");
        create.setOnAction(e -> app.newProject());
        Button open = new Button("Open project…");
        open.setOnAction(e -> app.openProject());
        for (Button b : new Button[] {sample, create, open}) {
            b.setPrefWidth(240);
        }
        getChildren().addAll(title, sub, sample, create, open);
        setSpacing(14);
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        setId("welcome");
    }
}
