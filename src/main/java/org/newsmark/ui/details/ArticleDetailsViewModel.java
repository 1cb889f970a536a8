package org.newsmark.ui.details;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.MetadataChecks;
import org.newsmark.domain.Names;
import org.newsmark.service.ArticleMetadataService;

/**
 * Edit › Article Details… (Ctrl+Shift+D): the open article's outlet, author, published, URL,
 * language and custom fields as text properties, checked as they are typed ({@link #problemProperty});
 * {@link #save} writes them at once (not an undo step, see ADR 0025). No Node here.
 */
public final class ArticleDetailsViewModel {

    /** One custom field and its value as edited. */
    public record Field(String name, StringProperty value) {
    }

    private final ArticleMetadataService metadata;
    private final long documentId;
    private final String title;
    private final boolean readOnly;
    private final Map<String, StringProperty> standard = new LinkedHashMap<>();
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final StringProperty newField = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private ArticleMetadata saved;

    public ArticleDetailsViewModel(ArticleMetadataService metadata, long documentId, String title, boolean readOnly) {
        this.metadata = metadata;
        this.documentId = documentId;
        this.title = title;
        this.readOnly = readOnly;
        for (String name : ArticleMetadata.STANDARD) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> recheck());
            standard.put(name, p);
        }
        load();
    }

    /** The article's values as stored now (after a change elsewhere, such as a manifest import). */
    public void load() {
        saved = metadata.of(documentId);
        standard.forEach((name, p) -> p.set(blank(saved.get(name))));
        fields.clear();
        for (String name : metadata.fields()) {
            addRow(name, blank(saved.fields().get(name)));
        }
        message.set("");
        recheck();
    }

    public String title() {
        return title;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** outlet, author, published, url or language. */
    public StringProperty value(String name) {
        return standard.get(name);
    }

    public ObservableList<Field> fields() {
        return fields;
    }

    /** The name typed for a new custom field. */
    public StringProperty newFieldProperty() {
        return newField;
    }

    /** What is wrong with a value as typed (the first one), or empty: Save is refused while it is not. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** What the last save did. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Whether a value differs from what is stored. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Adds a custom field row (declared in the project on save); refused with a problem when the name is not one. */
    public boolean addField() {
        String name = Names.strip(newField.get() == null ? "" : newField.get());
        Optional<String> p = ArticleMetadataService.fieldNameProblem(name);
        if (p.isPresent()) {
            problem.set("Field name " + Names.shown(name) + " " + p.get() + ".");
            return false;
        }
        if (fields.stream().anyMatch(f -> f.name().equals(name))) {
            problem.set("The field \u201c" + name + "\u201d is there already.");
            return false;
        }
        addRow(name, "");
        newField.set("");
        recheck();
        return true;
    }

    /** Saves every value; false (nothing written, the problem said) when one is refused or the project is read-only. */
    public boolean save() {
        recheck();
        if (readOnly) {
            message.set("The project is open read-only; the details cannot be changed.");
            return false;
        }
        if (!problem.get().isEmpty()) {
            return false;
        }
        ArticleMetadata edited = edited();
        try {
            metadata.set(documentId, edited);
        } catch (RuntimeException e) {
            problem.set(e.getMessage());
            return false;
        }
        saved = metadata.of(documentId);
        message.set("Saved the details of \u201c" + title + "\u201d.");
        recheck();
        return true;
    }

    ArticleMetadata edited() {
        Map<String, String> custom = new LinkedHashMap<>();
        fields.forEach(f -> custom.put(f.name(), f.value().get()));
        ArticleMetadata m = new ArticleMetadata(null, null, null, null, null, custom);
        for (String name : ArticleMetadata.STANDARD) {
            m = m.with(name, standard.get(name).get());
        }
        return m;
    }

    private void addRow(String name, String value) {
        StringProperty p = new SimpleStringProperty(value);
        p.addListener((o, a, b) -> recheck());
        fields.add(new Field(name, p));
    }

    private void recheck() {
        String first = "";
        for (Map.Entry<String, StringProperty> e : standard.entrySet()) {
            first = first.isEmpty() ? problemOf(e.getKey(), e.getValue().get()) : first;
        }
        for (Field f : List.copyOf(fields)) {
            first = first.isEmpty() ? problemOf(f.name(), f.value().get()) : first;
        }
        problem.set(first);
        changed.set(saved != null && !edited().equals(saved));
    }

    private static String problemOf(String name, String value) {
        return MetadataChecks.problem(name, value).map(p -> capitalised(name) + " \u201c" + value.strip() + "\u201d " + p + ".")
                .orElse("");
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
