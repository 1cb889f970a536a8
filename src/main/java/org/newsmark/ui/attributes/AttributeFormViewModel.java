package org.newsmark.ui.attributes;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.AttributeType;
import org.newsmark.domain.Source;
import org.newsmark.service.CodebookService;
import org.newsmark.service.SourceService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * A form of typed fields over one set of values: a tag's attributes or an analyst's article
 * codes. A field commits one attribute at a time: the values are checked by the codebook, then
 * stored by the subclass; a refusal becomes the form's problem line and the status message.
 */
public abstract class AttributeFormViewModel {

    private final ObservableList<Attribute> fields = FXCollections.observableArrayList();
    private final ObjectProperty<AttributeValues> values = new SimpleObjectProperty<>(AttributeValues.EMPTY);
    private final StringProperty problem = new SimpleStringProperty("");
    protected final CodebookService codebook;
    protected final SaveStatusViewModel status;
    private final ObservableBooleanValue readOnly;
    /** Where source attributes find their sources; without it they show the stored ids. */
    private SourceService sources;
    private final javafx.beans.property.IntegerProperty sourcesVersion = new javafx.beans.property.SimpleIntegerProperty();

    protected AttributeFormViewModel(CodebookService codebook, SaveStatusViewModel status, ObservableBooleanValue readOnly) {
        this.codebook = codebook;
        this.status = status;
        this.readOnly = readOnly;
    }

    /** The attributes shown, in codebook order; replaced as a whole only when they change. */
    public ObservableList<Attribute> fields() { return fields; }

    /** The stored values the fields show. */
    public ObjectProperty<AttributeValues> valuesProperty() { return values; }

    /** Why the last commit was refused; empty after one that went through. */
    public StringProperty problemProperty() { return problem; }

    /** True when the values shown are another analyst's, or the project is read-only. */
    public ObservableBooleanValue readOnly() { return readOnly; }

    /** Values already used for a text attribute in the project, most used first. */
    public List<String> suggestions(Attribute a) {
        return codebook.suggestions(a.id());
    }

    /** Gives the source attributes their sources (names shown, suggestions, names typed). */
    public void useSources(SourceService sourceService) {
        readSourcesFrom(sourceService);
        sourceService.addListener(() -> sourcesVersion.set(sourcesVersion.get() + 1));
    }

    /** As {@link #useSources}, without following later source edits: for a form that is shown only briefly (a dialog). */
    protected void readSourcesFrom(SourceService sourceService) {
        this.sources = sourceService;
    }

    /** Counts source edits and merges, after which the fields show their names anew. */
    public javafx.beans.property.ReadOnlyIntegerProperty sourcesVersionProperty() {
        return sourcesVersion;
    }

    /** The project's sources, for a source field's suggestions. */
    public List<Source> sources() {
        return sources == null ? List.of() : sources.all();
    }

    /** The name of the source a stored value points to. */
    public String sourceName(String value) {
        return sources == null ? value : sources.find(Source.idOf(value)).map(Source::name).orElse("(source " + value + " removed)");
    }

    /**
     * Checks {@code raw} for {@code a} and stores it as one committed edit; does nothing when it
     * equals what is stored. Returns false when refused (or read-only): the fields keep the stored values.
     */
    public boolean commit(Attribute a, List<String> raw) {
        // a field of a form no longer shown (another tag selected meanwhile) stores nothing
        if (readOnly.get() || !canStore() || !fields.contains(a)) {
            return false;
        }
        boolean[] ok = {false};
        status.attempt(() -> {
            List<String> checked = codebook.valuesFor(a, a.type() == AttributeType.SOURCE ? sourceIds(raw) : raw);
            if (!checked.equals(values.get().get(a.id()))) {
                values.set(store(a, checked));
                status.message().set(describe(a, checked));
            }
            ok[0] = true;
            return null;
        }, refused -> {
            problem.set(refused);
            status.message().set(refused);
        });
        if (ok[0]) {
            problem.set("");
        }
        return ok[0];
    }

    /** A source field gives names: each becomes the id of the source so named, created (a named person) when new. */
    private List<String> sourceIds(List<String> names) {
        if (sources == null) {
            return names;
        }
        return names.stream().map(n -> sources.namedOrNew(n).valueId()).toList();
    }

    protected void show(List<Attribute> attributes, AttributeValues shown) {
        if (!fields.equals(attributes)) {
            fields.setAll(attributes);
        }
        if (!Objects.equals(values.get(), shown)) {
            values.set(shown);
        }
    }

    /**
     * Whether a field keeps a refused value when the keys leave it, rather than going back to the
     * stored one: a form committed as a whole (a dialog's button) must not drop it unseen.
     */
    protected boolean keepsRefusedText() {
        return false;
    }

    /** Whether there is something to store into (a tag selected, an article open). */
    protected abstract boolean canStore();

    /** Stores the checked values of one attribute; returns all the values as stored. */
    protected abstract AttributeValues store(Attribute a, List<String> checked);

    private static String describe(Attribute a, List<String> v) {
        return v.isEmpty() ? a.name() + " cleared" : a.name() + " set to " + String.join(", ", v);
    }
}
