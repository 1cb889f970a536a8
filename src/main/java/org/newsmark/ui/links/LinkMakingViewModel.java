package org.newsmark.ui.links;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.LinkTargets;
import org.newsmark.domain.LinkType;
import org.newsmark.service.AnnotationService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * Making a link from the keyboard: L with a tag selected starts; Tab and Shift+Tab step through
 * the tags the codebook lets it link to, nearest first (a click picks one); Enter links, asking
 * which type when more than one fits; Esc, or selecting another tag, gives up. The link is one
 * committed, undoable step; the selected tag stays selected.
 */
public final class LinkMakingViewModel {

    private final LinkingViewModel links;
    private final AnnotationService service;
    private final ObjectProperty<Annotation> selected;
    private final TagWords words;
    private final SaveStatusViewModel status;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Annotation> target = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyStringWrapper prompt = new javafx.beans.property.ReadOnlyStringWrapper("");
    private Annotation source;
    private List<LinkTargets.Target> targets = List.of();
    private int index;
    private boolean linking;

    LinkMakingViewModel(LinkingViewModel links, AnnotationService service, ObjectProperty<Annotation> selected, TagWords words,
             SaveStatusViewModel status, DialogService dialogs) {
        this.links = links;
        this.service = service;
        this.selected = selected;
        this.words = words;
        this.status = status;
        this.dialogs = dialogs;
    }

    /** Whether a link is being made (Tab, Enter and Esc belong to it). */
    public ReadOnlyBooleanProperty activeProperty() { return active.getReadOnlyProperty(); }

    /** The tag Enter would link to. */
    public ReadOnlyObjectProperty<Annotation> targetProperty() { return target.getReadOnlyProperty(); }

    /** What the banner above the article says while a link is made: the keys first, then from what to what. */
    public javafx.beans.property.ReadOnlyStringProperty promptProperty() { return prompt.getReadOnlyProperty(); }

    /** L: starts a link from the selected tag, its nearest possible target chosen. */
    public void start() {
        Annotation from = selected.get();
        if (from == null) {
            status.message().set("Select a tag first (click it, or Enter at the caret), then press L to link it.");
            return;
        }
        if (links.refusedAsReadOnly()) {
            return;
        }
        List<LinkType> types = links.types();
        List<LinkTargets.Target> found = LinkTargets.of(from, links.shownTags(), types, links::linked);
        if (found.isEmpty() && !LinkTargets.of(from, links.shownTags(), types, (t, f, to) -> false).isEmpty()) {
            status.message().set("This " + words.labelName(from.labelId()) + " is already linked to every tag here it can be linked to.");
            return;
        }
        if (found.isEmpty()) {
            status.message().set("Nothing in this article can be linked to this " + words.labelName(from.labelId())
                    + (types.isEmpty() ? ": the codebook declares no link types." : ". The codebook's links: " + typesInWords(types) + "."));
            return;
        }
        source = from;
        targets = found;
        active.set(true);
        show(0);
    }

    /** Tab (forward) or Shift+Tab: the next or previous possible target, round. */
    public void step(boolean forward) {
        if (active.get()) {
            show(Math.floorMod(index + (forward ? 1 : -1), targets.size()));
        }
    }

    /** Enter: links the source to the chosen target. */
    public void confirm() {
        if (active.get()) {
            linkTo(targets.get(index));
        }
    }

    /** A click during a link: the first of the clicked tags that is a target is linked to; true when the click was the link's. */
    public boolean clicked(List<Annotation> here) {
        if (!active.get()) {
            return false;
        }
        for (int i = 0; i < targets.size(); i++) {
            for (Annotation a : here) {
                if (targets.get(i).tag().id() == a.id()) {
                    index = i;
                    target.set(a);
                    linkTo(targets.get(i));
                    return true;
                }
            }
        }
        status.message().set(here.isEmpty() ? "Click a highlighted tag to link to it, or Esc to stop linking."
                : "That tag cannot be linked from this " + words.labelName(source.labelId()) + "; Tab shows the ones that can.");
        return true;
    }

    /** Esc: stops without linking. */
    public void cancel() {
        if (active.get()) {
            cancelQuietly();
            status.message().set("No link made.");
        }
    }

    void cancelQuietly() {
        active.set(false);
        prompt.set("");
        target.set(null);
        source = null;
        targets = List.of();
    }

    void selectionChanged(Annotation now) {
        if (active.get() && !linking && (now == null || now.id() != source.id())) {
            cancelQuietly();
        }
    }

    /** A tag removed or changed while linking (an undo, another window): the choice is made again from what is shown. */
    void tagsChanged() {
        if (active.get() && !linking) {
            Annotation from = links.shownTags().stream().filter(a -> a.id() == source.id()).findFirst().orElse(null);
            if (from == null) {
                cancelQuietly();
                return;
            }
            source = from;
            Annotation was = target.get();
            targets = LinkTargets.of(from, links.shownTags(), links.types(), links::linked);
            if (targets.isEmpty()) {
                cancelQuietly();
                return;
            }
            int at = 0;
            for (int i = 0; was != null && i < targets.size(); i++) {
                if (targets.get(i).tag().id() == was.id()) {
                    at = i;
                }
            }
            index = at;
            target.set(targets.get(at).tag());
        }
    }

    private void show(int i) {
        index = i;
        Annotation t = targets.get(i).tag();
        target.set(t);
        prompt.set("Linking: Tab / Shift+Tab choose the target (" + (i + 1) + " of " + targets.size()
                + "), Enter links, Esc stops.   From " + words.describe(source) + " to " + words.describe(t));
        status.message().set("Link " + words.describe(source) + " to " + words.describe(t) + "?");
    }

    private void linkTo(LinkTargets.Target t) {
        Optional<LinkTargets.Fit> fit = t.fits().size() == 1 ? Optional.of(t.fits().get(0)) : askType(t);
        if (fit.isEmpty()) {
            status.message().set("No link made; Tab, Enter or Esc.");
            return;
        }
        Annotation from = fit.get().reversed() ? t.tag() : source;
        Annotation to = fit.get().reversed() ? source : t.tag();
        LinkType type = fit.get().type();
        linking = true;
        try {
            status.attempt(() -> {
                service.link(from, to, type);
                status.message().set("Linked: " + words.describe(from) + " " + type.name() + " " + words.describe(to)
                        + " (Ctrl+Z undoes).");
                return type;
            });
        } finally {
            linking = false;
            cancelQuietly();
        }
    }

    private Optional<LinkTargets.Fit> askType(LinkTargets.Target t) {
        List<String> choices = t.fits().stream().map(this::fitInWords).toList();
        return dialogs.choose("Link", "Which link is it?", "Link type", choices, choices.get(0))
                .map(choices::indexOf).map(t.fits()::get);
    }

    private String fitInWords(LinkTargets.Fit f) {
        Annotation other = targets.get(index).tag();
        Annotation from = f.reversed() ? other : source;
        Annotation to = f.reversed() ? source : other;
        return f.type().name() + ": " + words.describe(from) + " \u2192 " + words.describe(to);
    }

    private String typesInWords(List<LinkType> types) {
        return String.join("; ", types.stream().map(t -> t.name() + " (" + names(t.fromLabels()) + " \u2192 " + names(t.toLabels()) + ")").toList());
    }

    private String names(List<Long> labelIds) {
        return labelIds.isEmpty() ? "no label" : String.join(" or ", labelIds.stream().map(words::labelName).toList());
    }
}
