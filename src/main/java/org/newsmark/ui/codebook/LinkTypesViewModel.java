package org.newsmark.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.service.CodebookService;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;

/**
 * The codebook editor's Links section: the link types with the labels allowed at each end and
 * their definition; add one, rename it, edit its definition and its ends (label names, one a
 * line). Each change is a step of the codebook's undo (Ctrl+Z); the service refuses taking away
 * an end label that links use, and the message says how many.
 */
public final class LinkTypesViewModel {

    private final CodebookService codebook;
    private final DialogService dialogs;
    private final SaveStatusViewModel status;
    private final StringProperty message;
    private final Runnable changed;
    private final ObservableList<LinkType> list = FXCollections.observableArrayList();
    private final ObjectProperty<LinkType> selected = new SimpleObjectProperty<>();

    /** @param changed told after a saved change (the window's Undo button follows) */
    LinkTypesViewModel(CodebookService codebook, DialogService dialogs, SaveStatusViewModel status, StringProperty message,
                       Runnable changed) {
        this.codebook = codebook;
        this.dialogs = dialogs;
        this.status = status;
        this.message = message;
        this.changed = changed;
        reload(null);
    }

    public ObservableList<LinkType> list() { return list; }
    public ObjectProperty<LinkType> selectedProperty() { return selected; }

    /** The labels of one end as the table shows them: {@code statistic, claim}, or {@code (none)}. */
    public String ends(List<Long> labelIds) {
        Codebook book = codebook.codebook();
        List<String> names = labelIds.stream().map(id -> book.label(id).map(Label::name).orElse("?")).toList();
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    public void add() {
        Optional<String> name = dialogs.askText("New link type", "Add a kind of link between two tags", "Name", "");
        Optional<List<Long>> from = name.flatMap(n -> askEnd(n.strip(), "start", List.of()));
        Optional<List<Long>> to = from.flatMap(f -> askEnd(name.get().strip(), "end", List.of()));
        to.flatMap(t -> status.attempt(() -> codebook.linkTypes().add(name.get(), from.get(), t, ""), message::set)).ifPresent(added -> {
            reload(added.id());
            message.set("Added the link type " + added.name() + ". Ctrl+Z takes it back.");
            changed.run();
        });
    }

    public void rename() {
        LinkType t = selected.get();
        if (t != null) {
            dialogs.askText("Rename link type", "Rename \"" + t.name() + "\"", "Name", t.name())
                    .ifPresent(n -> change(x -> new LinkType(x.id(), n, x.fromLabels(), x.toLabels(), x.definition()),
                            "Renamed the link type to %s."));
        }
    }

    public void editDefinition() {
        LinkType t = selected.get();
        if (t != null) {
            dialogs.askLongText("Definition", "What a \"" + t.name() + "\" link means (Ctrl+Enter saves)", t.definition())
                    .ifPresent(d -> change(x -> new LinkType(x.id(), x.name(), x.fromLabels(), x.toLabels(), d.strip()),
                            "Saved the definition of %s."));
        }
    }

    /** The labels a link of the selected type may start at. */
    public void editStarts() {
        LinkType t = selected.get();
        if (t != null) {
            askEnd(t.name(), "start", t.fromLabels()).ifPresent(ids -> change(x -> new LinkType(x.id(), x.name(), ids,
                    x.toLabels(), x.definition()), "Saved where a %s link may start."));
        }
    }

    /** The labels a link of the selected type may end at. */
    public void editEnds() {
        LinkType t = selected.get();
        if (t != null) {
            askEnd(t.name(), "end", t.toLabels()).ifPresent(ids -> change(x -> new LinkType(x.id(), x.name(), x.fromLabels(),
                    ids, x.definition()), "Saved where a %s link may end."));
        }
    }

    /** Label names, one a line; a name that is no label is told and nothing is asked further. */
    private Optional<List<Long>> askEnd(String typeName, String end, List<Long> now) {
        Codebook book = codebook.codebook();
        String all = String.join(", ", book.usableLabels().stream().map(Label::name).toList());
        Optional<String> text = dialogs.askLongText("Link ends", "The labels a \"" + typeName + "\" link may " + end
                + " at, one a line (" + all + "; Ctrl+Enter saves)", now.isEmpty() ? "" : ends(now).replace(", ", "\n"));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        for (String line : text.get().lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            Optional<Label> l = book.label(line);
            if (l.isEmpty()) {
                message.set("No label is named \"" + line + "\"; nothing was changed.");
                return Optional.empty();
            }
            ids.add(l.get().id());
        }
        return Optional.of(ids);
    }

    private void change(UnaryOperator<LinkType> edit, String done) {
        LinkType t = selected.get();
        status.attempt(() -> codebook.linkTypes().update(edit.apply(t)), message::set).ifPresent(x -> {
            message.set(done.replace("%s", x.name()) + " Ctrl+Z takes it back.");
            changed.run();
        });
        reload(t.id());
    }

    /** Reads the link types anew, keeping the selection by id (the first when it is gone). */
    void reload(Long selectId) {
        Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
        selected.set(null);
        list.setAll(codebook.codebook().linkTypes());
        selected.set(list.stream().filter(x -> keep != null && x.id() == keep).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
    }
}
