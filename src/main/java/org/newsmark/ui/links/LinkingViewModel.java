package org.newsmark.ui.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.LinkChange;
import org.newsmark.ui.common.DialogService;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.TaskRunner;

/**
 * The links of the shown layer in the open article, for the workbench: the selected tag's links
 * as rows (the Links list) and as the tags to highlight, the arcs to draw in a stretch of text,
 * J to jump along a link, Delete in the list to remove one, and (through {@link LinkMakingViewModel}) L to
 * make one. What is shown changes when the service announces a committed link, never before.
 */
public final class LinkingViewModel {

    private final AnnotationService service;
    private final ObservableList<Annotation> shown;
    private final ObjectProperty<Annotation> selected;
    private final ObservableValue<Document> document;
    private final ObservableValue<Analyst> shownAnalyst;
    private final ObservableBooleanValue readOnly;
    private final TagWords words;
    private final SaveStatusViewModel status;
    private final LayerLinks links = new LayerLinks();
    private final Map<Long, Annotation> tagsById = new HashMap<>();
    private final Map<Long, LinkType> types = new HashMap<>();
    private final LinksByPlace places = new LinksByPlace();
    /** The places need a rebuild: a new article or layer (single changes move their own entries). */
    private boolean placesStale = true;
    private final ObservableList<LinkRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Annotation> linkedEnds = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final LinkMakingViewModel mode;
    private Long arrivedBy;
    private boolean jumping;

    public LinkingViewModel(AnnotationService service, ObservableList<Annotation> shown, ObjectProperty<Annotation> selected,
                            ObservableValue<Document> document, ObservableValue<Analyst> shownAnalyst,
                            ObservableBooleanValue readOnly, TagWords words, SaveStatusViewModel status,
                            DialogService dialogs, TaskRunner tasks) {
        this.service = service;
        this.shown = shown;
        this.selected = selected;
        this.document = document;
        this.shownAnalyst = shownAnalyst;
        this.readOnly = readOnly;
        this.words = words;
        this.status = status;
        this.mode = new LinkMakingViewModel(this, service, selected, words, status, dialogs);
        shown.forEach(t -> tagsById.put(t.id(), t));
        shown.addListener((ListChangeListener<Annotation>) this::tagsChanged);
        selected.addListener((o, a, b) -> {
            if (!jumping) {
                arrivedBy = null;
            }
            mode.selectionChanged(b);
            refreshRows();
        });
        service.addLinkListener(change -> tasks.onUiThread(() -> committed(change)));
        reload();
    }

    // --- state ---------------------------------------------------------------

    /** The selected tag's links, oldest first. */
    public ObservableList<LinkRow> rows() { return rows; }

    /** The tags at the other ends of the selected tag's links: the article outlines them. */
    public ObservableList<Annotation> linkedEnds() { return linkedEnds; }

    /** Changes whenever a link is made, removed or the article or layer changes: the arcs are drawn anew. */
    public ReadOnlyIntegerProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /** Making a link: L, Tab, Enter, Esc. */
    public LinkMakingViewModel mode() { return mode; }

    /** How many links the shown layer has in the open article. */
    public int count() { return links.size(); }

    /**
     * The links whose two ends begin in {@code [from, to)} (the stretch on screen), the selected
     * tag's emphasized: what the article draws as arcs.
     */
    public List<DrawnLink> drawnBetween(int from, int to) {
        if (placesStale) {
            places.rebuild(links.all(), tagsById);
            placesStale = false;
        }
        List<DrawnLink> out = new ArrayList<>();
        Annotation sel = selected.get();
        for (LinksByPlace.Placed p : places.between(from, to)) {
            Link l = p.link();
            LinkType type = types.get(l.typeId());
            out.add(new DrawnLink(l.id(), p.from().span(), p.to().span(), type == null ? "" : type.name(),
                    sel != null && l.touches(sel.id())));
        }
        return out;
    }

    // --- actions -------------------------------------------------------------

    /**
     * J (Shift+J back): selects the tag at the other end of the selected tag's next link; pressed
     * again at that tag, its link after the one it was reached by, so J walks a chain.
     */
    public Optional<Annotation> jump(boolean forward) {
        if (selected.get() == null) {
            status.message().set("Select a tag first; J then jumps along its links.");
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            status.message().set("The selected tag has no links. L starts one.");
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; arrivedBy != null && i < rows.size(); i++) {
            if (rows.get(i).link().id() == arrivedBy) {
                at = i;
            }
        }
        int n = rows.size();
        int next = at < 0 ? (forward ? 0 : n - 1) : Math.floorMod(at + (forward ? 1 : -1), n);
        if (at >= 0 && n == 1) {
            next = 0; // the only link is the one it came by: back along it
        }
        return Optional.of(follow(rows.get(next)));
    }

    /** Enter or double-click on a row of the Links list: selects the tag at its other end. */
    public Annotation follow(LinkRow row) {
        jumping = true;
        try {
            arrivedBy = row.link().id();
            selected.set(row.other());
        } finally {
            jumping = false;
        }
        status.message().set(row.outgoing() ? "Along " + row.type() + " \u2192 " + words.describe(row.other())
                : "Back along " + row.type() + " \u2190 " + words.describe(row.other()));
        return row.other();
    }

    /** Delete in the Links list: removes the link, one undoable step. */
    public void unlink(LinkRow row) {
        if (refusedAsReadOnly()) {
            return;
        }
        status.attempt(() -> {
            service.unlink(row.link());
            status.message().set("Link removed: " + row.type() + " " + words.describe(row.other()) + " (Ctrl+Z brings it back).");
            return row;
        });
    }

    // --- for LinkMakingViewModel ----------------------------------------------------------

    boolean refusedAsReadOnly() {
        if (readOnly.get()) {
            status.message().set("These tags are read-only here: links can only be made and removed in your own layer.");
            return true;
        }
        return false;
    }

    List<Annotation> shownTags() { return shown; }

    List<LinkType> types() { return service.linkTypes(); }

    boolean linked(long typeId, long fromId, long toId) { return links.has(typeId, fromId, toId); }

    // --- internals -------------------------------------------------------------

    /** The link types and the shown layer's links read again: the window calls it after opening an article or a layer, or a codebook change. */
    public void reload() {
        mode.cancelQuietly();
        types.clear();
        service.linkTypes().forEach(t -> types.put(t.id(), t));
        Document d = document.getValue();
        Analyst a = shownAnalyst.getValue();
        links.setAll(d == null || a == null ? List.of() : service.links(d.id(), a.id()));
        placesStale = true;
        revision.set(revision.get() + 1);
        refreshRows();
    }

    private void committed(LinkChange change) {
        Link l = change.after() != null ? change.after() : change.before();
        Document d = document.getValue();
        Analyst a = shownAnalyst.getValue();
        if (d == null || a == null || l.documentId() != d.id() || l.analystId() != a.id()) {
            return;
        }
        if (!types.containsKey(l.typeId())) {
            service.linkTypes().forEach(t -> types.put(t.id(), t));
        }
        links.apply(change.before(), change.after());
        if (change.before() != null) {
            places.remove(change.before().id());
        }
        if (change.after() != null) {
            places.place(change.after(), tagsById);
        }
        revision.set(revision.get() + 1);
        refreshRows();
    }

    private void tagsChanged(ListChangeListener.Change<? extends Annotation> c) {
        boolean touched = false;
        boolean selectedGone = false;
        Annotation sel = selected.get();
        while (c.next()) {
            if (c.getRemovedSize() > 100 || c.getAddedSize() > 100) {
                // a new article or layer: rebuilt at once rather than one by one
                tagsById.clear();
                shown.forEach(t -> tagsById.put(t.id(), t));
                placesStale = true;
                touched = true;
                continue;
            }
            for (Annotation r : c.getRemoved()) {
                tagsById.remove(r.id());
                // only a linked tag moves the arcs, and only its own links move among them
                for (Link l : links.touching(r.id())) {
                    places.remove(l.id());
                    touched = true;
                }
                selectedGone |= sel != null && sel.id() == r.id();
            }
            for (Annotation t : c.getAddedSubList()) {
                tagsById.put(t.id(), t);
                for (Link l : links.touching(t.id())) {
                    places.place(l, tagsById);
                    touched = true;
                }
            }
        }
        mode.tagsChanged();
        if (touched) {
            revision.set(revision.get() + 1);
        }
        if (touched || selectedGone) {
            refreshRows();
        }
    }

    private void refreshRows() {
        Annotation sel = selected.get();
        List<LinkRow> out = new ArrayList<>();
        List<Annotation> ends = new ArrayList<>();
        if (sel != null) {
            for (Link l : links.touching(sel.id())) {
                boolean outgoing = l.fromTagId() == sel.id();
                Annotation other = tagsById.get(outgoing ? l.toTagId() : l.fromTagId());
                LinkType type = types.get(l.typeId());
                if (other == null || type == null) {
                    continue;
                }
                String text = outgoing ? type.name() + " \u2192 " + words.describe(other)
                        : "\u2190 " + type.name() + " \u00b7 " + words.describe(other);
                out.add(new LinkRow(l, type.name(), outgoing, other, text));
                ends.add(other);
            }
        }
        if (!out.equals(rows)) {
            rows.setAll(out);
        }
        if (!ends.equals(linkedEnds)) {
            linkedEnds.setAll(ends);
        }
    }

    /** The span of a shown tag by id (for tests and the overlay), if shown. */
    Optional<Span> spanOf(long tagId) {
        return Optional.ofNullable(tagsById.get(tagId)).map(Annotation::span);
    }
}
