package org.newsmark.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs of the running application, each owned by the current window and titled "Newsmark". */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String header, String message) {
        alert(Alert.AlertType.ERROR, header, message);
    }

    @Override
    public void showInfo(String header, String message) {
        alert(Alert.AlertType.INFORMATION, header, message);
    }

    private void alert(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Newsmark");
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        List<File> files = chooser(title, filters, null).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(chooser(title, filters, null).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path folder, String initialName, FileFilter filter) {
        FileChooser chooser = chooser(title, filter == null ? List.of() : List.of(filter), folder);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileFilter> filters, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileFilter f : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
        }
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial, Function<String, String> problem) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText(label);
        d.getDialogPane().setId("text-question");
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        Runnable check = () -> {
            String typed = d.getEditor().getText();
            String why = problem.apply(typed);
            ok.setDisable(why != null);
            // an empty field only disables OK; a text with a problem says which
            d.setHeaderText(why == null || typed == null || typed.isBlank() ? header : header + "\n" + why);
        };
        d.getEditor().textProperty().addListener((o, a, b) -> check.run());
        check.run();
        return d.showAndWait().filter(t -> problem.apply(t) == null);
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        PasswordField field = new PasswordField();
        field.setId("password");
        field.setPrefColumnCount(24);
        Dialog<char[]> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(message);
        d.getDialogPane().setId("password-question");
        d.getDialogPane().setContent(field);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        // PostgreSQL refuses every empty password: OK would only earn a refusal
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        d.setOnShown(e -> Platform.runLater(field::requestFocus));
        try {
            return d.showAndWait();
        } finally {
            field.clear(); // the field's own String cannot be wiped; it is at least let go
        }
    }

    @Override
    public Optional<String> askLongText(String title, String header, String initial) {
        return LongTextDialog.ask(owner.get(), title, header, initial);
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String label, List<T> choices, T initial) {
        ChoiceDialog<T> d = new ChoiceDialog<>(initial, choices);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText(label);
        return d.showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String message, String action) {
        ButtonType doIt = new ButtonType(action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, doIt, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirm");
        // Enter must not delete: Cancel is the default button
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(doIt)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(doIt::equals).isPresent();
    }
}
