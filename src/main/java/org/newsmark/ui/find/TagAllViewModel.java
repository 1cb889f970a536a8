package org.newsmark.ui.find;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.SelectionShaper;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.AnnotationService.NewTag;
import org.newsmark.ui.attributes.NewTagValuesViewModel;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * Tag All… in the find bar: every hit of the find in the open article tagged with one label, as
 * one undoable step of the analyst's layer. First the label is asked, then the values of its
 * attributes every new tag gets (none, if the fields are left empty), then a preview says how many
 * tags are new and how many hits carry that label on that span already (those are not made twice,
 * and keep their own values). Each hit is trimmed of surrounding white space as a selection would be.
 */
public final class TagAllViewModel {

    private final FindViewModel find;
    private final AnnotationService service;
    private final ObservableValue<Document> document;
    private final ObservableValue<Analyst> analyst;
    private final ObservableList<Annotation> shown;
    private final ObservableList<Label> labels;
    private final ObservableBooleanValue readOnly;
    private final ObservableStringValue whyReadOnly;
    private final DialogService dialogs;
    private final SaveStatusViewModel status;
    private final NewTagValuesViewModel values;

    /**
     * @param shown the tags on screen: the analyst's own whenever {@code readOnly} is false
     * @param labels the labels a new tag may take, in toolbar order
     * @param whyReadOnly what to say when {@code readOnly} refuses
     * @param values the form of the new tags' values, asked once the label is chosen
     */
    public TagAllViewModel(FindViewModel find, AnnotationService service, ObservableValue<Document> document,
                           ObservableValue<Analyst> analyst, ObservableList<Annotation> shown, ObservableList<Label> labels,
                           ObservableBooleanValue readOnly, ObservableStringValue whyReadOnly, DialogService dialogs,
                           SaveStatusViewModel status, NewTagValuesViewModel values) {
        this.find = find;
        this.service = service;
        this.document = document;
        this.analyst = analyst;
        this.shown = shown;
        this.labels = labels;
        this.readOnly = readOnly;
        this.whyReadOnly = whyReadOnly;
        this.dialogs = dialogs;
        this.status = status;
        this.values = values;
    }

    /** The form of the new tags' values: the find bar gives it its dialog. */
    public NewTagValuesViewModel values() {
        return values;
    }

    /** How many of the hits a tag of {@code label} would be new on, and how many it is already on. */
    public record Preview(List<Span> fresh, int alreadyTagged) {
    }

    /** Asks for a label and its values, shows the preview, and tags; returns the tags made (none when refused or cancelled). */
    public List<Annotation> tagAll() {
        Document d = document.getValue();
        List<Span> hits = find.hits();
        if (readOnly.get()) {
            status.message().set(whyReadOnly.get());
            return List.of();
        }
        if (d == null || hits.isEmpty()) {
            status.message().set("Nothing to tag: the find has no matches.");
            return List.of();
        }
        if (find.resultProperty().get().limitReached()) {
            status.message().set("Too many matches to tag at once: narrow the find first.");
            return List.of();
        }
        if (labels.isEmpty()) {
            status.message().set("The codebook has no label to tag with.");
            return List.of();
        }
        String what = "\u201C" + find.queryProperty().get() + "\u201D";
        List<String> names = labels.stream().map(Label::name).toList();
        Optional<Label> chosen = dialogs.choose("Tag All Matches", "Tag every match of " + what + " in this article as:",
                "Label", names, names.get(0)).flatMap(n -> labels.stream().filter(l -> l.name().equals(n)).findFirst());
        if (chosen.isEmpty()) {
            return List.of();
        }
        Label label = chosen.get();
        Optional<AttributeValues> given = values.ask("Tag All Matches", label);
        if (given.isEmpty()) {
            return List.of();
        }
        String with = values.describe().isEmpty() ? "" : " with " + values.describe();
        Preview p = preview(d.text(), hits, label);
        if (p.fresh().isEmpty()) {
            dialogs.showInfo("Tag All Matches", "Every match of " + what + " is tagged " + label.name() + " already ("
                    + count(p.alreadyTagged(), "match", "matches") + ")" + (with.isEmpty() ? "." : "; their values stay as they are."));
            return List.of();
        }
        int already = p.alreadyTagged();
        String whatever = with.isEmpty() ? "" : already == 1 ? ", whatever its values," : ", whatever their values,";
        String message = count(p.fresh().size(), "new " + label.name() + " tag", "new " + label.name() + " tags") + with
                + (already == 0 ? "." : "; " + count(already, "match is", "matches are") + " tagged " + label.name() + " already"
                + whatever + " and " + (already == 1 ? "stays as it is." : "stay as they are."))
                + "\nOne step: Ctrl+Z takes them all back.";
        if (!dialogs.confirm("Tag All Matches", "Tag " + count(p.fresh().size(), "match", "matches") + " of " + what + " as "
                + label.name() + with + "?", message, "Tag " + p.fresh().size())) {
            return List.of();
        }
        List<NewTag> tags = p.fresh().stream().map(s -> new NewTag(label, s, given.get())).toList();
        return status.attempt(() -> service.tagAll(d, analyst.getValue(), tags, "tag all matches of " + what)).map(made -> {
            status.message().set("Tagged " + count(made.size(), "match", "matches") + " as " + label.name() + with
                    + " (Ctrl+Z takes them all back)");
            return made;
        }).orElse(List.of());
    }

    /** The hits, trimmed as a selection is, split into those without a tag of {@code label} on that span and those with one. */
    Preview preview(String text, List<Span> hits, Label label) {
        Set<Span> tagged = new HashSet<>();
        for (Annotation a : shown) {
            if (a.labelId() == label.id()) {
                tagged.add(a.span());
            }
        }
        Set<Span> seen = new HashSet<>();
        List<Span> fresh = new ArrayList<>();
        int already = 0;
        for (Span hit : hits) {
            Optional<Span> shaped = SelectionShaper.shape(text, hit.begin(), hit.end(), false);
            if (shaped.isEmpty() || !seen.add(shaped.get())) {
                continue; // white space only, or the same span as a hit before it once trimmed
            }
            if (tagged.contains(shaped.get())) {
                already++;
            } else {
                fresh.add(shaped.get());
            }
        }
        return new Preview(fresh, already);
    }

    private static String count(int n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
