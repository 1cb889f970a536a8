package org.newsmark.ui.compare;

import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Document;
import org.newsmark.service.AdjudicationService;
import org.newsmark.service.Comparison;
import org.newsmark.ui.common.DialogService;

/**
 * The compare window's "Attribute values" tab: exact matches whose two tags differ on an
 * attribute, and settling one into the consensus tag with A's value, B's or a typed one. Each
 * settlement is one step of the window's undo.
 */
public final class ValueConflictsViewModel {

    /**
     * An attribute on which A's and B's tags of an exact match differ; {@code consensus} is what
     * the consensus tag of that match has now (empty: no value, or no consensus tag yet).
     */
    public record ValueDifference(Document document, AlignedPair match, Attribute attribute,
                                  List<String> a, List<String> b, List<String> consensus) {
    }

    private final AdjudicationService adjudication;
    private final DialogService dialogs;
    private final StringProperty message;
    private final ObservableValue<Comparison> comparison;
    private final ObservableValue<Analyst> analystA;
    private final ObservableValue<Analyst> analystB;
    private final Consumer<Runnable> attempt;
    private final LongConsumer undoStep;
    private final Supplier<String> consensusName;
    /** Source attributes are shown and typed by the source's name. */
    private final org.newsmark.service.SourceService sources;
    private final ObservableList<ValueDifference> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<ValueDifference> selected = new SimpleObjectProperty<>();

    /**
     * @param attempt  the window's one edit path (refusals as its message, failures as NOT SAVED)
     * @param undoStep records a step of the window's undo for the document it changed
     */
    ValueConflictsViewModel(AdjudicationService adjudication, DialogService dialogs, StringProperty message,
                            ObservableValue<Comparison> comparison, ObservableValue<Analyst> analystA,
                            ObservableValue<Analyst> analystB, Consumer<Runnable> attempt, LongConsumer undoStep,
                            Supplier<String> consensusName, org.newsmark.service.SourceService sources) {
        this.sources = sources;
        this.adjudication = adjudication;
        this.dialogs = dialogs;
        this.message = message;
        this.comparison = comparison;
        this.analystA = analystA;
        this.analystB = analystB;
        this.attempt = attempt;
        this.undoStep = undoStep;
        this.consensusName = consensusName;
    }

    ObservableList<ValueDifference> conflicts() {
        return conflicts;
    }

    ObjectProperty<ValueDifference> selectedProperty() {
        return selected;
    }

    void clear() {
        conflicts.clear();
        selected.set(null);
    }

    void takeA() {
        withSelected(x -> set(x, x.a()));
    }

    void takeB() {
        withSelected(x -> set(x, x.b()));
    }

    /** Values as shown: a source attribute's value by the source's name, "—" for none. */
    String shown(Attribute a, List<String> values) {
        if (values.isEmpty()) {
            return "—";
        }
        return a.type() != AttributeType.SOURCE ? String.join(" | ", values) : String.join(" | ", values.stream()
                .map(v -> sources.find(org.newsmark.domain.Source.idOf(v)).map(org.newsmark.domain.Source::name).orElse(v)).toList());
    }

    /** Asks for a value (checked as the editor checks it; several choices separated by "|"). */
    void type() {
        withSelected(x -> {
            Attribute attribute = x.attribute();
            if (attribute.type() == AttributeType.SOURCE) {
                typeSource(x);
                return;
            }
            String hint = attribute.type().hasChoices() ? "One of: " + String.join(", ", attribute.choices())
                    + (attribute.type() == AttributeType.MULTIPLE_CHOICE ? " (several: separate with |)" : "")
                    : attribute.type().id();
            String initial = String.join(" | ", x.consensus().isEmpty() ? x.a() : x.consensus());
            dialogs.askText("Value for " + consensusName.get(), attribute.name() + " — " + hint, attribute.name() + ":", initial,
                    text -> attribute.normalise(attribute.valuesFromText(text)).problem()).ifPresent(text -> set(x, attribute.valuesFromText(text)));
        });
    }

    /** A source by its name: the source so named (accents and case aside), or a new named person. */
    private void typeSource(ValueDifference x) {
        List<String> now = x.consensus().isEmpty() ? x.a() : x.consensus();
        String initial = now.isEmpty() ? "" : shown(x.attribute(), now);
        dialogs.askText("Value for " + consensusName.get(), x.attribute().name() + " — a source's name", x.attribute().name() + ":",
                initial, text -> text.isBlank() ? null : org.newsmark.domain.Names.problem(text).map(p -> "The name " + p).orElse(null))
                .ifPresent(text -> {
                    List<String> value;
                    try {
                        value = text.isBlank() ? List.of() : List.of(sources.namedOrNew(text).valueId());
                    } catch (org.newsmark.service.AnnotationConflictException refused) {
                        message.set(refused.getMessage());
                        return;
                    }
                    set(x, value);
                });
    }

    /** Reads the differences again: after each adjudication the consensus column changes. */
    void reload() {
        Comparison c = comparison.getValue();
        Analyst a = analystA.getValue();
        Analyst b = analystB.getValue();
        if (c == null || a == null || b == null || a.id() == b.id()) {
            conflicts.clear();
            return;
        }
        conflicts.setAll(adjudication.valueConflicts(c).stream()
                .map(x -> new ValueDifference(x.document(), x.match(), x.attribute(), x.a(), x.b(), x.consensus())).toList());
    }

    private void withSelected(Consumer<ValueDifference> action) {
        ValueDifference x = selected.get();
        if (x == null) {
            message.set("Select an attribute difference first.");
        } else {
            action.accept(x);
        }
    }

    private void set(ValueDifference x, List<String> values) {
        attempt.accept(() -> {
            adjudication.setConsensusValue(comparison.getValue(), x.document(), x.match(), x.attribute(), values);
            undoStep.accept(x.document().id());
            int at = conflicts.indexOf(x);
            reload();
            if (at >= 0 && at < conflicts.size()) {
                selected.set(conflicts.get(at));
            }
            message.set(x.attribute().name() + " of " + consensusName.get() + "'s tag set to "
                    + (values.isEmpty() ? "no value" : String.join(" | ", values)) + ". Ctrl+Z takes it back.");
        });
    }
}
