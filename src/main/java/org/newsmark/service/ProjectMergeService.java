package org.newsmark.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.storage.Project;
import org.newsmark.storage.ProjectFileException;
import org.newsmark.storage.ProjectMergeWriter;

/**
 * Brings another project's analysts and their tags into this one. Documents are matched by the
 * SHA-256 of their text (missing ones are added), labels by name (missing ones are added with
 * their colour). An analyst name both projects have is a clash: the resolver names the incoming
 * analyst. Everything is written in one transaction: all of it, or nothing.
 */
public final class ProjectMergeService {

    /** Gives the incoming analyst a new name; returning the same name merges into that analyst; null cancels. */
    @FunctionalInterface
    public interface NameClashResolver {
        String newNameFor(String analystName, Path otherFile);

        /** What the command line does: {@code NAME (OTHERFILE)}. */
        static NameClashResolver suffixWithFileName() {
            return (name, other) -> name + " (" + baseName(other) + ")";
        }
    }

    /** What a merge did. {@code renamed} maps the other project's analyst name to the name used here. */
    public record MergeReport(int documentsAdded, int labelsAdded, int analystsAdded, int tagsAdded, Map<String, String> renamed) {
    }

    /** Merges {@code other} into {@code target}; empty when the resolver cancelled (nothing written). */
    public Optional<MergeReport> merge(ProjectSession target, Path other, NameClashResolver resolver) throws ProjectFileException {
        return merge(target, other, resolver, name -> { });
    }

    /** As above; {@code afterAnalyst} hears each analyst whose tags are written, inside the transaction. */
    public Optional<MergeReport> merge(ProjectSession target, Path other, NameClashResolver resolver,
            Consumer<String> afterAnalyst) throws ProjectFileException {
        if (target.isReadOnly()) {
            throw new AnnotationConflictException(target.file().getFileName() + " is open read-only: nothing can be merged into it.");
        }
        if (sameFile(target.file(), other)) {
            throw new AnnotationConflictException("A project cannot be merged into itself.");
        }
        try (ProjectSession source = ProjectSession.open(other)) {
            Optional<PlanAndNames> plan = plan(target.project(), source.project(), other, resolver);
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            ProjectMergeWriter.Written w = ProjectMergeWriter.write(target.project(), plan.get().plan, afterAnalyst);
            return Optional.of(new MergeReport(w.documents(), w.labels(), w.analysts(), w.tags(), plan.get().renamed));
        }
    }

    private record PlanAndNames(ProjectMergeWriter.Plan plan, Map<String, String> renamed) {
    }

    private Optional<PlanAndNames> plan(Project target, Project source, Path other, NameClashResolver resolver) {
        Set<String> targetAnalysts = target.analysts().all().stream().map(Analyst::name).collect(Collectors.toSet());
        Map<Long, String> newNames = new LinkedHashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Analyst a : source.analysts().all()) {
            String name = a.name();
            if (targetAnalysts.contains(name)) {
                String chosen = resolver.newNameFor(name, other);
                if (chosen == null || chosen.isBlank()) {
                    return Optional.empty();
                }
                name = chosen.strip();
                renamed.put(a.name(), name);
            }
            newNames.put(a.id(), name);
        }
        Map<String, Label> targetLabels = target.labels().all().stream().collect(Collectors.toMap(Label::name, l -> l));
        Map<Long, String> labelNames = new HashMap<>();
        List<ProjectMergeWriter.NewLabel> newLabels = new ArrayList<>();
        for (Label l : source.labels().all()) {
            labelNames.put(l.id(), l.name());
            if (!targetLabels.containsKey(l.name())) {
                newLabels.add(new ProjectMergeWriter.NewLabel(l.name(), l.color(), l.definition()));
            }
        }
        List<ProjectMergeWriter.NewDocument> newDocuments = new ArrayList<>();
        Map<Long, String> shaById = new HashMap<>();
        for (DocumentSummary s : source.documents().summaries(null)) {
            shaById.put(s.id(), s.sha256());
            if (target.documents().findBySha256(s.sha256()).isEmpty()) {
                Document d = source.documents().find(s.id()).orElseThrow();
                newDocuments.add(new ProjectMergeWriter.NewDocument(d.title(), d.sourceName(), d.text()));
            }
        }
        List<ProjectMergeWriter.IncomingTag> tags = new ArrayList<>();
        for (Analyst a : source.analysts().all()) {
            source.annotations().forEach(null, a.id(), (Annotation x) -> tags.add(new ProjectMergeWriter.IncomingTag(
                    shaById.get(x.documentId()), labelNames.get(x.labelId()), newNames.get(a.id()), x)));
        }
        return Optional.of(new PlanAndNames(new ProjectMergeWriter.Plan(newDocuments, newLabels,
                List.copyOf(newNames.values()), tags), renamed));
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".newsmark") ? n.substring(0, n.length() - ".newsmark".length()) : n;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
