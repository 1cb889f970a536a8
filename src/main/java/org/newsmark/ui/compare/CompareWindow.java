package org.newsmark.ui.compare;


import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.domain.Analyst;

/**
 * View › Compare Analysts: two read-only panes side by side, scrolled together; the
 * disagreements with adjudication, the link disagreements; the agreement numbers. Keys: F8 /
 * Shift+F8 next / previous disagreement; A, B, Shift+B, R accept A / accept B / accept both /
 * reject (shown on the buttons; on the "Link disagreements" tab they act on links); Ctrl+Z undoes
 * the last adjudication; Ctrl+W closes.
 */
public final class CompareWindow extends BorderPane {

    private final ComparisonViewModel vm;
    private final OutcomePane paneA = new OutcomePane(true);
    private final OutcomePane paneB = new OutcomePane(false);
    private final ListView<ComparisonViewModel.Disagreement> list = new ListView<>();
    private final Tab linksTab = new Tab("Link disagreements");
    private boolean syncing;

    public CompareWindow(ComparisonViewModel vm) {
        this.vm = vm;
        setId("compare-window");
        setTop(toolbar());
        SplitPane panes = new SplitPane(paneA, paneB);
        VBox left = new VBox(6, new Legend(), panes);
        VBox.setVgrow(panes, Priority.ALWAYS);
        left.setPadding(new Insets(6));
        linksTab.setContent(new LinkDisagreementsView(vm));
        TabPane tabs = new TabPane(new Tab("Disagreements", disagreements()), linksTab,
                new Tab("Attribute values", valueConflicts()),
                new Tab("Agreement", scroll(new AgreementPanel(vm))));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(left, tabs);
        split.setDividerPositions(0.52); // the agreement table's columns fit beside the panes at the default size
        setCenter(split);
        Label status = new Label();
        status.setId("compare-message");
        status.textProperty().bind(vm.messageProperty());
        status.setPadding(new Insets(3, 8, 3, 8));
        setBottom(status);

        vm.shownDocumentProperty().addListener((o, a, d) -> showPanes());
        vm.selectedProperty().addListener((o, a, d) -> {
            if (d != null && list.getSelectionModel().getSelectedItem() != d) list.getSelectionModel().select(d);
            if (d != null) list.scrollTo(d);
            paneA.select(d == null ? null : d.pair());
            paneB.select(d == null ? null : d.pair());
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) vm.selectedProperty().set(d);
        });
        // a link disagreement shows both end tags: the stretch from the first to the last, in both panes
        vm.links().selectedProperty().addListener((o, a, r) -> {
            if (r != null) {
                paneA.selectRange(r.begin(), r.end());
                paneB.selectRange(r.begin(), r.end());
            }
        });
        vm.decisions().addListener((javafx.collections.MapChangeListener<Object, Object>) change -> list.refresh());
        vm.analystAProperty().addListener((o, a, b) -> titles());
        vm.analystBProperty().addListener((o, a, b) -> titles());
        syncScrolling(paneA, paneB);
        syncScrolling(paneB, paneA);
        showPanes();
    }

    /**
     * Opens the compare window, owned by the workbench. {@code themed} gives the window's scene
     * the application's theme and keeps it in step when the theme changes.
     */
    public static Stage open(Window owner, ComparisonViewModel vm, String projectName, java.util.function.Consumer<Scene> themed) {
        CompareWindow view = new CompareWindow(vm);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Compare analysts — " + projectName);
        Scene scene = new Scene(view, 1360, 860);
        var css = CompareWindow.class.getResource("/org/newsmark/ui/newsmark.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        // F8, A, B and R act on the tab shown: the link disagreements, or the span disagreements
        LinkDisagreementsViewModel links = view.vm.links();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8), view.onTab(links::next, view.vm::next));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN), view.onTab(links::previous, view.vm::previous));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), view.vm::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        // the adjudication keys: plain letters, since nothing in this window takes typed text
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.A), view.onTab(links::acceptA, view.vm::acceptA));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.B), view.onTab(links::acceptB, view.vm::acceptB));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHIFT_DOWN),
                view.onTab(() -> view.vm.messageProperty().set("A link is one analyst's: accept A's (A) or B's (B)."), view.vm::acceptBoth));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R), view.onTab(links::reject, view.vm::reject));
        stage.setOnHidden(e -> view.vm.close());
        themed.accept(scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** {@code onLinks} while the "Link disagreements" tab is shown, else {@code otherwise}. */
    private Runnable onTab(Runnable onLinks, Runnable otherwise) {
        return () -> (linksTab.isSelected() ? onLinks : otherwise).run();
    }

    public ComparisonViewModel viewModel() {
        return vm;
    }

    private ToolBar toolbar() {
        ComboBox<ComparisonViewModel.DocumentChoice> document = new ComboBox<>(vm.documentChoices());
        document.setId("compare-document");
        document.valueProperty().bindBidirectional(vm.scopeProperty());
        document.setPrefWidth(320);
        ComboBox<Analyst> a = analystBox("compare-analyst-a");
        a.valueProperty().bindBidirectional(vm.analystAProperty());
        ComboBox<Analyst> b = analystBox("compare-analyst-b");
        b.valueProperty().bindBidirectional(vm.analystBProperty());
        Button pairwise = new Button("Pairwise matrix…");
        pairwise.setId("compare-pairwise");
        pairwise.setOnAction(e -> PairwiseView.show(getScene().getWindow(), vm));
        return new ToolBar(new Label("Document:"), document, new Label("Analyst A:"), a, new Label("Analyst B:"), b, pairwise);
    }

    private ComboBox<Analyst> analystBox(String id) {
        ComboBox<Analyst> box = new ComboBox<>(vm.analysts());
        box.setId(id);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Analyst x) {
                return x == null ? "" : x.name();
            }

            @Override
            public Analyst fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private VBox disagreements() {
        ComboBox<String> label = new ComboBox<>(vm.labelChoices());
        label.setId("filter-label");
        label.setPromptText("All labels");
        label.setButtonCell(nullAs("All labels"));
        label.setCellFactory(v -> nullAs("All labels"));
        label.valueProperty().bindBidirectional(vm.labelFilterProperty());
        ComboBox<OutcomeKind> kind = new ComboBox<>();
        kind.setId("filter-kind");
        kind.getItems().add(null);
        for (OutcomeKind k : OutcomeKind.values()) if (k != OutcomeKind.MATCH) kind.getItems().add(k);
        kind.setButtonCell(kindCell());
        kind.setCellFactory(v -> kindCell());
        kind.valueProperty().bindBidirectional(vm.kindFilterProperty());

        list.setId("disagreement-list");
        list.setItems(vm.disagreements());
        list.setCellFactory(v -> new ListCell<>() {
            /** The decision, in a column of its own so that the rows' text lines up. */
            private final Label mark = new Label();

            {
                mark.setMinWidth(Region.USE_PREF_SIZE);
                mark.setPrefWidth(78);
                mark.getStyleClass().add("decision-mark");
            }

            @Override
            protected void updateItem(ComparisonViewModel.Disagreement d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                mark.setText(vm.decisionOf(d).map(x -> "✓ " + decisionMark(x)).orElse(""));
                setGraphic(mark);
                setText(describe(d));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button previous = button("◀ Previous (Shift+F8)", "compare-previous", vm::previous);
        Button next = button("Next (F8) ▶", "compare-next", vm::next);
        Button acceptA = button("Accept A (A)", "accept-a", vm::acceptA);
        Button acceptB = button("Accept B (B)", "accept-b", vm::acceptB);
        Button both = button("Accept both (Shift+B)", "accept-both", vm::acceptBoth);
        Button reject = button("Reject (R)", "reject", vm::reject);
        Button all = button("Accept all matches", "accept-all-matches", vm::acceptAllMatches);
        all.setTooltip(new javafx.scene.control.Tooltip("Every exact match in the chosen document, or in every document both"
                + " analysts tagged, into " + vm.consensusName() + ". Ctrl+Z here takes it all back."));
        Button undo = button("Undo (Ctrl+Z)", "compare-undo", vm::undo);
        for (Button x : new Button[] {acceptA, acceptB, both, reject}) {
            x.disableProperty().bind(vm.selectedProperty().isNull());
        }
        if (vm.isReadOnly()) {
            for (Button x : new Button[] {acceptA, acceptB, both, reject, all, undo}) {
                x.disableProperty().unbind();
                x.setDisable(true);
            }
        }
        Label progress = new Label();
        progress.setId("compare-progress");
        progress.textProperty().bind(vm.progressProperty());
        progress.setStyle("-fx-font-weight: bold;");
        Label where = new Label("Accepted spans are written to the analyst \"" + vm.consensusName()
                + "\". Every decision, a rejection too, is kept in the project and marked ✓; the window opens again where you left it.");
        where.setWrapText(true);
        HBox walk = new HBox(6, previous, next, progress);
        walk.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, new HBox(6, new Label("Label:"), label, new Label("Kind:"), kind), list,
                walk, new HBox(6, acceptA, acceptB, both, reject), new HBox(6, all, undo), where);
        box.setPadding(new Insets(6));
        return box;
    }

    /**
     * Exact matches whose tags differ on an attribute: the adjudicator gives the consensus tag
     * A's value, B's value or a typed one (a dialog: the window's plain-letter keys stay free).
     */
    private VBox valueConflicts() {
        ListView<ValueConflictsViewModel.ValueDifference> conflicts = new ListView<>(vm.valueConflicts());
        conflicts.setId("value-conflict-list");
        conflicts.setPlaceholder(new Label("The exact matches agree on every attribute (or have none)."));
        conflicts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ValueConflictsViewModel.ValueDifference x, boolean empty) {
                super.updateItem(x, empty);
                setText(empty || x == null ? null : describe(x));
            }
        });
        conflicts.getSelectionModel().selectedItemProperty().addListener((o, a, x) -> {
            if (x != vm.selectedConflictProperty().get()) vm.selectedConflictProperty().set(x);
        });
        vm.selectedConflictProperty().addListener((o, a, x) -> {
            if (x != conflicts.getSelectionModel().getSelectedItem()) {
                if (x == null) conflicts.getSelectionModel().clearSelection();
                else conflicts.getSelectionModel().select(x);
            }
        });
        VBox.setVgrow(conflicts, Priority.ALWAYS);
        Button takeA = button("Take A's value", "take-value-a", vm::takeValueA);
        Button takeB = button("Take B's value", "take-value-b", vm::takeValueB);
        Button type = button("Type a value…", "type-value", vm::typeValue);
        for (Button x : new Button[] {takeA, takeB, type}) {
            if (vm.isReadOnly()) x.setDisable(true);
            else x.disableProperty().bind(vm.selectedConflictProperty().isNull());
        }
        Label where = new Label("Values both analysts agree on go to " + vm.consensusName() + " with \"Accept all matches\"."
                + " Here the rest: the value is set on " + vm.consensusName() + "'s tag of that match (added if missing); Ctrl+Z takes it back.");
        where.setWrapText(true);
        VBox box = new VBox(6, conflicts, new HBox(6, takeA, takeB, type), where);
        box.setPadding(new Insets(6));
        return box;
    }

    private String describe(ValueConflictsViewModel.ValueDifference x) {
        var p = x.match();
        String text = x.document().text().substring(p.begin(), p.end()).replace('\n', ' ');
        if (text.length() > 40) text = text.substring(0, 39) + "…";
        return x.attribute().name() + " · " + p.a().label() + " “" + text + "” · A: " + vm.shownValues(x.attribute(), x.a())
                + " · B: " + vm.shownValues(x.attribute(), x.b()) + " · " + vm.consensusName() + ": " + vm.shownValues(x.attribute(), x.consensus())
                + (vm.documentCount() > 1 ? "  (doc " + x.document().id() + ")" : "");
    }

    private String describe(ComparisonViewModel.Disagreement d) {
        var p = d.pair();
        String text = d.document().text().substring(p.begin(), p.end()).replace('\n', ' ');
        if (text.length() > 60) text = text.substring(0, 59) + "…";
        String labels = p.a() != null && p.b() != null && !p.a().label().equals(p.b().label())
                ? p.a().label() + " / " + p.b().label() : d.label();
        return OutcomeStyles.name(p.kind()) + " · " + labels + " · “" + text + "”"
                + (vm.documentCount() > 1
                ? "  (doc " + d.document().id() + ")" : "");
    }

    private static String decisionMark(org.newsmark.domain.Decision d) {
        return switch (d) {
            case ACCEPT_A -> "A";
            case ACCEPT_B -> "B";
            case ACCEPT_BOTH -> "both";
            case REJECT -> "rejected";
        };
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static ListCell<String> nullAs(String text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s == null ? text : s);
            }
        };
    }

    private static ListCell<OutcomeKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OutcomeKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty ? null : k == null ? "All kinds" : OutcomeStyles.name(k));
            }
        };
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    private void showPanes() {
        var d = vm.shownDocumentProperty().get();
        String text = d == null ? "" : d.text();
        paneA.show(text, vm.shownPairs());
        paneB.show(text, vm.shownPairs());
        titles();
    }

    private void titles() {
        var d = vm.shownDocumentProperty().get();
        String doc = d == null ? "(no document both tagged)" : d.title();
        Analyst a = vm.analystAProperty().get();
        Analyst b = vm.analystBProperty().get();
        paneA.setTitle("A: " + (a == null ? "?" : a.name()) + " — " + doc);
        paneB.setTitle("B: " + (b == null ? "?" : b.name()) + " — " + doc);
    }

    /** Scrolling one pane brings the other to the same paragraph at the top. */
    private void syncScrolling(OutcomePane from, OutcomePane to) {
        from.area().estimatedScrollYProperty().addListener((o, x, y) -> {
            if (syncing) return;
            syncing = true;
            try {
                int par = from.area().firstVisibleParToAllParIndex();
                if (par != to.area().firstVisibleParToAllParIndex()) {
                    to.area().showParagraphAtTop(par);
                }
            } catch (RuntimeException noVisibleParagraph) {
                // nothing laid out yet (empty text or not shown): nothing to follow
            } finally {
                syncing = false;
            }
        });
    }

    OutcomePane paneA() {
        return paneA;
    }

    OutcomePane paneB() {
        return paneB;
    }

    ListView<ComparisonViewModel.Disagreement> list() {
        return list;
    }

}
