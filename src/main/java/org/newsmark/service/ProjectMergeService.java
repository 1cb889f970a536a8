package org.newsmark.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.TextHash;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;

/**
 * Brings another project's analysts and their tags into this one. The other project is opened
 * for reading only (no lock, no upgrade, nothing written there) and read as one snapshot.
 * Documents are matched by the SHA-256 of their text (missing ones are added), labels by name
 * (missing ones are added with their colour), attributes by label and name with their values and
 * each analyst's article codes ({@link MergedAttributes}), links by their tags and link types by
 * name ({@link MergedLinks}). Every incoming tag is checked as an import checks
 * it. An analyst name both projects have is a clash: the resolver names the incoming analyst,
 * and no answer may put two analysts under one name unless it is the clashing name itself
 * (which the user chose knowingly). Everything is written in one transaction: all or nothing.
 */
public final class ProjectMergeService {

    /** Gives the incoming analyst a name. */
    @FunctionalInterface
    public interface NameClashResolver {
        /**
         * @param taken names the incoming analyst may not get (every other analyst's, here and incoming)
         * @return a new name; {@code analystName} itself to add the tags to our analyst of that name; null to cancel
         */
        String newNameFor(String analystName, Path otherFile, Set<String> taken);

        /** What the command line does: {@code NAME (OTHERFILE)}, numbered when that is taken too. */
        static NameClashResolver suffixWithFileName() {
            return (name, other, taken) -> {
                String base = name + " (" + baseName(other) + ")";
                String candidate = base;
                for (int i = 2; taken.contains(candidate); i++) {
                    candidate = base + " " + i;
                }
                return candidate;
            };
        }
    }

    /** What a merge did. {@code renamed} maps the other project's analyst name to the name used here. */
    /** {@code linkEndsWidened}: each end a link type here gained so that an incoming link fits, "supports: framing → claim". */
    public record MergeReport(int documentsAdded, int labelsAdded, int analystsAdded, int tagsAdded, Map<String, String> renamed,
                              int linksAdded, int linkTypesAdded, List<String> linkEndsWidened) {
        public MergeReport {
            linkEndsWidened = List.copyOf(linkEndsWidened);
        }

        public MergeReport(int documentsAdded, int labelsAdded, int analystsAdded, int tagsAdded, Map<String, String> renamed) {
            this(documentsAdded, labelsAdded, analystsAdded, tagsAdded, renamed, 0, 0, List.of());
        }

        /** "2 analysts, 19 tags, 2 new articles, no new label, 3 links": what a person reads. */
        public String counts() {
            String s = CodebookImportPlan.plural(analystsAdded, "analyst") + ", " + CodebookImportPlan.plural(tagsAdded, "tag")
                    + ", " + CodebookImportPlan.plural(documentsAdded, "new article") + ", "
                    + CodebookImportPlan.plural(labelsAdded, "new label") + ", " + CodebookImportPlan.plural(linksAdded, "link");
            return linkTypesAdded == 0 ? s : s + ", " + CodebookImportPlan.plural(linkTypesAdded, "new link type");
        }
    }

    private final ProjectSession target;
    private final ProjectSessions opener;

    ProjectMergeService(ProjectSession target, ProjectSessions opener) {
        this.target = target;
        this.opener = opener;
    }

    /**
     * The analyst names {@code other} shares with this project (each needs a new name, or the
     * knowing choice to combine), and every name an incoming analyst may not take.
     */
    public record Clashes(List<String> names, Set<String> taken) {
    }

    /** Reads {@code other} (read-only) for the names a merge would ask about; nothing is written. */
    public Clashes clashes(Path other) throws ProjectRefusedException {
        if (target.isOwnFile(other)) {
            throw new AnnotationConflictException("A project cannot be merged into itself (" + other.getFileName()
                    + " is " + target.name() + " or one of its files).");
        }
        try (ProjectSession source = opener.openReadOnly(other)) {
            Set<String> ours = target.analysts().stream().map(Analyst::name).collect(Collectors.toSet());
            List<String> theirs = source.analysts().stream().map(Analyst::name).toList();
            Set<String> taken = new HashSet<>(ours);
            taken.addAll(theirs);
            return new Clashes(theirs.stream().filter(ours::contains).toList(), Set.copyOf(taken));
        }
    }

    /** Merges {@code other} into the project; empty when the resolver cancelled (nothing written). */
    public Optional<MergeReport> merge(Path other, NameClashResolver resolver) throws ProjectRefusedException {
        return merge(other, resolver, name -> { });
    }

    /** As above; {@code afterAnalyst} hears each analyst whose tags are written, inside the transaction. */
    public Optional<MergeReport> merge(Path other, NameClashResolver resolver, Consumer<String> afterAnalyst)
            throws ProjectRefusedException {
        if (target.isReadOnly()) {
            throw new AnnotationConflictException(target.name() + " is open read-only: nothing can be merged into it.");
        }
        if (target.isOwnFile(other)) {
            throw new AnnotationConflictException("A project cannot be merged into itself (" + other.getFileName()
                    + " is " + target.name() + " or one of its files).");
        }
        try (ProjectSession source = opener.openReadOnly(other)) {
            ProjectStore from = source.store();
            Optional<Plan> plan = from.inSnapshot(() -> plan(from, other, resolver));
            if (plan.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(write(plan.get(), afterAnalyst));
        }
    }

    private record NewDocument(String sha256, String title, String sourceName, String text, org.newsmark.domain.ArticleMetadata metadata) {
    }

    /** A tag of the other project, pointing at its document, label and analyst (as named here) by key, not id. */
    private record IncomingTag(String documentSha256, String labelName, String analystName, Annotation annotation) {
    }

    private record Plan(List<NewDocument> documents, List<Label> labels, List<String> analysts, List<IncomingTag> tags,
                        Map<String, String> renamed, MergedAttributes attributes, List<IncomingCodes> codes, MergedLinks links) {
    }

    /** One analyst's article codes for one article of the other project. */
    private record IncomingCodes(String documentSha256, String analystName, AttributeValues codes) {
    }

    private Optional<Plan> plan(ProjectStore source, Path other, NameClashResolver resolver) {
        String otherName = source.name();
        List<Analyst> incoming = source.analysts().all();
        Map<Long, String> names = analystNames(incoming, other, resolver);
        if (names == null) {
            return Optional.empty();
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Analyst a : incoming) {
            if (!a.name().equals(names.get(a.id()))) {
                renamed.put(a.name(), names.get(a.id()));
            }
        }
        Set<String> ourLabels = target.labels().stream().map(Label::name).collect(Collectors.toSet());
        Map<Long, String> labelNames = new HashMap<>();
        List<Label> newLabels = new ArrayList<>();
        for (Label l : source.labels().all()) {
            labelNames.put(l.id(), l.name());
            if (!ourLabels.contains(l.name())) {
                if (!validName(l.name(), "label", other).equals(l.name())) {
                    throw new AnnotationConflictException(other.getFileName() + ": the label name \"" + l.name()
                            + "\" has spaces around it, which a label may not. Nothing was merged.");
                }
                newLabels.add(l);
            }
        }
        MergedAttributes attributes = new MergedAttributes(source.attributes().all(), labelNames, source.sources().all());
        attributes.requireNoClash(target.labels(), target.store().attributes().all(), otherName);
        Map<Long, Document> documents = new HashMap<>();
        List<NewDocument> newDocuments = new ArrayList<>();
        for (DocumentSummary s : source.documents().summaries(null)) {
            Document d = source.documents().find(s.id()).orElseThrow();
            if (!TextHash.sha256(d.text()).equals(d.sha256())) {
                // articles are matched by this hash: a wrong one would put the tags on another text here
                throw new AnnotationConflictException(otherName + ": the text of \"" + d.title() + "\" does not match its"
                        + " SHA-256 (the file was changed outside Newsmark). Nothing was merged.");
            }
            documents.put(d.id(), d);
            if (target.store().documents().findBySha256(d.sha256()).isEmpty()) {
                DocumentService.requireTaggableText(d.title(), d.text());
                newDocuments.add(new NewDocument(d.sha256(), d.title(), d.sourceName(), d.text(), source.metadata().of(d.id())));
            }
        }
        List<IncomingTag> tags = new ArrayList<>();
        Map<String, String> groups = new HashMap<>();
        for (Analyst a : incoming) {
            source.annotations().forEach(null, a.id(), x -> {
                Document d = documents.get(x.documentId());
                if (d == null || !labelNames.containsKey(x.labelId())) {
                    // plain SQLite does not enforce foreign keys: a script can leave a tag pointing nowhere
                    throw new AnnotationConflictException(otherName + ": a tag of " + a.name() + " at " + x.span()
                            + " points at " + (d == null ? "an article" : "a label") + " that is not in the project."
                            + " Nothing was merged.");
                }
                requireInside(x, d, a, otherName);
                // fragment groups are unique within their project only: give each incoming group a fresh one
                Annotation fresh = x.fragmentGroup() == null ? x : x.withFragmentGroup(groups.computeIfAbsent(
                        x.documentId() + "/" + a.id() + "/" + x.fragmentGroup(), k -> UUID.randomUUID().toString()));
                tags.add(new IncomingTag(d.sha256(), labelNames.get(x.labelId()), names.get(a.id()), fresh));
            });
        }
        List<IncomingCodes> codes = new ArrayList<>();
        source.attributes().allArticleCodes().forEach((doc, byAnalyst) -> byAnalyst.forEach((analyst, values) -> {
            Document d = documents.get(doc);
            if (d != null && names.containsKey(analyst)) {
                codes.add(new IncomingCodes(d.sha256(), names.get(analyst), values));
            }
        }));
        return Optional.of(new Plan(newDocuments, newLabels, List.copyOf(names.values()), tags, renamed, attributes, codes,
                new MergedLinks(source, labelNames)));
    }

    /** id → the name the analyst gets here; null when the resolver cancelled. */
    private Map<Long, String> analystNames(List<Analyst> incoming, Path other, NameClashResolver resolver) {
        Set<String> ours = target.analysts().stream().map(Analyst::name).collect(Collectors.toSet());
        Set<String> used = new HashSet<>(ours);
        incoming.forEach(a -> used.add(a.name()));
        Map<Long, String> out = new LinkedHashMap<>();
        for (Analyst a : incoming) {
            String name = validName(a.name(), "analyst", other);
            if (ours.contains(name)) {
                Set<String> taken = new HashSet<>(used);
                taken.remove(name);
                String chosen = resolver.newNameFor(name, other, Set.copyOf(taken));
                if (chosen == null || chosen.isBlank()) {
                    return null;
                }
                chosen = validName(chosen, "new analyst", other);
                if (!chosen.equals(name) && taken.contains(chosen)) {
                    throw new AnnotationConflictException("The name \"" + chosen + "\" for " + name + " of " + other.getFileName()
                            + " is another analyst's: their tags would be mixed. Nothing was merged.");
                }
                used.add(chosen);
                name = chosen;
            }
            out.put(a.id(), name);
        }
        return out;
    }

    /** A name coming in follows the same rule as one typed (domain.Names); a refused one stops the merge. */
    private static String validName(String raw, String what, Path other) {
        try {
            return what.equals("label") ? org.newsmark.domain.Names.label(raw) : org.newsmark.domain.Names.analyst(raw);
        } catch (IllegalArgumentException e) {
            throw new AnnotationConflictException(other.getFileName() + ": the " + what + " name is refused: "
                    + e.getMessage() + ". Nothing was merged.");
        }
    }

    private static void requireInside(Annotation x, Document d, Analyst a, String otherName) {
        String text = d.text();
        String where = otherName + ": a tag of " + a.name() + " in \"" + d.title() + "\" at " + x.span();
        if (x.end() > text.length()) {
            throw new AnnotationConflictException(where + " ends beyond the article's " + text.length()
                    + " characters. Nothing was merged.");
        }
        if (splitsCharacter(text, x.begin()) || splitsCharacter(text, x.end())) {
            throw new AnnotationConflictException(where + " splits a character in two (a UTF-16 surrogate pair)."
                    + " Nothing was merged.");
        }
    }

    private static boolean splitsCharacter(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private MergeReport write(Plan plan, Consumer<String> afterAnalyst) {
        ProjectStore to = target.store();
        return to.inTransaction(() -> {
            for (NewDocument d : plan.documents()) {
                Document added = to.documents().insert(d.title(), d.sourceName(), d.text());
                if (!d.metadata().isEmpty()) {
                    // an article new here brings its metadata (its custom fields declared); ours are kept for the others
                    d.metadata().fields().keySet().forEach(to.metadata()::declare);
                    to.metadata().set(added.id(), d.metadata());
                }
            }
            for (Label l : plan.labels()) {
                to.labels().insert(l.name(), l.color(), null, l.definition());
            }
            Set<String> before = to.analysts().all().stream().map(Analyst::name).collect(Collectors.toSet());
            Map<String, Long> analysts = new HashMap<>();
            for (String name : plan.analysts()) {
                analysts.put(name, to.analysts().findOrCreate(name).id());
            }
            Map<String, Long> labels = new HashMap<>();
            to.labels().all().forEach(l -> labels.put(l.name(), l.id()));
            Map<Long, org.newsmark.domain.Attribute> attributes = plan.attributes().declareIn(to);
            Map<String, Long> documents = new HashMap<>();
            Map<Long, Annotation> tagsHere = new HashMap<>();
            int tags = 0;
            String current = null;
            for (IncomingTag t : plan.tags()) {
                if (current != null && !current.equals(t.analystName())) {
                    afterAnalyst.accept(current);
                }
                current = t.analystName();
                long doc = documents.computeIfAbsent(t.documentSha256(),
                        sha -> to.documents().findBySha256(sha).orElseThrow().id());
                Annotation a = t.annotation();
                Annotation here = new Annotation(0, doc, analysts.get(t.analystName()), labels.get(t.labelName()),
                        a.span(), a.note(), a.fragmentGroup(), a.created(), a.updated(),
                        plan.attributes().translateIn(a.attributes(), attributes, to));
                tags += to.annotations().insertIfAbsent(here) ? 1 : 0;
                to.annotations().findTwin(here).ifPresent(stored -> tagsHere.put(a.id(), stored));
            }
            MergedLinks.Written links = plan.links().write(to, tagsHere, java.time.Instant.now());
            if (current != null) {
                afterAnalyst.accept(current);
            }
            for (IncomingCodes c : plan.codes()) {
                long doc = documents.computeIfAbsent(c.documentSha256(), sha -> to.documents().findBySha256(sha).orElseThrow().id());
                long analyst = analysts.get(c.analystName());
                AttributeValues theirs = plan.attributes().translateIn(c.codes(), attributes, to);
                AttributeValues ours = to.attributes().articleCodes(doc, analyst);
                // a code this project's analyst already set wins: a merge adds, it does not overwrite
                AttributeValues merged = theirs;
                for (var e : ours.asMap().entrySet()) {
                    merged = merged.with(e.getKey(), e.getValue());
                }
                to.attributes().setArticleCodes(doc, analyst, merged);
            }
            int analystsAdded = (int) plan.analysts().stream().distinct().filter(n -> !before.contains(n)).count();
            return new MergeReport(plan.documents().size(), plan.labels().size(), analystsAdded, tags, plan.renamed(),
                    links.links(), links.typesAdded(), links.widened());
        });
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".newsmark") ? n.substring(0, n.length() - ".newsmark".length()) : n;
    }
}
