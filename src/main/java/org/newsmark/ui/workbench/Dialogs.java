package org.newsmark.ui.workbench;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;

/** The few dialogs the workbench needs, each with a title that says what happened. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Newsmark");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Newsmark");
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    /**
     * Asks for the analyst name; OK is enabled only for a name {@link Names} accepts, and the
     * header says what is wrong with the one typed. Gives the stripped name, or empty on Cancel.
     */
    public static Optional<String> askAnalystName(Window owner, String current) {
        String question = "Who is tagging? Every tag records its analyst.";
        TextInputDialog d = new TextInputDialog(current == null ? "" : current);
        d.initOwner(owner);
        d.setTitle("Newsmark");
        d.setHeaderText(question);
        d.setContentText("Your name:");
        d.getDialogPane().setId("analyst-name-dialog");
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String typed = d.getEditor().getText();
            String problem = null;
            try {
                Names.analyst(typed);
            } catch (Names.InvalidNameException e) {
                problem = e.getMessage();
            }
            ok.setDisable(problem != null);
            // an empty field only disables OK; a name with a problem says which
            d.setHeaderText(problem == null || typed == null || typed.isBlank() ? question : question + "\n" + problem + ".");
        };
        d.getEditor().textProperty().addListener((o, a, b) -> check.run());
        check.run();
        return d.showAndWait().filter(Names::isValid).map(Names::analyst);
    }

    public static Optional<String> editNote(Window owner, String about, String note) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Note");
        d.setHeaderText(about);
        TextArea area = new TextArea(note);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        d.getDialogPane().setContent(area);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        d.setOnShown(e -> area.requestFocus());
        return d.showAndWait();
    }

    /** F1: the How to tag card in a window of its own. */
    public static void howToTag(Window owner, List<Label> labels) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("How to tag");
        d.getDialogPane().setContent(new HowToTagCard(labels));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setId("how-to-tag-dialog");
        d.getDialogPane().getStylesheets().add(Dialogs.class.getResource("/org/newsmark/ui/newsmark.css").toExternalForm());
        d.showAndWait();
    }
}
