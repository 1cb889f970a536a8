package org.newsmark.ui.workbench;

import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.newsmark.domain.Analyst;

/** The menus and their shortcuts (see docs/keyboard.md). Every item forwards to a view-model or the window. */
final class MenuBarFactory {

    private final WorkbenchViewModel vm;
    private final ProjectActions actions;
    private final MainWindow window;

    MenuBarFactory(WorkbenchViewModel vm, ProjectActions actions, MainWindow window) {
        this.vm = vm;
        this.actions = actions;
        this.window = window;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), analyst(), help());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> {
            recent.getItems().clear();
            for (Path p : actions.recentProjects()) {
                MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
                item.setOnAction(x -> actions.openProject(p));
                recent.getItems().add(item);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem("(none)");
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem importArticle = item("Import Article…", "Shortcut+I", vm.articleImport()::chooseAndImport);
        importArticle.setId("menu-import");
        MenuItem merge = item("Merge Analysts from Project…", null, vm.merge()::chooseAndMerge);
        merge.setId("menu-merge");
        MenuItem export = item("Export Tags…", "Shortcut+E", window::export);
        export.setId("menu-export");
        return new Menu("_File", null,
                item("New Project…", "Shortcut+N", actions::newProject),
                item("Open Project…", "Shortcut+O", actions::openProject),
                recent,
                teamItem(),
                new SeparatorMenuItem(),
                writing(importArticle),
                writing(item("Import Folder\u2026", "Shortcut+Shift+I", () -> vm.folderImport().chooseAndImport())),
                writing(item("Import with Manifest…", null, () -> vm.newManifestImport().chooseAndImport())),
                versionItems()[0], versionItems()[1], versionItems()[2], versionItems()[3], versionItems()[4],
                writing(item("Import Tags from CSV…", null, vm.tagTransfer()::importCsv)),
                writing(item("Import brat Folder…", null, vm.tagTransfer()::importBrat)),
                writing(merge),
                writing(importFromTools()),
                export,
                exportForTools(),
                new SeparatorMenuItem(),
                writing(item("Import Codebook…", null, vm.codebookFiles()::importCodebook)),
                writing(builtInCodebooks()),
                item("Export Codebook…", null, vm.codebookFiles()::exportCodebook),
                new SeparatorMenuItem(),
                articleItems()[0], articleItems()[1], articleItems()[2],
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", actions::quit));
    }

    private MenuItem importFromTools() {
        MenuItem item = item("Import from Other Tools…", null, vm.exchange()::chooseAndImport);
        item.setId("menu-import-tools");
        return item;
    }

    /** File › Export for Other Tools ›: one item per format (REFI-QDA project and codebook, INCEpTION, Web Annotation). */
    private Menu exportForTools() {
        Menu m = new Menu("Export for Other Tools");
        m.setId("menu-export-tools");
        for (var choice : vm.exchange().exportChoices()) {
            MenuItem item = item(choice.text(), null, choice.action());
            item.setId("menu-export-" + choice.id());
            m.getItems().add(item);
        }
        return m;
    }

    private MenuItem teamItem() {
        MenuItem team = item("Open Team Project…", "Shortcut+Shift+O", actions::openTeamProject);
        team.setId("menu-open-team");
        return team;
    }

    /** File › Add Built-in Codebook ›: one item per codebook that comes with Newsmark. */
    private Menu builtInCodebooks() {
        Menu m = new Menu("Add Built-in Codebook");
        vm.codebookFiles().builtInCodebooks().forEach((key, name) ->
                m.getItems().add(item(name, null, () -> vm.codebookFiles().importBuiltIn(key))));
        return m;
    }

    /** Rename, delete and undo delete of the open article (the article list has them too, with F2 and Delete). */
    private MenuItem[] articleItems() {
        if (articleItems == null) {
            MenuItem rename = writing(item("Rename Article…", "Shortcut+Shift+R", vm.articles()::renameCurrent));
            rename.setId("menu-rename-article");
            MenuItem delete = writing(item("Delete Article…", "Shortcut+Shift+Delete", vm.articles()::deleteCurrent));
            delete.setId("menu-delete-article");
            if (!vm.isProjectReadOnly()) {
                rename.disableProperty().bind(vm.documentProperty().isNull());
                delete.disableProperty().bind(vm.documentProperty().isNull());
            }
            MenuItem restore = item("Undo Delete Article", null, vm.articles()::restoreDeleted);
            restore.setId("menu-restore-article");
            restore.disableProperty().bind(vm.articles().canRestoreProperty().not());
            articleItems = new MenuItem[] {rename, delete, restore};
        }
        return articleItems;
    }

    private MenuItem[] articleItems;

    /** A new version of the open article, its review list, and taking it back (see docs/decisions/0043). */
    private MenuItem[] versionItems() {
        if (versionItems == null) {
            MenuItem newVersion = writing(item("Import New Version of This Article…", "Shortcut+Shift+U",
                    () -> vm.newVersions().chooseAndImport(vm.documentProperty().get())));
            newVersion.setId("menu-new-version");
            MenuItem review = item("Review Tags Not Carried Over…", null, window::reviewTags);
            review.setId("menu-review-tags");
            MenuItem undo = writing(item("Undo New Version…", null, () -> vm.newVersions().undo(vm.documentProperty().get())));
            undo.setId("menu-undo-new-version");
            if (!vm.isProjectReadOnly()) {
                newVersion.disableProperty().bind(vm.documentProperty().isNull());
            }
            review.disableProperty().bind(vm.documentProperty().isNull());
            MenuItem earlier = item("Show Earlier Version (Read-Only)", null, vm::showEarlierVersion);
            earlier.setId("menu-earlier-version");
            earlier.disableProperty().bind(vm.documentProperty().isNull());
            MenuItem back = item("Back to the Current Version", null, vm::showCurrentVersion);
            back.setId("menu-current-version");
            back.disableProperty().bind(vm.currentOfShownProperty().isNull());
            versionItems = new MenuItem[] {newVersion, review, undo, earlier, back};
        }
        return versionItems;
    }

    private MenuItem[] versionItems;

    private Menu edit() {
        MenuItem undo = item("Undo", "Shortcut+Z", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem redoY = item("Redo (alternative)", "Shortcut+Y", vm::redo);
        redoY.disableProperty().bind(vm.canRedoProperty().not());
        MenuItem delete = item("Delete Tag", "Delete", vm::deleteSelected);
        delete.disableProperty().bind(vm.selectedProperty().isNull().or(vm.readOnlyBinding()));
        MenuItem note = item("Edit Note…", "F2", vm::editSelectedNote);
        note.disableProperty().bind(vm.selectedProperty().isNull().or(vm.readOnlyBinding()));
        MenuItem attributes = item("Edit Attributes", "Shortcut+Shift+A", window::focusAttributes);
        attributes.setId("menu-edit-attributes");
        attributes.disableProperty().bind(vm.selectedProperty().isNull());
        MenuItem atCaret = item("Select Tag at Caret", "Enter", window::selectTagAtCaret);
        MenuItem next = item("Next Tag", "Alt+Down", window::nextTag);
        MenuItem previous = item("Previous Tag", "Alt+Up", window::previousTag);
        // plain letters, handled by the article (LinkKeys): as accelerators they would fire while typing a note
        MenuItem link = writing(item("Link Selected Tag\u2026          L", null, window::startLink));
        link.setId("menu-link");
        link.disableProperty().bind(vm.selectedProperty().isNull().or(vm.readOnlyBinding()));
        MenuItem jump = item("Jump Along Link          J", null, window::jumpAlongLink);
        jump.disableProperty().bind(vm.selectedProperty().isNull());
        MenuItem linksOf = item("Links of Selected Tag", "Shortcut+Shift+J", window::focusLinks);
        linksOf.disableProperty().bind(vm.selectedProperty().isNull());
        MenuItem find = item("Find\u2026", "Shortcut+F", () -> window.findBar().open());
        find.setId("menu-find");
        MenuItem findNext = item("Find Next", "F3", () -> window.findBar().next());
        MenuItem findPrevious = item("Find Previous", "Shift+F3", () -> window.findBar().previous());
        MenuItem paste = writing(item("Paste as New Article", "Shortcut+Shift+V", window::pasteAsArticle));
        CheckMenuItem snap = new CheckMenuItem("Snap Tags to Whole Words");
        snap.selectedProperty().bindBidirectional(vm.snapToWordsProperty());
        MenuItem codebook = writing(item("Codebook…", "Shortcut+Shift+K", window::codebook));
        codebook.setId("menu-codebook");
        MenuItem preferences = item("Preferences…", "Shortcut+Comma", actions::showPreferences);
        MenuItem details = item("Article Details…", "Shortcut+Shift+D", window::articleDetails);
        details.setId("menu-article-details");
        details.disableProperty().bind(vm.documentProperty().isNull());
        return new Menu("_Edit", null, undo, redo, redoY, new SeparatorMenuItem(), delete, note, attributes, details, statusMenu(),
                new SeparatorMenuItem(), find, findNext, findPrevious,
                new SeparatorMenuItem(), atCaret, next, previous, new SeparatorMenuItem(), link, jump, linksOf,
                new SuggestionMenus(vm.suggestions(), window.suggestions(), vm.isProjectReadOnly()).edit(),
                new SeparatorMenuItem(), paste, new SeparatorMenuItem(), snap,
                new SeparatorMenuItem(), codebook, preferences);
    }

    /** Edit › Article Status: my status of the open article (Ctrl+1, Ctrl+2, Ctrl+3). */
    private Menu statusMenu() {
        Menu menu = new Menu("Article Status");
        menu.setId("menu-article-status");
        int key = 1;
        for (org.newsmark.domain.ArticleStatus s : org.newsmark.domain.ArticleStatus.values()) {
            MenuItem i = writing(item(s.shown(), "Shortcut+" + key++, () -> vm.articleTable().setStatusOfCurrent(s)));
            i.setId("menu-status-" + s.code());
            menu.getItems().add(i);
        }
        menu.disableProperty().bind(vm.documentProperty().isNull());
        return menu;
    }

    private Menu view() {
        MenuItem compare = item("Compare Analysts…", "Shortcut+K", window::compare);
        compare.setId("menu-compare");
        MenuItem sources = item("Sources…", "Shortcut+Shift+S", window::sources);
        sources.setId("menu-sources");
        MenuItem statistics = item("Statistics…", "Shortcut+Shift+G", window::statistics);
        statistics.setId("menu-statistics");
        MenuItem search = item("Search Corpus…", "Shortcut+Shift+F", window::corpusSearch);
        search.setId("menu-corpus-search");
        CheckMenuItem articles = panelItem("Show Articles Panel", "Shortcut+Shift+L",
                vm.layout().articlesShownProperty(), window::toggleArticles);
        articles.setId("menu-show-articles");
        CheckMenuItem tags = panelItem("Show Tags Panel", "Shortcut+Shift+T", vm.layout().tagsShownProperty(), window::toggleTags);
        tags.setId("menu-show-tags");
        SuggestionMenus suggest = new SuggestionMenus(vm.suggestions(), window.suggestions(), vm.isProjectReadOnly());
        return new Menu("_View", null, compare, sources, search, statistics, new SeparatorMenuItem(), articles, tags,
                new SeparatorMenuItem(), suggest.show(), suggest.claims());
    }

    /** A check item that shows whether a panel is on screen and toggles it (the window may have collapsed it). */
    private static CheckMenuItem panelItem(String text, String accelerator, javafx.beans.value.ObservableBooleanValue shown,
                                           Runnable toggle) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setSelected(shown.get());
        shown.addListener((o, a, b) -> item.setSelected(b));
        item.setOnAction(e -> {
            toggle.run();
            item.setSelected(shown.get());
        });
        return item;
    }

    private Menu analyst() {
        Menu layer = new Menu("Show Tags of");
        layer.setOnShowing(e -> {
            layer.getItems().clear();
            for (Analyst a : vm.analysts()) {
                MenuItem item = new MenuItem(a.name() + (a.id() == vm.analystProperty().get().id() ? " (me)" : " (read-only)"));
                item.setOnAction(x -> vm.showLayerOf(a));
                layer.getItems().add(item);
            }
        });
        layer.getItems().add(new MenuItem("…"));
        MenuItem mine = item("Show My Tags", "Shortcut+M", vm::showMyLayer);
        MenuItem switchTo = item("Switch Analyst…", null, () -> actions.askAnalystName(vm.analystProperty().get().name())
                .ifPresent(vm::switchAnalyst));
        return new Menu("_Analyst", null, switchTo, new SeparatorMenuItem(), mine, layer);
    }

    private Menu help() {
        return new Menu("_Help", null, item("How to Tag", "F1", () -> HowToTagCard.showDialog(window.window(), vm.toolbarLabels())));
    }

    /** Items that write to the project are off when it is read-only. */
    private MenuItem writing(MenuItem item) {
        item.setDisable(vm.isProjectReadOnly());
        return item;
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
