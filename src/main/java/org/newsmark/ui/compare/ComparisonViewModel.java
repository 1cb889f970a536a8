package org.newsmark.ui.compare;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import java.nio.file.Path;
import org.newsmark.agreement.AgreementReport;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.agreement.PairwiseMatrix;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ComparePosition;
import org.newsmark.domain.Decision;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;
import org.newsmark.service.AdjudicationService;
import org.newsmark.service.Comparison;
import org.newsmark.service.ComparisonService;
import org.newsmark.service.DecisionChange;
import org.newsmark.service.ExportService;
import org.newsmark.io.csv.CsvOptions;
import org.newsmark.service.ProjectSession;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.FileFilter;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.TaskRunner;

/**
 * State of the compare view, without a Node: which analysts and documents are compared, the
 * disagreements (every non-match, text order, filterable), the selected one, and the
 * adjudication actions. Decisions are kept in the project (a rejection too) and read back for
 * the analysts compared; the analysts, scope and selected disagreement are kept there when the
 * window closes (and at each decision), and the window opens there again.
 */
public final class ComparisonViewModel {

    /** A choice in the document box; {@code id} null stands for every document both analysts tagged. */
    public record DocumentChoice(Long id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** One row of the disagreement list; {@code key} names its pair in the project (null when A and B are one analyst). */
    public record Disagreement(Document document, AlignedPair pair, PairKey key) {
        public String label() {
            return pair.a() != null ? pair.a().label() : pair.b().label();
        }

        public boolean hasLabel(String label) {
            return (pair.a() != null && pair.a().label().equals(label)) || (pair.b() != null && pair.b().label().equals(label));
        }
    }


    /**
     * One adjudication action of this window, so Ctrl+Z here can take it back (and unmark the
     * pair): a decision in one article, or "Accept all matches" in every article it added to.
     */
    private record Step(List<Long> documentIds, AlignedPair pair) {
    }

    public static final DocumentChoice ALL = new DocumentChoice(null, "All documents both tagged");

    /** After close: the live listener (which the project keeps) does nothing. */
    private volatile boolean closed;
    private final ProjectSession session;
    private final ComparisonService comparisons;
    private final AdjudicationService adjudication;
    private final TaskRunner tasks;
    private final SaveStatusViewModel status;
    private final DialogService dialogs;

    private final ObservableList<Analyst> analysts = FXCollections.observableArrayList();
    private final ObservableList<DocumentChoice> documentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Analyst> analystA = new SimpleObjectProperty<>();
    private final ObjectProperty<Analyst> analystB = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentChoice> scope = new SimpleObjectProperty<>(ALL);
    private final ObjectProperty<Comparison> comparison = new SimpleObjectProperty<>();
    private final ObjectProperty<Comparison> projectComparison = new SimpleObjectProperty<>();
    private final ObjectProperty<AgreementReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<AgreementReport> projectReport = new SimpleObjectProperty<>();
    private final ObservableList<AgreementTable.Row> figureRows = FXCollections.observableArrayList();
    private final ObservableList<AttributeTable.Row> attributeRows = FXCollections.observableArrayList();
    private final ObjectProperty<Document> shownDocument = new SimpleObjectProperty<>();
    private final ObservableList<AlignedPair> shownPairs = FXCollections.observableArrayList();
    private final ObservableList<Disagreement> allDisagreements = FXCollections.observableArrayList();
    private final FilteredList<Disagreement> disagreements = new FilteredList<>(allDisagreements);
    private final ObjectProperty<String> labelFilter = new SimpleObjectProperty<>();
    /** null ("all labels") first, then the labels of the comparison. */
    private final ObservableList<String> labelChoices = FXCollections.observableArrayList(java.util.Collections.singletonList(null));
    private final ObjectProperty<OutcomeKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Disagreement> selected = new SimpleObjectProperty<>();
    private final ValueConflictsViewModel values;
    private final LinkDisagreementsViewModel links;
    /** The decisions between the analysts compared, by pair, seen with A as A. */
    private final DecisionsViewModel marks = new DecisionsViewModel();
    private final Consumer<DecisionChange> decisionListener;
    /** The pair to select once the comparison is shown: where the window was left. */
    private PairKey restoreSelection;
    private final Deque<Step> steps = new ArrayDeque<>();
    private final Runnable codebookListener;
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * @param status the save status of the window this view was opened from: one "saved / NOT
     *               SAVED" and one error path for tagging and adjudicating
     */
    public ComparisonViewModel(ProjectSession session, TaskRunner tasks, DialogService dialogs, SaveStatusViewModel status) {
        this.session = session;
        this.tasks = tasks;
        this.status = status;
        this.dialogs = dialogs;
        this.comparisons = session.comparisons();
        this.adjudication = session.adjudication(AdjudicationService.DEFAULT_CONSENSUS);
        analysts.setAll(session.analysts());
        documentChoices.add(ALL);
        for (DocumentSummary s : session.documents().summaries(null)) {
            documentChoices.add(new DocumentChoice(s.id(), s.id() + "  " + s.title()));
        }
        List<Analyst> people = analysts.stream().filter(a -> !a.name().equals(AdjudicationService.DEFAULT_CONSENSUS)).toList();
        choosePairWithSharedArticles(people);
        adjudication.position().ifPresent(this::restore);
        decisionListener = change -> tasks.onUiThread(() -> marks.changed(change, analystA.get(), analystB.get(), allDisagreements));
        session.annotations().addDecisionListener(decisionListener);
        // a renamed, merged or retired label, a new attribute: the figures and panes are computed anew
        codebookListener = () -> tasks.onUiThread(this::refresh);
        session.addCodebookListener(codebookListener);
        // a team project: another analyst's tags in A or B, another adjudicator's decisions, computed anew
        session.listen(new org.newsmark.ui.common.LiveChangesViewModel(tasks, (doc, analyst) -> {
            if (!closed && (isShown(analystA.get(), analyst) || isShown(analystB.get(), analyst) || isShown(consensusAnalyst(), analyst))) {
                refresh();
            }
        }, doc -> {
            if (!closed) {
                refresh();
            }
        }, (up, why) -> {
            if (!closed) {
                status.connection(up, why);
            }
        }));
        labelFilter.addListener((o, a, b) -> applyFilter());
        kindFilter.addListener((o, a, b) -> applyFilter());
        analystA.addListener((o, a, b) -> refresh());
        analystB.addListener((o, a, b) -> refresh());
        scope.addListener((o, a, b) -> refresh());
        selected.addListener((o, a, d) -> {
            if (d != null && (shownDocument.get() == null || shownDocument.get().id() != d.document().id())) {
                show(d.document());
            }
        });
        values = new ValueConflictsViewModel(adjudication, dialogs, message, comparison, analystA, analystB,
                this::attempt, document -> steps.push(new Step(List.of(document), null)), this::consensusName, session.sources());
        values.selectedProperty().addListener((o, a, x) -> {
            if (x != null && (shownDocument.get() == null || shownDocument.get().id() != x.document().id())) {
                show(x.document());
            }
        });
        links = new LinkDisagreementsViewModel(adjudication.links(), session.annotations(), message, comparison, projectComparison,
                this::attempt, document -> steps.push(new Step(List.of(document), null)), this::consensusName, tasks::onUiThread, this::refresh);
        links.selectedProperty().addListener((o, a, x) -> {
            if (x != null && (shownDocument.get() == null || shownDocument.get().id() != x.link().document().id())) {
                show(x.link().document());
            }
        });
        refresh();
    }

    /** The links table and the "Link disagreements" tab. */
    public LinkDisagreementsViewModel links() { return links; }

    // --- state ---------------------------------------------------------------

    public ObservableList<Analyst> analysts() { return analysts; }
    public ObservableList<DocumentChoice> documentChoices() { return documentChoices; }
    public ObjectProperty<Analyst> analystAProperty() { return analystA; }
    public ObjectProperty<Analyst> analystBProperty() { return analystB; }
    public ObjectProperty<DocumentChoice> scopeProperty() { return scope; }
    /** The comparison in the chosen scope (one document, or all both tagged). */
    public ObjectProperty<Comparison> comparisonProperty() { return comparison; }
    /** The agreement figures in the chosen scope (null until two analysts are compared). */
    public ObjectProperty<AgreementReport> reportProperty() { return report; }
    /** The figures over every document both analysts tagged. */
    public ObjectProperty<AgreementReport> projectReportProperty() { return projectReport; }
    /** How many documents the chosen scope holds. */
    public int documentCount() { return comparison.get() == null ? 0 : comparison.get().documents().size(); }
    /** The same two analysts over every document both tagged, for the agreement panel. */
    public ObjectProperty<Comparison> projectComparisonProperty() { return projectComparison; }
    /** The agreement table: the chosen document's rows (when one is chosen), then every document both tagged. */
    public ObservableList<AgreementTable.Row> figureRows() { return figureRows; }
    /** The second table, "Attributes and article codes": the chosen document's rows (when one is chosen), then all documents'. */
    public ObservableList<AttributeTable.Row> attributeRows() { return attributeRows; }
    /** The document in the two panes. */
    public ObjectProperty<Document> shownDocumentProperty() { return shownDocument; }
    public ObservableList<AlignedPair> shownPairs() { return shownPairs; }
    public FilteredList<Disagreement> disagreements() { return disagreements; }
    public ObjectProperty<String> labelFilterProperty() { return labelFilter; }
    /** The label filter's choices: null for all labels, then each label compared. The filter stays as the user set it. */
    public ObservableList<String> labelChoices() { return labelChoices; }
    public ObjectProperty<OutcomeKind> kindFilterProperty() { return kindFilter; }
    public ObjectProperty<Disagreement> selectedProperty() { return selected; }
    /** Attributes on which the two tags of an exact match differ (chosen scope): the adjudicator picks A's, B's or a typed value. */
    public ObservableList<ValueConflictsViewModel.ValueDifference> valueConflicts() { return values.conflicts(); }
    public ObjectProperty<ValueConflictsViewModel.ValueDifference> selectedConflictProperty() { return values.selectedProperty(); }
    /** Values as the Attribute values tab shows them (a source by its name). */
    public String shownValues(org.newsmark.domain.Attribute a, List<String> v) { return values.shown(a, v); }
    /** How many of the disagreements in the chosen scope are decided (accepted or rejected). */
    public IntegerProperty decidedCountProperty() { return marks.decidedCount(); }
    /** "12 of 31 decided". */
    public StringProperty progressProperty() { return marks.progress(); }
    /** The decisions between the analysts compared, by pair (any scope): the list redraws its marks when it changes. */
    public ObservableMap<PairKey, Decision> decisions() { return marks.map(); }
    public StringProperty messageProperty() { return message; }
    public boolean isReadOnly() { return session.isReadOnly(); }

    public boolean isDecided(Disagreement d) {
        return decisionOf(d).isPresent();
    }

    /** What was decided on that disagreement (by anyone, in any earlier session); empty when undecided. */
    public Optional<Decision> decisionOf(Disagreement d) {
        return marks.of(d);
    }

    /**
     * The window closes: where it was left is kept in the project (not for a read-only project),
     * and it stops listening. A failure to keep it is not worth a dialog: nothing the user made is lost.
     */
    public void close() {
        closed = true;
        session.annotations().removeDecisionListener(decisionListener);
        session.removeCodebookListener(codebookListener);
        links.close();
        savePosition();
    }

    private static boolean isShown(Analyst shown, long analystId) {
        return shown != null && shown.id() == analystId;
    }

    private Analyst consensusAnalyst() {
        return session.findAnalyst(consensusName()).orElse(null);
    }

    public String consensusName() {
        return AdjudicationService.DEFAULT_CONSENSUS;
    }

    // --- actions -------------------------------------------------------------

    /** Recomputes everything for the chosen analysts and scope, in the background. */
    public void refresh() {
        Analyst a = analystA.get();
        Analyst b = analystB.get();
        DocumentChoice chosen = scope.get();
        selected.set(null);
        if (a == null || b == null) {
            comparison.set(null);
            projectComparison.set(null);
            projectReport.set(null);
            report.set(null);
            figureRows.clear();
            attributeRows.clear();
            values.clear();
            allDisagreements.clear();
            marks.replaceAll(java.util.Map.of(), allDisagreements);
            show(null);
            message.set("Choose two analysts.");
            return;
        }
        message.set("Comparing " + a.name() + " and " + b.name() + "…");
        tasks.run("Comparing " + a.name() + " and " + b.name(), control -> {
            Comparison whole = comparisons.compareAll(a, b);
            Comparison c = chosen == null || chosen.id() == null ? whole
                    : comparisons.compare(a, b, List.of(comparisons.requireDocument(chosen.id())));
            return new Comparison[] {c, whole};
        }, result -> {
            if (a == analystA.get() && b == analystB.get() && chosen == scope.get()) {
                showComparison(a, b, result[0], result[1]);
            }
        }, failure -> message.set(failure.getMessage()));
    }

    private void showComparison(Analyst a, Analyst b, Comparison c, Comparison whole) {
        String keep = labelFilter.get();
        List<String> choices = new java.util.ArrayList<>();
        choices.add(null);
        choices.addAll(c.report().perLabel().keySet());
        if (keep != null && !choices.contains(keep)) {
            choices.add(keep); // a label these two did not use: the filter stays, and shows nothing
        }
        labelChoices.setAll(choices);
        labelFilter.set(keep);
        comparison.set(c);
        projectComparison.set(whole);
        projectReport.set(whole.report());
        figureRows.setAll(AgreementTable.rows(chosenDocument() != null ? c.report() : null, whole.report()));
        attributeRows.setAll(AttributeTable.rows(chosenDocument() != null ? new AttributeTable.Figures(c.attributes(), c.articleCodes()) : null,
                new AttributeTable.Figures(whole.attributes(), whole.articleCodes())));
        report.set(c.report());
        boolean twoAnalysts = a.id() != b.id();
        List<Disagreement> rows = new java.util.ArrayList<>();
        for (Document d : c.documents()) {
            for (AlignedPair p : c.pairsOf(d.id())) {
                if (p.kind() != OutcomeKind.MATCH) {
                    rows.add(new Disagreement(d, p, twoAnalysts ? AdjudicationService.keyOf(c, d.id(), p) : null));
                }
            }
        }
        allDisagreements.setAll(rows);
        marks.replaceAll(adjudication.decisions(a, b), allDisagreements);
        values.selectedProperty().set(null);
        values.reload();
        show(c.documents().isEmpty() ? null : c.documents().get(0));
        PairKey wanted = restoreSelection;
        restoreSelection = null;
        if (wanted != null) {
            rows.stream().filter(r -> wanted.equals(r.key())).findFirst().ifPresent(selected::set);
        }
        message.set(c.documents().isEmpty() ? a.name() + " and " + b.name() + " have no document both tagged."
                : rows.size() + " disagreements in " + c.documents().size() + " document(s).");
    }

    /** Selects the next disagreement in the (filtered) list, wrapping around. */
    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    public void acceptA() {
        decide(Decision.ACCEPT_A);
    }

    public void acceptB() {
        decide(Decision.ACCEPT_B);
    }

    public void acceptBoth() {
        decide(Decision.ACCEPT_BOTH);
    }

    public void reject() {
        decide(Decision.REJECT);
    }

    void decide(Decision decision) {
        Disagreement d = selected.get();
        if (d == null) {
            message.set("Select a disagreement first.");
            return;
        }
        Optional<Decision> earlier = decisionOf(d);
        attempt(() -> {
            boolean wrote;
            try {
                wrote = !adjudication.decide(comparison.get(), d.document(), d.pair(), decision, earlier).isEmpty();
            } catch (org.newsmark.service.AnnotationConflictException another) {
                reloadDecision(d); // another adjudicator's decision, shown as it is recorded
                throw another;
            }
            steps.push(new Step(List.of(d.document().id()), d.pair()));
            // the listener says the same; a deferred one must not leave the mark behind
            marks.set(d.key(), Optional.of(decision), allDisagreements);
            message.set(DecisionsViewModel.decided(decision, earlier, consensusName(), wrote));
            values.reload();
            nextUndecided();
            savePosition();
        });
    }

    /**
     * Every exact match in the chosen scope (the one article, or every article both analysts
     * tagged) into consensus, in one transaction: one undo step per article in the workbench,
     * and Ctrl+Z here takes back the whole action.
     */
    public void acceptAllMatches() {
        Comparison c = comparison.get();
        if (c == null || c.documents().isEmpty()) {
            message.set("Nothing compared: no matches to accept.");
            return;
        }
        attempt(() -> {
            AdjudicationService.MatchesAccepted r = adjudication.acceptAllMatches(c);
            if (r.added() > 0) {
                steps.push(new Step(r.documentIds(), null));
            }
            message.set(DecisionsViewModel.matchesAccepted(r));
            values.reload();
        });
    }

    /** The selected attribute difference: consensus takes A's value. */
    public void takeValueA() { values.takeA(); }

    /** The selected attribute difference: consensus takes B's value. */
    public void takeValueB() { values.takeB(); }

    /** The selected attribute difference: asks for a value and gives it to the consensus tag. */
    public void typeValue() { values.type(); }


    /** Takes back the last adjudication made in this view. */
    public void undo() {
        Step s = steps.poll();
        if (s == null) {
            message.set("Nothing to undo.");
            return;
        }
        attempt(() -> {
            adjudication.undo(s.documentIds());
            if (s.pair() != null) {
                allDisagreements.stream().filter(x -> x.pair() == s.pair()).findFirst().ifPresent(x -> {
                    reloadDecision(x);
                    selected.set(x);
                });
            }
            values.reload();
            message.set("Undone.");
        });
    }

    /** The agreement table as tab-separated text, the header first, cells as shown: what Ctrl+C copies. */
    public String agreementTsv() {
        return AgreementTable.tsv(figureRows);
    }

    /** The attributes and article codes table as tab-separated text, the header first: what Ctrl+C copies there. */
    public String attributeTsv() {
        return AttributeTable.tsv(attributeRows);
    }

    /** Export CSV…: asks where, then writes the agreement table through the export service (never over the project). */
    public void exportAgreement() {
        Analyst a = analystA.get();
        Analyst b = analystB.get();
        if (a == null || b == null || figureRows.isEmpty()) {
            message.set("Nothing to export: choose two analysts who tagged the same documents.");
            return;
        }
        Long document = chosenDocument();
        List<ExportService.AgreementRow> rows = figureRows.stream().map(r -> new ExportService.AgreementRow(r.scope(),
                r.scope().equals(AgreementTable.THIS_DOCUMENT) ? document : null, r.label(), r.m())).toList();
        Path folder = session.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
        String name = session.shortName() + "-agreement-" + a.name() + "-" + b.name() + ".csv";
        dialogs.chooseFileToSave("Export the agreement table", folder, name.replaceAll("[^\\p{L}\\p{N}._ -]", "_"), FileFilter.of("CSV files", "*.csv"))
                .ifPresent(out -> tasks.run("Exporting the agreement table", control -> {
                    session.export().exportAgreement(out, a.name(), b.name(), rows, CsvOptions.DEFAULT);
                    return rows.size();
                }, n -> message.set("Agreement table (" + n + " rows) exported to " + out),
                        failure -> dialogs.showError("Export failed", failure.getMessage())));
    }

    public List<org.newsmark.domain.Annotation> consensusTags(Document d) {
        return adjudication.consensusTags(d);
    }

    /** Exact F1 and alpha-U for every pair of analysts (consensus left out), shown document or whole project. */
    public PairwiseMatrix pairwise(boolean wholeProject) {
        Document d = shownDocument.get();
        return comparisons.pairwise(wholeProject || d == null ? null : d.id(), List.of(consensusName()));
    }

    // --- internals -----------------------------------------------------------

    /**
     * The first two analysts (in list order) who tagged an article in common, so the window
     * opens on something to compare: a colleague who just joined has tagged nothing yet. With
     * no such pair, the first two.
     */
    private void choosePairWithSharedArticles(List<Analyst> people) {
        Optional<List<Analyst>> pair = comparisons.firstPairWithSharedArticles(people);
        if (pair.isPresent()) {
            analystA.set(pair.get().get(0));
            analystB.set(pair.get().get(1));
            return;
        }
        analystA.set(people.isEmpty() ? null : people.get(0));
        analystB.set(people.size() < 2 ? null : people.get(1));
    }

    private Long chosenDocument() {
        DocumentChoice chosen = scope.get();
        return chosen == null ? null : chosen.id();
    }

    private void show(Document d) {
        shownPairs.setAll(d == null ? List.of() : comparison.get().pairsOf(d.id()));
        shownDocument.set(d);
    }

    /** Reads one pair's decision from the project again (after an undo, which may restore an earlier one). */
    private void reloadDecision(Disagreement d) {
        Optional<Decision> now = d.key() == null ? Optional.empty()
                : adjudication.decisionOn(comparison.get(), d.document().id(), d.pair()).map(PairDecision::decision);
        marks.set(d.key(), now, allDisagreements);
    }

    /** After a decision: the next disagreement in the list not decided yet, or simply the next when all are. */
    private void nextUndecided() {
        int n = disagreements.size();
        int at = disagreements.indexOf(selected.get());
        for (int i = 1; i <= n; i++) {
            Disagreement d = disagreements.get(Math.floorMod(at + i, n));
            if (!isDecided(d)) {
                selected.set(d);
                return;
            }
        }
        next();
    }

    /** The saved position, applied before the first comparison: the analysts, the scope and the pair to select. */
    private void restore(ComparePosition p) {
        Optional<Analyst> a = analysts.stream().filter(x -> x.id() == p.analystA()).findFirst();
        Optional<Analyst> b = analysts.stream().filter(x -> x.id() == p.analystB()).findFirst();
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        analystA.set(a.get());
        analystB.set(b.get());
        if (p.documentId() != null) {
            documentChoices.stream().filter(c -> p.documentId().equals(c.id())).findFirst().ifPresent(scope::set);
        }
        restoreSelection = p.selected();
    }

    private void savePosition() {
        Analyst a = analystA.get();
        Analyst b = analystB.get();
        if (a == null || b == null || a.id() == b.id() || session.isReadOnly()) {
            return;
        }
        Disagreement d = selected.get();
        DocumentChoice chosen = scope.get();
        try {
            adjudication.savePosition(new ComparePosition(a.id(), b.id(), chosen == null ? null : chosen.id(), d == null ? null : d.key()));
        } catch (RuntimeException e) {
            // where the window was is not the user's work; the next edit reports a failing disk
        }
    }

    private void move(int step) {
        int n = disagreements.size();
        if (n == 0) {
            message.set("No disagreements here.");
            return;
        }
        int at = disagreements.indexOf(selected.get());
        selected.set(disagreements.get(at < 0 ? (step > 0 ? 0 : n - 1) : Math.floorMod(at + step, n)));
    }

    private void applyFilter() {
        String label = labelFilter.get();
        OutcomeKind kind = kindFilter.get();
        disagreements.setPredicate(d -> (label == null || d.hasLabel(label)) && (kind == null || d.pair().kind() == kind));
    }

    /** The one edit path of the application: a refusal is this window's message, a failed write NOT SAVED and a dialog. */
    private void attempt(Runnable action) {
        status.attempt(() -> {
            action.run();
            return null;
        }, message::set);
    }
}
