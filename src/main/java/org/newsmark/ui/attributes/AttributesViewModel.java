package org.newsmark.ui.attributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.CodebookService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * The attributes of the selected tag (issue 14.2): one field per attribute its label declares;
 * a commit is one undoable tag edit. Also which shown tags miss a required attribute: flagged in
 * the Tags table and counted for the status bar, never refused.
 */
public final class AttributesViewModel extends AttributeFormViewModel {

    public static final String NO_TAG = "No tag selected.";

    private final AnnotationService annotations;
    private final ObjectProperty<Annotation> selected;
    private final Function<Annotation, String> excerpt;
    private final StringProperty heading = new SimpleStringProperty(NO_TAG);
    private final StringProperty missingSummary = new SimpleStringProperty("");
    private final IntegerProperty codebookVersion = new SimpleIntegerProperty();
    private final ObservableList<Annotation> shown;
    private Codebook book;
    private Map<Long, List<Attribute>> requiredByLabel = Map.of();
    private int missingCount;
    private long shownTagId = -1;

    /**
     * @param shown    the tags on screen, whose missing required attributes are counted
     * @param excerpt  a tag's text, shortened, for the heading
     */
    public AttributesViewModel(CodebookService codebook, AnnotationService annotations, SaveStatusViewModel status,
                               ObjectProperty<Annotation> selected, ObservableList<Annotation> shown,
                               ObservableBooleanValue readOnly, Function<Annotation, String> excerpt) {
        super(codebook, status, readOnly);
        this.annotations = annotations;
        this.selected = selected;
        this.shown = shown;
        this.excerpt = excerpt;
        selected.addListener((o, a, b) -> showSelected());
        // counted by change, not again over all tags: a tag costs the same in a document of 20,000
        shown.addListener((ListChangeListener<Annotation>) this::countChange);
        codebookChanged();
    }

    /** "statistic: “48 million euros”", or that no tag is selected. */
    public StringProperty headingProperty() { return heading; }

    /** "2 tags miss a required attribute" for the open article, empty when none does. */
    public StringProperty missingSummaryProperty() { return missingSummary; }

    /** Counts up when the codebook changes: the table draws its flags again. */
    public IntegerProperty codebookVersionProperty() { return codebookVersion; }

    /** The required attributes {@code tag} has no value for. */
    public List<Attribute> missing(Annotation tag) {
        List<Attribute> required = requiredByLabel.get(tag.labelId());
        return required == null ? List.of() : tag.attributes().missing(required);
    }

    /** The tooltip of a flagged row: "Missing required attribute: verdict"; empty when none is missing. */
    public String missingText(Annotation tag) {
        List<Attribute> m = missing(tag);
        return m.isEmpty() ? "" : "Missing required attribute" + (m.size() == 1 ? ": " : "s: ")
                + m.stream().map(Attribute::name).collect(Collectors.joining(", "));
    }

    /** The key that moves into the panel: refused, with a message, when there is no field to go to. */
    public boolean canEnter() {
        if (selected.get() == null) {
            status.message().set("Select a tag first (Enter at the caret, Alt+Down), then Ctrl+Shift+A edits its attributes.");
            return false;
        }
        if (fields().isEmpty()) {
            status.message().set("The label of this tag declares no attributes.");
            return false;
        }
        return true;
    }

    /** Reads the codebook again (an attribute declared, a choice added). */
    public void codebookChanged() {
        book = codebook.codebook();
        Map<Long, List<Attribute>> required = new HashMap<>();
        for (Attribute a : book.attributes()) {
            if (a.required() && !a.isArticleCode()) {
                required.computeIfAbsent(a.labelId(), k -> new java.util.ArrayList<>()).add(a);
            }
        }
        requiredByLabel = required;
        missingCount = 0;
        shown.forEach(t -> missingCount += missing(t).isEmpty() ? 0 : 1);
        summarise();
        showSelected();
        codebookVersion.set(codebookVersion.get() + 1);
    }

    @Override
    protected boolean canStore() {
        return selected.get() != null;
    }

    @Override
    protected AttributeValues store(Attribute a, List<String> checked) {
        Annotation tag = selected.get();
        // the commit is announced, and the window's selection becomes the tag as stored
        return annotations.setAttributes(tag, tag.attributes().with(a.id(), checked)).attributes();
    }

    private void showSelected() {
        Annotation tag = selected.get();
        if (tag == null || tag.id() != shownTagId) {
            problemProperty().set("");
        }
        shownTagId = tag == null ? -1 : tag.id();
        if (tag == null) {
            heading.set(NO_TAG);
            show(List.of(), AttributeValues.EMPTY);
            return;
        }
        String label = book.label(tag.labelId()).map(l -> l.name()).orElse("?");
        heading.set(label + ": “" + excerpt.apply(tag) + "”");
        show(book.attributesOf(tag.labelId()), tag.attributes());
    }

    private void countChange(ListChangeListener.Change<? extends Annotation> c) {
        if (requiredByLabel.isEmpty()) {
            return;
        }
        while (c.next()) {
            for (Annotation t : c.getRemoved()) {
                missingCount -= missing(t).isEmpty() ? 0 : 1;
            }
            for (Annotation t : c.getAddedSubList()) {
                missingCount += missing(t).isEmpty() ? 0 : 1;
            }
        }
        summarise();
    }

    private void summarise() {
        missingSummary.set(missingCount <= 0 ? "" : missingCount + (missingCount == 1 ? " tag misses" : " tags miss")
                + " a required attribute");
    }
}
