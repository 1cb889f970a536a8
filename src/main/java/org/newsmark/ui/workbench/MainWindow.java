package org.newsmark.ui.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsmark.ui.attributes.AttributesPanel;
import org.newsmark.ui.compare.CompareWindow;
import org.newsmark.ui.editor.ArticleEditor;
import org.newsmark.ui.transfer.ExportOptionsViewModel;

/**
 * The workbench: articles on the left, the article in the middle, its tags on the right,
 * labels above, status below. It binds and forwards; the view-model acts. Keys: 1–9 tag or
 * relabel, Delete removes, F2 edits the note, Enter selects the tag at the caret, Alt+Down/Alt+Up
 * the next/previous tag, Ctrl+Z/Ctrl+Y undo/redo, Ctrl+Shift+A into the selected tag's attributes
 * (under the table; Esc back).
 */
public final class MainWindow extends BorderPane {

    private final WorkbenchViewModel vm;
    private final ArticleEditor editor = new ArticleEditor();
    private final EditorBinding binding;
    private final TagTable table;
    private final Consumer<Scene> themed;
    private final SplitPane split = new SplitPane();
    private final ArticleList articles;
    private final VBox center;
    private final AttributesPanel attributes;
    private final org.newsmark.ui.links.LinksPanel links;
    private final LinkKeys linkKeys;
    private final SuggestionsBinding suggestions;
    private final org.newsmark.ui.find.FindBar findBar;
    private boolean draggingDivider;
    private boolean layoutPending;

    /** @param themed gives another window's scene the application's theme (the compare view) */
    public MainWindow(WorkbenchViewModel vm, ProjectActions actions, Consumer<Scene> themed) {
        this.vm = vm;
        this.themed = themed;
        this.binding = new EditorBinding(vm, editor);
        this.table = new TagTable(vm);

        this.articles = new ArticleList(vm);
        this.attributes = new AttributesPanel(vm.attributes(), vm.attributes().headingProperty(), false, this::returnToArticle);
        attributes.setId("attributes-panel");
        table.addBelow(attributes);
        this.links = new org.newsmark.ui.links.LinksPanel(vm.linking(), vm.selectedProperty().isNotNull(), this::returnToArticle);
        links.setId("links-panel");
        table.addBelow(new org.newsmark.ui.common.FirstShownSlot(links, links.visibleProperty()));
        this.linkKeys = new LinkKeys(vm.linking(), binding);
        AttributesPanel codes = new AttributesPanel(vm.articleCodes(), vm.articleCodes().headingProperty(), true,
                this::returnToArticle);
        codes.setId("article-codes");
        // no codes declared: no strip
        codes.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.articleCodes().fields()));
        codes.managedProperty().bind(codes.visibleProperty());
        this.findBar = new org.newsmark.ui.find.FindBar(vm.find(), vm.tagAll(), editor);
        this.suggestions = new SuggestionsBinding(vm, editor);
        this.center = new VBox(banner(), linkBanner(), codes,
                new org.newsmark.ui.common.FirstShownSlot(findBar, vm.find().openProperty()), suggestions.bar(), editor);
        center.setId("article-column");
        VBox.setVgrow(editor, Priority.ALWAYS);
        articles.setMinWidth(PanelLayout.ARTICLES_MIN);
        articles.setMaxWidth(PanelLayout.ARTICLES_MAX);
        table.setMinWidth(PanelLayout.TAGS_MIN);
        table.setMaxWidth(PanelLayout.TAGS_MAX);
        SplitPane.setResizableWithParent(articles, false);
        SplitPane.setResizableWithParent(table, false);
        split.setId("workbench-split");
        split.getItems().setAll(articles, center, table);
        // after the split pane's own pass, which keeps the side panels' pixel widths on a resize
        split.widthProperty().addListener((o, a, b) -> applyLayoutLater());
        vm.layout().articlesWantedProperty().addListener((o, a, b) -> applyLayout());
        vm.layout().tagsWantedProperty().addListener((o, a, b) -> applyLayout());
        // a divider dragged by the user: remember the panels' widths (a resized window changes none of them)
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> draggingDivider = isDivider(e.getPickResult().getIntersectedNode()));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (draggingDivider) {
                draggingDivider = false;
                vm.layout().dragged(split.getItems().contains(articles) ? articles.getWidth() : null,
                        split.getItems().contains(table) ? table.getWidth() : null);
            }
        });

        vm.newVersions().reviewWantedProperty().addListener((o, was, now) -> reviewWanted(now));

        MenuBarFactory menus = new MenuBarFactory(vm, actions, this);
        setTop(new VBox(menus.build(), new LabelToolBar(vm, binding::tagOrRelabel)));
        setCenter(split);
        setBottom(new StatusBar(vm));
        setPadding(Insets.EMPTY);
        addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        // the link keys first: while a link is made, Enter, Tab and Esc are its own
        editor.area().addEventFilter(KeyEvent.KEY_PRESSED, linkKeys::handle);
        table.table().addEventFilter(KeyEvent.KEY_PRESSED, linkKeys::handle);
        editor.area().addEventFilter(KeyEvent.KEY_PRESSED, suggestions::handle);
        editor.area().addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        editor.area().addEventFilter(KeyEvent.KEY_PRESSED, this::onArticleKey);
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
                Platform.runLater(() -> vm.articleImport().importFiles(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void applyLayoutLater() {
        if (!layoutPending) {
            layoutPending = true;
            Platform.runLater(() -> {
                layoutPending = false;
                applyLayout();
            });
        }
    }

    /**
     * The first pass plans the panels before the split lays them out, for the width it is about
     * to get (the split fills the window's width): the first frame shows them where they stay,
     * instead of at the split's default dividers for one frame.
     */
    @Override
    protected void layoutChildren() {
        if (split.getWidth() <= 0 && getWidth() > 0) {
            applyLayout(getWidth() - snappedLeftInset() - snappedRightInset());
        }
        super.layoutChildren();
    }

    /** Shows the side panels {@link PanelLayout} plans for the width there is, at the widths it plans. */
    private void applyLayout() {
        applyLayout(split.getWidth());
    }

    private void applyLayout(double width) {
        if (width <= 0) {
            return;
        }
        PanelLayout.Plan plan = vm.layout().plan(width);
        List<Node> items = new ArrayList<>();
        if (plan.articles()) {
            items.add(articles);
        }
        items.add(center);
        if (plan.tags()) {
            items.add(table);
        }
        if (!split.getItems().equals(items)) {
            Node focused = getScene() == null ? null : getScene().getFocusOwner();
            boolean hadFocus = focused != null && isInside(focused, split.getItems()) && !isInside(focused, items);
            split.getItems().setAll(items);
            if (hadFocus) {
                editor.area().requestFocus(); // the focused panel went away: the article takes the keys
            }
        }
        center.setMinWidth(Math.min(PanelLayout.ARTICLE_MIN, plan.articleWidth(width)));
        double inner = width - PanelLayout.DIVIDER * (items.size() - 1);
        if (plan.articles() && plan.tags()) {
            split.setDividerPositions(plan.articlesWidth() / inner, (width - plan.tagsWidth() - PanelLayout.DIVIDER) / inner);
        } else if (plan.articles()) {
            split.setDividerPositions(plan.articlesWidth() / inner);
        } else if (plan.tags()) {
            split.setDividerPositions((width - plan.tagsWidth() - PanelLayout.DIVIDER) / inner);
        }
    }

    private static boolean isInside(Node node, List<Node> panels) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (panels.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDivider(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
            if (n instanceof SplitPane) {
                return false;
            }
        }
        return false;
    }

    /** View › Show Articles Panel. */
    void toggleArticles() {
        vm.layout().toggleArticles();
        applyLayout();
        if (vm.layout().articlesShownProperty().get()) {
            articles.focusList();
        }
    }

    /** View › Show Tags Panel. */
    void toggleTags() {
        vm.layout().toggleTags();
        applyLayout();
        if (vm.layout().tagsShownProperty().get()) {
            table.table().requestFocus();
        }
    }

    private Label banner() {
        Label banner = new Label();
        banner.setId("layer-banner");
        banner.getStyleClass().add("layer-banner");
        banner.visibleProperty().bind(vm.readOnlyBinding());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.textProperty().bind(vm.layerBanner());
        banner.setMaxWidth(Double.MAX_VALUE);
        return banner;
    }

    /** While a link is made: which keys do what, and from which tag to which. */
    private Label linkBanner() {
        Label banner = new Label();
        banner.setId("link-banner");
        banner.getStyleClass().addAll("layer-banner", "link-banner");
        banner.visibleProperty().bind(vm.linking().mode().activeProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        banner.textProperty().bind(vm.linking().mode().promptProperty());
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        return banner;
    }

    public ArticleEditor editor() {
        return editor;
    }

    public WorkbenchViewModel viewModel() {
        return vm;
    }

    /** Ctrl+Shift+A: the keys to the selected tag's first attribute (the Tags panel is shown if it was closed). */
    void focusAttributes() {
        if (!vm.attributes().canEnter()) {
            return;
        }
        if (!vm.layout().tagsShownProperty().get()) {
            vm.layout().toggleTags();
            applyLayout();
        }
        attributes.focusFirst();
    }

    /** Edit › Links of the Selected Tag: the keys to its Links list (the Tags panel is shown if it was closed). */
    void focusLinks() {
        if (vm.selectedProperty().get() == null) {
            return;
        }
        if (!vm.layout().tagsShownProperty().get()) {
            vm.layout().toggleTags();
            applyLayout();
        }
        links.focusList();
    }

    /** View › Show Suggestions (Ctrl+G), Edit › Suggestions › Next (F8) and Previous (Shift+F8). */
    SuggestionsBinding suggestions() {
        return suggestions;
    }

    /** Edit › Find… (Ctrl+F), Find Next (F3), Find Previous (Shift+F3). */
    org.newsmark.ui.find.FindBar findBar() {
        return findBar;
    }

    /** Edit › Link Selected Tag (L). */
    void startLink() {
        editor.area().requestFocus();
        vm.linking().mode().start();
    }

    /** Edit › Jump Along Link (J). */
    void jumpAlongLink() {
        vm.linking().jump(true).ifPresent(editor::caretToStartOf);
    }

    /** Esc in the attributes or the article codes: the keys back to the article, the caret where it was. */
    private void returnToArticle() {
        editor.area().requestFocus();
    }

    /** Puts the keyboard focus in the article, caret at its start. */
    public void focusArticle() {
        editor.area().moveTo(0);
        editor.area().requestFocus();
    }

    /** Focus the article after the window is shown. */
    public void focusLater() {
        Platform.runLater(this::focusArticle);
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    void selectTagAtCaret() {
        binding.selectTagAtCaret();
    }

    void nextTag() {
        binding.nextTag();
    }

    void previousTag() {
        binding.previousTag();
    }

    void pasteAsArticle() {
        vm.articleImport().pasteAsArticle(Clipboard.getSystemClipboard().getString());
    }

    void export() {
        ExportOptionsViewModel options = vm.exportOptions();
        if (ExportDialog.ask(window(), options)) {
            vm.tagTransfer().export(options);
        }
    }

    /** Edit › Codebook…: the labels' names, colours, keys, texts, order, retirement and merges. */
    void codebook() {
        org.newsmark.ui.codebook.CodebookDialog.show(window(), vm.newCodebook());
    }

    /** Edit › Article Details…: the open article's outlet, author, date, address, language and custom fields. */
    void articleDetails() {
        vm.newArticleDetails().ifPresent(details -> org.newsmark.ui.details.ArticleDetailsDialog.open(window(), details, themed));
    }

    /** File › Review Tags Not Carried Over…: the open new version's review list, beside the article. */
    void reviewTags() {
        vm.newReviewList().ifPresentOrElse(list -> ReviewListWindow.open(window(), list, editor, themed),
                () -> vm.say("The open article is not a new version of another: it has no tags to review."));
    }

    /** Right after a new version with tags to review was imported: its list opens by itself. */
    private void reviewWanted(org.newsmark.domain.Document newVersion) {
        if (newVersion != null) {
            vm.newVersions().reviewWantedProperty().set(null);
            ReviewListWindow.open(window(), vm.newReviewList(newVersion), editor, themed);
        }
    }

    /** View › Sources…: who gets quoted; a quote opens here with its tag selected. */
    void sources() {
        org.newsmark.ui.sources.SourcesWindow.open(window(), vm.newSources(quote -> {
            QuoteJump.to(vm, quote);
            ((javafx.stage.Stage) window()).toFront();
        }), vm.projectName(), themed);
    }

    /** View › Statistics…: tags counted by outlet, label, analyst, month, article or article code. */
    void statistics() {
        org.newsmark.ui.statistics.StatisticsWindow.open(window(), vm.newStatistics(), vm.projectName(), themed);
    }

    /** View › Search Corpus…: a hit opens here, selected as text, so a label key tags it. */
    void corpusSearch() {
        org.newsmark.ui.search.CorpusSearchWindow.open(window(), vm.newCorpusSearch(jump -> {
            HitJump.to(vm, editor, jump);
            ((javafx.stage.Stage) window()).toFront();
            window().requestFocus(); // the label keys go to the article
        }), vm.projectName(), themed);
    }

    void compare() {
        CompareWindow.open(window(), vm.newComparison(), vm.projectName(), themed);
    }

    private void onKeyTyped(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
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

    /** Enter, which the read-only article would take for a line break before the menu sees it. */
    private void onArticleKey(KeyEvent e) {
        if (e.isConsumed()) {
            return; // a link key (LinkKeys): filters on one node all run
        }
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            binding.selectTagAtCaret();
            e.consume();
        }
    }

    /** Keys RichTextFX (its own text undo) or the table (F2 edits a cell) would otherwise take. */
    private void onEditorKey(KeyEvent e) {
        if (e.isConsumed()) {
            return; // a link key (LinkKeys): filters on one node all run
        }
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
                && !(e.getTarget() instanceof TextInputControl)) {
            vm.deleteSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.F2 && !(e.getTarget() instanceof TextInputControl)) {
            // the table would start editing a cell: F2 is the note dialog everywhere (double-click edits in the cell)
            vm.editSelectedNote();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            vm.selectedProperty().set(null);
            editor.area().deselect();
        }
    }
}
