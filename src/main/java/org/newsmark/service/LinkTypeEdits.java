package org.newsmark.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Names;
import org.newsmark.service.port.ProjectStore;

/**
 * The codebook editor's link types: add one, edit its name, definition and the labels allowed at
 * each end. Each change is a step of the codebook's undo ({@link CodebookService#undo}). An end
 * label that links of the type use cannot be taken away, so no link is ever left outside its
 * type; an added type is taken back only while it has no links.
 */
public final class LinkTypeEdits {

    /** Records a change on the codebook's undo stack and tells the window. */
    interface Recorder {
        void record(String description, Runnable inverse);
    }

    private final ProjectStore project;
    private final Supplier<Codebook> codebook;
    private final Recorder recorder;
    private final Runnable requireWritable;

    LinkTypeEdits(ProjectStore project, Supplier<Codebook> codebook, Recorder recorder, Runnable requireWritable) {
        this.project = project;
        this.codebook = codebook;
        this.recorder = recorder;
        this.requireWritable = requireWritable;
    }

    /** A new link type after the others, allowing {@code from} → {@code to} labels (by id). */
    public LinkType add(String name, List<Long> from, List<Long> to, String definition) {
        requireWritable.run();
        Codebook book = codebook.get();
        String n = checkedName(book, name, null);
        LinkType added = project.links().insertType(new LinkType(0, n, labels(book, from), labels(book, to), definition));
        recorder.record("Add link type " + n, () -> {
            if (!linksOf(added.id()).isEmpty()) {
                throw new CodebookRefusedException("\"" + added.name() + "\" has links now; it stays.");
            }
            project.links().deleteType(added.id());
        });
        return added;
    }

    /** Writes name, definition and ends; an end label its links use cannot go (nothing is written then). */
    public LinkType update(LinkType wanted) {
        requireWritable.run();
        Codebook book = codebook.get();
        LinkType before = book.linkType(wanted.id())
                .orElseThrow(() -> new CodebookRefusedException("The link type is no longer in the codebook."));
        String n = checkedName(book, wanted.name(), wanted.id());
        LinkType after = new LinkType(before.id(), n, labels(book, wanted.fromLabels()), labels(book, wanted.toLabels()),
                wanted.definition());
        requireEndsInUse(book, after, "cannot");
        project.links().updateType(after);
        recorder.record(before.name().equals(n) ? "Edit link type " + n : "Rename link type " + before.name() + " to " + n, () -> {
            requireEndsInUse(codebook.get(), before, "can no longer");
            project.links().updateType(before);
        });
        return after;
    }

    /** Refuses {@code type}'s ends when a link of it starts or ends at a label they leave out. */
    private void requireEndsInUse(Codebook book, LinkType type, String verb) {
        List<long[]> ends = new ArrayList<>(); // the labels of each link's start and end tags
        for (Link l : linksOf(type.id())) {
            ends.add(new long[] {labelOf(l.fromTagId()), labelOf(l.toTagId())});
        }
        for (int side = 0; side < 2; side++) {
            List<Long> allowed = side == 0 ? type.fromLabels() : type.toLabels();
            for (long[] e : ends) {
                long label = e[side];
                if (label >= 0 && !allowed.contains(label)) {
                    int s = side;
                    long uses = ends.stream().filter(x -> x[s] == label).count();
                    String name = book.label(label).map(Label::name).orElse("?");
                    throw new CodebookRefusedException("\"" + name + "\" " + verb + " leave the " + (side == 0 ? "start" : "end")
                            + " of \"" + type.name() + "\": " + uses + (uses == 1 ? " link " : " links ")
                            + (side == 0 ? "starts" : "ends") + " at a \"" + name + "\" tag. Remove "
                            + (uses == 1 ? "that link" : "those links") + " first.");
                }
            }
        }
    }

    private long labelOf(long tagId) {
        return project.annotations().find(tagId).map(Annotation::labelId).orElse(-1L);
    }

    private List<Link> linksOf(long typeId) {
        return project.links().all(null, null).stream().filter(l -> l.typeId() == typeId).toList();
    }

    private static String checkedName(Codebook book, String raw, Long self) {
        String n;
        try {
            n = Names.check("Link type name", raw);
        } catch (Names.InvalidNameException e) {
            throw new CodebookRefusedException(e.getMessage());
        }
        if (book.linkTypes().stream().anyMatch(t -> t.name().equals(n) && (self == null || t.id() != self))) {
            throw new CodebookRefusedException("The codebook already has a link type named \"" + n + "\".");
        }
        return n;
    }

    /** The labels in order, each once; one no longer in the codebook is refused. */
    private static List<Long> labels(Codebook book, List<Long> ids) {
        List<Long> out = new ArrayList<>(new LinkedHashSet<>(ids));
        for (long id : out) {
            if (book.label(id).isEmpty()) {
                throw new CodebookRefusedException("A label of the link type is no longer in the codebook.");
            }
        }
        return out;
    }
}
