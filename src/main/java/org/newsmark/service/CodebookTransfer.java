package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.fs.AtomicOutput;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.service.port.ProjectStore;

/**
 * Shares a codebook between projects: writes it as a codebook file (docs/formats.md) and
 * imports one (or a built-in codebook, {@link BuiltInCodebooks}), all or nothing, matching labels by name (decision 0016). The plan is shown
 * first; a refusal changes nothing; nothing is ever removed, so no tag is dropped.
 */
public final class CodebookTransfer {

    private final ProjectStore project;
    private final CodebookService codebook;
    private final Runnable changed;

    CodebookTransfer(ProjectStore project, CodebookService codebook, Runnable changed) {
        this.project = project;
        this.codebook = codebook;
        this.changed = changed;
    }

    /** Writes the project's codebook to {@code out} (never over the project; moved into place when complete). */
    public void export(Path out) throws IOException {
        OutputGuard.requireSafe(project, out);
        Codebook book = codebook.codebook();
        AtomicOutput.write(out, stream -> CodebookJson.write(book, stream));
    }

    /** What importing {@code file} would do, without changing anything. */
    public CodebookImportPlan plan(Path file) throws ImportException {
        return plan(read(file));
    }

    /** What importing the built-in codebook {@code key} ({@link BuiltInCodebooks#NAMES}) would do. */
    public CodebookImportPlan planBuiltIn(String key) throws ImportException {
        return plan(BuiltInCodebooks.keysFor(builtIn(key), codebook.codebook()));
    }

    /** Imports {@code file}: refused as a whole (nothing written) when the plan refuses anything. Returns the plan carried out. */
    public CodebookImportPlan importFile(Path file) throws ImportException {
        String name = file.getFileName().toString();
        requireWritable();
        return importCodebook(read(file), name);
    }

    /** Imports a built-in codebook as if it were a codebook file: labels and link types by name, nothing removed. */
    public CodebookImportPlan importBuiltIn(String key) throws ImportException {
        requireWritable();
        return importCodebook(BuiltInCodebooks.keysFor(builtIn(key), codebook.codebook()), BuiltInCodebooks.NAMES.get(key.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private CodebookImportPlan plan(Codebook incoming) {
        return CodebookImportPlan.of(codebook.codebook(), incoming, project.labels().tagCounts(), project.attributes().valueCounts());
    }

    private static Codebook builtIn(String key) throws ImportException {
        return BuiltInCodebooks.named(key).orElseThrow(() -> new ImportException(String.valueOf(key),
                "is not a built-in codebook (" + String.join(", ", BuiltInCodebooks.NAMES.keySet()) + ")"));
    }

    private void requireWritable() throws ImportException {
        if (project.isReadOnly()) {
            throw new ImportException(project.name(), "is open read-only; the codebook cannot be changed");
        }
    }

    private CodebookImportPlan importCodebook(Codebook incoming, String name) throws ImportException {
        CodebookImportPlan plan = plan(incoming);
        if (plan.isRefused()) {
            throw new ImportException(name, "not imported, nothing changed: " + String.join("; ", plan.refusals()));
        }
        if (plan.changesNothing()) {
            return plan;
        }
        project.inTransaction(() -> {
            apply(plan);
            return null;
        });
        changed.run();
        return plan;
    }

    private void apply(CodebookImportPlan plan) {
        // keys move between labels: free every key that changes first, so two labels never hold one at once
        for (CodebookImportPlan.LabelUpdate u : plan.labelUpdates()) {
            if (!Objects.equals(u.before().key(), u.after().key())) {
                project.labels().update(u.before().withKey(null));
            }
        }
        for (CodebookImportPlan.LabelUpdate u : plan.labelUpdates()) {
            project.labels().update(u.after());
        }
        Map<String, Long> labelIds = new HashMap<>();
        project.labels().all().forEach(l -> labelIds.put(l.name(), l.id()));
        for (Label l : plan.labelsToAdd()) {
            Label added = project.labels().insert(l.name(), l.color(), l.key(), l.definition());
            project.labels().update(new Label(added.id(), l.name(), l.color(), l.key(), l.definition(), l.rules(), l.examples(),
                    l.retired()));
            labelIds.put(l.name(), added.id());
        }
        for (CodebookImportPlan.AttributeToAdd a : plan.attributesToAdd()) {
            project.attributes().insert(a.labelName() == null ? a.attribute().withLabel(null) : a.forLabel(labelIds.get(a.labelName())));
        }
        for (CodebookImportPlan.AttributeUpdate u : plan.attributeUpdates()) {
            project.attributes().update(u.after());
        }
        for (CodebookImportPlan.LinkTypeToAdd t : plan.linkTypesToAdd()) {
            project.links().insertType(new LinkType(0, t.name(), ids(t.fromLabels(), labelIds), ids(t.toLabels(), labelIds),
                    t.definition()));
        }
        for (CodebookImportPlan.LinkTypeUpdate u : plan.linkTypeUpdates()) {
            LinkType b = u.before();
            project.links().updateType(new LinkType(b.id(), b.name(), grown(b.fromLabels(), u.addedFrom(), labelIds),
                    grown(b.toLabels(), u.addedTo(), labelIds), u.definition() == null ? b.definition() : u.definition()));
        }
    }

    private static List<Long> ids(List<String> names, Map<String, Long> labelIds) {
        return names.stream().map(labelIds::get).toList();
    }

    private static List<Long> grown(List<Long> had, List<String> added, Map<String, Long> labelIds) {
        List<Long> out = new java.util.ArrayList<>(had);
        out.addAll(ids(added, labelIds));
        return out;
    }

    private Codebook read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        if (project.isOwnFile(file)) {
            throw new ImportException(name, "is the open project " + project.name() + " or one of its files, not a codebook file");
        }
        byte[] bytes = org.newsmark.io.ImportFiles.read(file, CodebookJson.MAX_CHARS * 4L);
        return CodebookJson.read(bytes, name);
    }
}
