package org.newsmark.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.ComparePosition;
import org.newsmark.domain.Decision;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;
import org.newsmark.domain.PairSide;
import org.newsmark.service.port.ProjectStore;

/**
 * Settles disagreements into a consensus layer: an ordinary analyst (named "consensus" unless
 * told otherwise) whose tags are written through {@link AnnotationService}. Each decision, a
 * rejection too, is recorded in the project with the tags it adds, in one transaction and one
 * undoable step, so undo takes back both. See docs/decisions/0014-adjudication-decisions.md.
 */
public final class AdjudicationService {

    public static final String DEFAULT_CONSENSUS = "consensus";

    /** What "Accept all matches" did: tags added, in how many articles, and how many matches there were in all. */
    public record MatchesAccepted(int added, int articles, int matches, List<Long> documentIds) {
        public MatchesAccepted {
            documentIds = List.copyOf(documentIds);
        }
    }

    private final ProjectSession session;
    private final ProjectStore project;
    private final AnnotationService annotations;
    private final String consensusName;
    private Analyst consensus;

    AdjudicationService(ProjectSession session, String consensusName) {
        this.session = session;
        this.project = session.store();
        this.annotations = session.annotations();
        this.consensusName = consensusName;
    }

    /** The consensus analyst, created on first use. */
    public Analyst consensus() {
        if (consensus == null) {
            consensus = session.analyst(consensusName);
        }
        return consensus;
    }

    /**
     * Applies {@code decision} to {@code pair} of document {@code d} in comparison {@code c} and
     * records it: one undoable step. A span the consensus already has is not added twice; a
     * decision on a pair decided before replaces that decision (what it wrote stays). Returns the
     * tags added.
     */
    public List<Annotation> decide(Comparison c, Document d, AlignedPair pair, Decision decision) {
        return write(c, d, pair, decision, null);
    }

    /**
     * As {@link #decide(Comparison, Document, AlignedPair, Decision)}, when the pair's decision is
     * still {@code shown} (what the caller's screen says). In a team project another adjudicator
     * may have decided it meanwhile: then nothing is written, and the refusal says so. The check
     * is made in the writing transaction with the pair held, so two adjudicators deciding it at
     * once take turns and the second is refused.
     */
    public List<Annotation> decide(Comparison c, Document d, AlignedPair pair, Decision decision, Optional<Decision> shown) {
        return write(c, d, pair, decision, (wanted, recorded) -> refuseIfChanged(shown, recorded.map(x -> x.seenFrom(c.a().id()).decision())));
    }

    private List<Annotation> write(Comparison c, Document d, AlignedPair pair, Decision decision,
                                   java.util.function.BiConsumer<PairDecision, Optional<PairDecision>> check) {
        List<AnnotationService.NewTag> tags = new ArrayList<>();
        Tags a = new Tags(project, d, c.a(), c.labelsByName());
        Tags b = new Tags(project, d, c.b(), c.labelsByName());
        switch (decision) {
            case ACCEPT_A -> tags.add(accepted(pair.a(), "A", a, c.labelsByName()));
            case ACCEPT_B -> tags.add(accepted(pair.b(), "B", b, c.labelsByName()));
            case ACCEPT_BOTH -> {
                if (pair.a() != null) tags.add(accepted(pair.a(), "A", a, c.labelsByName()));
                if (pair.b() != null) tags.add(accepted(pair.b(), "B", b, c.labelsByName()));
            }
            case REJECT -> {
                // writes no tag; the decision is recorded all the same
            }
        }
        PairDecision record = new PairDecision(keyOf(c, d.id(), pair), decision, consensus().id(), now());
        return annotations.tagAndDecide(d, consensus(), tags, List.of(record), check, describe(decision));
    }

    private static void refuseIfChanged(Optional<Decision> shown, Optional<Decision> stored) {
        if (!stored.equals(shown)) {
            throw new AnnotationConflictException("Another adjudicator " + stored.map(x -> "decided this pair meanwhile ("
                    + x.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")").orElse("undid this pair's decision meanwhile")
                    + "; nothing was changed. The view now shows the decision recorded.");
        }
    }

    /** The decision recorded on that pair, seen with the comparison's A as A; empty when undecided. */
    public Optional<PairDecision> decisionOn(Comparison c, long documentId, AlignedPair pair) {
        return project.adjudications().find(keyOf(c, documentId, pair)).map(x -> x.seenFrom(c.a().id()));
    }

    /** Every decision recorded between {@code a} and {@code b}, by pair, seen with {@code a} as A. */
    public Map<PairKey, Decision> decisions(Analyst a, Analyst b) {
        Map<PairKey, Decision> out = new HashMap<>();
        if (a.id() == b.id() || a.id() < 0 || b.id() < 0) {
            return out;
        }
        for (PairDecision x : project.adjudications().between(a.id(), b.id())) {
            PairDecision seen = x.seenFrom(a.id());
            out.put(seen.pair(), seen.decision());
        }
        return out;
    }

    /**
     * How a pair of comparison {@code c} is named in the project: document, both analysts (A
     * first) and each side's label and span.
     */
    public static PairKey keyOf(Comparison c, long documentId, AlignedPair pair) {
        return new PairKey(documentId, c.a().id(), side(pair.a(), c.labelsByName()), c.b().id(), side(pair.b(), c.labelsByName()));
    }

    /**
     * Copies every MATCH pair of every document of {@code c} (its scope: one article, or all both
     * analysts tagged) into consensus, in one transaction: one undoable step per article, so
     * undo in the workbench takes back one article's part; {@link #undo(Collection)} takes back
     * all. Matches consensus already has are counted, not added again.
     */
    public MatchesAccepted acceptAllMatches(Comparison c) {
        Map<Document, List<AnnotationService.NewTag>> byDocument = new LinkedHashMap<>();
        int matches = 0;
        for (Document d : c.documents()) {
            List<AlignedPair> pairs = c.pairsOf(d.id()).stream().filter(p -> p.kind() == OutcomeKind.MATCH).toList();
            matches += pairs.size();
            if (pairs.isEmpty()) {
                continue;
            }
            Tags a = new Tags(project, d, c.a(), c.labelsByName());
            Tags b = new Tags(project, d, c.b(), c.labelsByName());
            List<AnnotationService.NewTag> tags = new ArrayList<>();
            for (AlignedPair p : pairs) {
                Label label = requireLabel(p.a(), c.labelsByName());
                tags.add(new AnnotationService.NewTag(label, p.a().span(), agreed(a.take(p.a()), b.take(p.b()))));
            }
            byDocument.put(d, tags);
        }
        if (byDocument.isEmpty()) {
            return new MatchesAccepted(0, 0, 0, List.of());
        }
        Map<Long, List<Annotation>> added = annotations.tagAllIn(consensus(), byDocument, "Accept all matches");
        int n = added.values().stream().mapToInt(List::size).sum();
        return new MatchesAccepted(n, added.size(), matches, List.copyOf(added.keySet()));
    }

    /**
     * An attribute on which the two tags of an exact match differ (one may have no value): what
     * the adjudicator settles for the consensus tag. {@code consensus} is the value the consensus
     * tag of that match has now (empty: none yet, or no consensus tag).
     */
    public record ValueConflict(Document document, AlignedPair match, Attribute attribute, List<String> a, List<String> b,
                                List<String> consensus) {
        public ValueConflict {
            a = List.copyOf(a);
            b = List.copyOf(b);
            consensus = List.copyOf(consensus);
        }
    }

    /**
     * Every attribute, of the attributes each match's label declares, where A's and B's tags of
     * an exact match of {@code c} differ; in document, text and codebook order.
     */
    public List<ValueConflict> valueConflicts(Comparison c) {
        return project.inSnapshot(() -> {
            Codebook book = session.codebook().codebook();
            // only read: listing the differences must not create the consensus analyst
            Optional<Analyst> existing = consensus != null ? Optional.of(consensus) : session.findAnalyst(consensusName);
            List<ValueConflict> out = new ArrayList<>();
            for (Document d : c.documents()) {
                List<AlignedPair> matches = c.pairsOf(d.id()).stream().filter(p -> p.kind() == OutcomeKind.MATCH).toList();
                if (matches.isEmpty() || book.attributes().isEmpty()) {
                    continue;
                }
                Tags a = new Tags(project, d, c.a(), c.labelsByName());
                Tags b = new Tags(project, d, c.b(), c.labelsByName());
                Tags agreed = existing.map(x -> new Tags(project, d, x, c.labelsByName())).orElse(null);
                for (AlignedPair p : matches) {
                    Annotation x = a.take(p.a());
                    Annotation y = b.take(p.b());
                    Label label = c.labelsByName().get(p.a().label());
                    if (x == null || y == null || label == null) {
                        continue;
                    }
                    Annotation mine = agreed == null ? null : agreed.peek(p.a());
                    for (Attribute attribute : book.attributesOf(label.id())) {
                        List<String> va = x.attributes().get(attribute.id());
                        List<String> vb = y.attributes().get(attribute.id());
                        if (!new java.util.HashSet<>(va).equals(new java.util.HashSet<>(vb))) {
                            out.add(new ValueConflict(d, p, attribute, va, vb,
                                    mine == null ? List.of() : mine.attributes().get(attribute.id())));
                        }
                    }
                }
            }
            return out;
        });
    }

    /**
     * Gives the consensus tag of {@code match} the value {@code raw} for {@code attribute}
     * (checked against the codebook; empty clears it), as one undoable step of consensus in that
     * document. Without a consensus tag there yet, the tag is added with the values both
     * analysts agree on and this one. Returns the consensus tag as written.
     */
    public Annotation setConsensusValue(Comparison c, Document d, AlignedPair match, Attribute attribute, List<String> raw) {
        if (match.kind() != OutcomeKind.MATCH) {
            throw new AnnotationConflictException("Attribute values are settled on exact matches only.");
        }
        List<String> values = session.codebook().valuesFor(attribute, raw);
        Label label = requireLabel(match.a(), c.labelsByName());
        if (attribute.isArticleCode() || attribute.labelId() != label.id()) {
            throw new AnnotationConflictException("\"" + attribute.name() + "\" is not an attribute of " + label.name() + " tags.");
        }
        Annotation mine = new Tags(project, d, consensus(), c.labelsByName()).peek(match.a());
        if (mine != null) {
            return annotations.setAttributes(mine, mine.attributes().with(attribute.id(), values));
        }
        Annotation x = new Tags(project, d, c.a(), c.labelsByName()).take(match.a());
        Annotation y = new Tags(project, d, c.b(), c.labelsByName()).take(match.b());
        AttributeValues start = agreed(x, y).with(attribute.id(), values);
        List<Annotation> added = annotations.tagAll(d, consensus(), List.of(new AnnotationService.NewTag(label, match.a().span(), start)),
                "Set " + attribute.name());
        return added.get(0);
    }

    /** Link disagreements into consensus: a link accepted with its end tags (docs/decisions/0021-link-agreement.md). */
    public AdjudicationLinks links() {
        return new AdjudicationLinks(project, annotations, this::consensus,
                () -> consensus != null ? Optional.of(consensus) : session.findAnalyst(consensusName));
    }

    /** Takes back the last adjudication step in that document (its tags and its decision). */
    public boolean undo(Document d) {
        return undo(List.of(d.id())) > 0;
    }

    /** Takes back the last adjudication step in each of these documents, in one transaction; returns how many. */
    public int undo(Collection<Long> documentIds) {
        return annotations.undoEach(documentIds, consensus().id());
    }

    public boolean canUndo(Document d) {
        return annotations.canUndo(d.id(), consensus().id());
    }

    public List<Annotation> consensusTags(Document d) {
        return annotations.annotations(d.id(), consensus().id());
    }

    /** Where the compare window was left in this project; empty when it never was (or the file predates it). */
    public Optional<ComparePosition> position() {
        return project.adjudications().position();
    }

    /** Remembers where the compare window is left; nothing for a read-only project. Not an edit: no undo. */
    public void savePosition(ComparePosition position) {
        if (!project.isReadOnly()) {
            project.adjudications().savePosition(position);
        }
    }

    private static PairSide side(LabeledSpan s, Map<String, Label> labelsByName) {
        if (s == null) {
            return null;
        }
        Label label = labelsByName.get(s.label());
        if (label == null) {
            throw new AnnotationConflictException("The label " + s.label() + " is not in this project's codebook.");
        }
        return new PairSide(label.id(), s.span());
    }

    private static Label requireLabel(LabeledSpan s, Map<String, Label> labelsByName) {
        Label label = labelsByName.get(s.label());
        if (label == null) {
            throw new AnnotationConflictException("The label " + s.label() + " is not in this project's codebook.");
        }
        return label;
    }

    /** The tag of one side as consensus takes it: its label, span and attribute values. */
    private static AnnotationService.NewTag accepted(LabeledSpan s, String side, Tags tags, Map<String, Label> labelsByName) {
        if (s == null) {
            throw new AnnotationConflictException("Analyst " + side + " marked nothing here: nothing to accept.");
        }
        Annotation tag = tags.take(s);
        return new AnnotationService.NewTag(requireLabel(s, labelsByName), s.span(), tag == null ? AttributeValues.EMPTY : tag.attributes());
    }

    /** The attribute values two tags have in common: each attribute both set to the same values (the same set). */
    static AttributeValues agreed(Annotation a, Annotation b) {
        if (a == null || b == null) {
            return AttributeValues.EMPTY;
        }
        Map<Long, List<String>> same = new LinkedHashMap<>();
        a.attributes().asMap().forEach((id, values) -> {
            List<String> other = b.attributes().get(id);
            if (!other.isEmpty() && new java.util.HashSet<>(values).equals(new java.util.HashSet<>(other))) {
                same.put(id, values);
            }
        });
        return AttributeValues.of(same);
    }

    /** One analyst's tags in one document by label and span, each to be taken once (a twin pairs with a twin). */
    private static final class Tags {
        private final Map<LabeledSpan, java.util.Deque<Annotation>> bySpan = new HashMap<>();

        Tags(ProjectStore project, Document d, Analyst analyst, Map<String, Label> labelsByName) {
            Map<Long, String> names = new HashMap<>();
            labelsByName.values().forEach(l -> names.put(l.id(), l.name()));
            for (Annotation x : project.annotations().forDocument(d.id(), analyst.id())) {
                bySpan.computeIfAbsent(new LabeledSpan(names.getOrDefault(x.labelId(), "?"), x.span()), k -> new java.util.ArrayDeque<>()).add(x);
            }
        }

        Annotation peek(LabeledSpan s) {
            java.util.Deque<Annotation> q = s == null ? null : bySpan.get(s);
            return q == null ? null : q.peek();
        }

        Annotation take(LabeledSpan s) {
            java.util.Deque<Annotation> q = s == null ? null : bySpan.get(s);
            return q == null ? null : q.poll();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String describe(Decision d) {
        return switch (d) {
            case ACCEPT_A -> "Accept A";
            case ACCEPT_B -> "Accept B";
            case ACCEPT_BOTH -> "Accept both";
            case REJECT -> "Reject";
        };
    }
}
