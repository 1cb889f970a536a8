package org.newsmark.ui.attributes;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Label;
import org.newsmark.service.CodebookService;
import org.newsmark.service.SourceService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * The values every tag of a tag-all starts with (issue 16): a form over the attributes the chosen
 * label declares, with the Tags panel's typed fields and checks, held here until the tags are
 * written. A field left empty sets no value. Nothing is stored by the form itself; only a source
 * name no source has yet creates that source, as in the Tags panel.
 */
public final class NewTagValuesViewModel extends AttributeFormViewModel {

    private final StringProperty heading = new SimpleStringProperty("");
    private NewTagValuesQuestion question = NewTagValuesQuestion.NONE;
    private Label label;

    public NewTagValuesViewModel(CodebookService codebook, SourceService sources, DialogService dialogs) {
        // its own status: what a field says as it commits is not news for the window's status line
        super(codebook, new SaveStatusViewModel(dialogs, null), new SimpleBooleanProperty(false));
        readSourcesFrom(sources);
    }

    /** The view's dialog; until one is given the form is not shown and the tags get no values. */
    public void askWith(NewTagValuesQuestion dialog) {
        this.question = dialog;
    }

    /** "Values for every new claim tag", over the fields. */
    public ReadOnlyStringProperty headingProperty() { return heading; }

    /**
     * Shows the form for {@code chosen}'s attributes, none set. Returns the values to give every
     * new tag (none when the label declares no attribute: nothing is asked), or empty when cancelled.
     */
    public Optional<AttributeValues> ask(String title, Label chosen) {
        label = chosen;
        problemProperty().set("");
        List<Attribute> declared = codebook.codebook().attributesOf(chosen.id());
        show(declared, AttributeValues.EMPTY);
        heading.set("Values for every new " + chosen.name() + " tag");
        if (declared.isEmpty()) {
            return Optional.of(AttributeValues.EMPTY);
        }
        return question.ask(title, this) ? Optional.of(valuesProperty().get()) : Optional.empty();
    }

    /** What the dialog says under the fields. */
    public String hint() {
        return "A field left empty sets no value; Ctrl+Enter continues. Where the text is tagged " + (label == null ? "so" : label.name())
                + " already, that tag is not made again and keeps its own values.";
    }

    /** The values set, as a preview names them ("speaker = Minister, frame = Economic"); empty when none is. */
    public String describe() {
        return valuesProperty().get().describe(fields(), this::sourceName);
    }

    /** Continue commits every field: a value refused as the keys left its field is refused again there, not lost. */
    @Override
    protected boolean keepsRefusedText() {
        return true;
    }

    @Override
    protected boolean canStore() {
        return label != null;
    }

    @Override
    protected AttributeValues store(Attribute a, List<String> checked) {
        return valuesProperty().get().with(a.id(), checked);
    }
}
