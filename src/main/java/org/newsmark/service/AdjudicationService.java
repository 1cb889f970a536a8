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
        List<LabeledSpan> chosen = new ArrayList<>();
        switch (decision) {
            case ACCEPT_A -> addIfPresent(chosen, pair.a(), "A");
            case ACCEPT_B -> addIfPresent(chosen, pair.b(), "B");
            case ACCEPT_BOTH -> {
                if (pair.a() != null) chosen.add(pair.a());
                if (pair.b() != null) chosen.add(pair.b());
            }
            case REJECT -> {
                // writes no tag; the decision is recorded all the same
            }
        }
        List<AnnotationService.NewTag> tags = tags(chosen, c.labelsByName());
        PairDecision record = new PairDecision(keyOf(c, d.id(), pair), decision, consensus().id(), now());
        return annotations.tagAndDecide(d, consensus(), tags, List.of(record), describe(decision));
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
            List<LabeledSpan> spans = c.pairsOf(d.id()).stream().filter(p -> p.kind() == OutcomeKind.MATCH).map(AlignedPair::a).toList();
            matches += spans.size();
            if (!spans.isEmpty()) {
                byDocument.put(d, tags(spans, c.labelsByName()));
            }
        }
        if (byDocument.isEmpty()) {
            return new MatchesAccepted(0, 0, 0, List.of());
        }
        Map<Long, List<Annotation>> added = annotations.tagAllIn(consensus(), byDocument, "Accept all matches");
        int n = added.values().stream().mapToInt(List::size).sum();
        return new MatchesAccepted(n, added.size(), matches, List.copyOf(added.keySet()));
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

    private static List<AnnotationService.NewTag> tags(List<LabeledSpan> spans, Map<String, Label> labelsByName) {
        List<AnnotationService.NewTag> tags = new ArrayList<>();
        for (LabeledSpan s : spans) {
            Label label = labelsByName.get(s.label());
            if (label == null) {
                throw new AnnotationConflictException("The label " + s.label() + " is not in this project's codebook.");
            }
            tags.add(new AnnotationService.NewTag(label, s.span()));
        }
        return tags;
    }

    private static void addIfPresent(List<LabeledSpan> out, LabeledSpan s, String side) {
        if (s == null) {
            throw new AnnotationConflictException("Analyst " + side + " marked nothing here: nothing to accept.");
        }
        out.add(s);
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
