package org.newsmark.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsmark.ui.annotations.AnnotationTable;
import org.newsmark.ui.documents.DocumentList;
import org.newsmark.ui.editor.ArticleEditor;

/**
 * The workbench: articles on the left, the article in the middle, its tags on the right,
 * labels above, status below. Keys: 1–9 tag or relabel, Delete removes, Ctrl+Z/Ctrl+Y undo/redo.
 */
public final class MainWindow extends BorderPane {

    private final WorkbenchViewModel vm;
    private final ArticleEditor editor = new ArticleEditor();
    private final EditorBinding binding;
    private final ArticleImport articleImport;
    private final AnnotationTable table;

    public MainWindow(WorkbenchViewModel vm, ProjectActions actions) {
        this.vm = vm;
        this.binding = new EditorBinding(vm, editor);
        this.articleImport = new ArticleImport(vm, this::window);
        this.table = new AnnotationTable(vm);
        vm.setErrorSink(message -> Dialogs.error(window(), "The change was not saved", message));

        DocumentList documents = new DocumentList(vm);
        Label banner = new Label();
        banner.setId("layer-banner");
        banner.getStyleClass().add("layer-banner");
        banner.visibleProperty().bind(vm.readOnlyBinding());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.project().isReadOnly()
                        ? "This project is open read-only: " + vm.project().readOnlyReason().orElse("") + "."
                        : vm.shownAnalystProperty().get() == null ? ""
                        : "Showing " + vm.shownAnalystProperty().get().name() + "'s tags, read-only. Analyst › Show my tags to edit.",
                vm.shownAnalystProperty()));
        banner.setMaxWidth(Double.MAX_VALUE);
        VBox center = new VBox(banner, editor);
        VBox.setVgrow(editor, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane(documents, center, table);
        split.setDividerPositions(0.17, 0.66);
        SplitPane.setResizableWithParent(documents, false);
        SplitPane.setResizableWithParent(table, false);

        MenuBarFactory menus = new MenuBarFactory(vm, actions, articleImport, this::pasteAsArticle, this::editNote, this::window);
        setTop(new VBox(menus.build(), new LabelToolBar(vm, binding::tagOrRelabel)));
        setCenter(split);
        setBottom(new StatusBar(vm));
        setPadding(Insets.EMPTY);
        addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        editor.area().addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        table.table().addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> files = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                Platform.runLater(() -> articleImport.importFiles(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    public ArticleEditor editor() {
        return editor;
    }

    public WorkbenchViewModel viewModel() {
        return vm;
    }

    public ArticleImport articleImport() {
        return articleImport;
    }

    /** Puts the keyboard focus in the article, caret at its start. */
    public void focusArticle() {
        editor.area().moveTo(0);
        editor.area().requestFocus();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void onKeyTyped(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch.length() == 1 && Character.isDigit(ch.charAt(0))) {
            vm.labelForKey(ch).ifPresent(label -> {
                binding.tagOrRelabel(label);
                e.consume();
            });
        }
    }

    /** Keys RichTextFX would otherwise take for its own (text) undo. */
    private void onEditorKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                vm.redo();
            } else {
                vm.undo();
            }
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
            vm.redo();
            e.consume();
        } else if (!e.isShortcutDown() && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            vm.deleteSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            vm.selectedProperty().set(null);
            editor.area().deselect();
        }
    }

    private void pasteAsArticle() {
        String text = Clipboard.getSystemClipboard().getString();
        articleImport.importPastedText(text);
    }

    /** Focus the article after the window is shown. */
    public void focusLater() {
        Platform.runLater(this::focusArticle);
    }

    void editNote() {
        var a = vm.selectedProperty().get();
        if (a != null) {
            Dialogs.editNote(window(), vm.labelOf(a).name() + ": " + vm.excerpt(a, 60), a.note())
                    .ifPresent(n -> vm.setNote(a, n));
        }
    }
}
