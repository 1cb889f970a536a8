package org.newsmark.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;

/**
 * Settles disagreements into a consensus layer: an ordinary analyst (named "consensus" unless
 * told otherwise) whose tags are written through {@link AnnotationService}, so every decision is
 * committed at once and undone with the same per-document undo stack as any tag.
 */
public final class AdjudicationService {

    public static final String DEFAULT_CONSENSUS = "consensus";

    /** What to do with one aligned pair. Reject writes nothing. */
    public enum Decision { ACCEPT_A, ACCEPT_B, ACCEPT_BOTH, REJECT }

    private final ProjectSession session;
    private final AnnotationService annotations;
    private final String consensusName;
    private Analyst consensus;

    AdjudicationService(ProjectSession session, String consensusName) {
        this.session = session;
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
     * Applies {@code decision} to {@code pair} of document {@code d}: one undoable step. A span the
     * consensus already has is not added twice. Returns the tags added.
     */
    public List<Annotation> decide(Document d, AlignedPair pair, Decision decision, Map<String, Label> labelsByName) {
        List<LabeledSpan> chosen = new ArrayList<>();
        switch (decision) {
            case ACCEPT_A -> addIfPresent(chosen, pair.a(), "A");
            case ACCEPT_B -> addIfPresent(chosen, pair.b(), "B");
            case ACCEPT_BOTH -> {
                if (pair.a() != null) chosen.add(pair.a());
                if (pair.b() != null) chosen.add(pair.b());
            }
            case REJECT -> {
                return List.of();
            }
        }
        return write(d, chosen, labelsByName, describe(decision));
    }

    /** Copies every MATCH pair of the document into consensus as one step (one transaction). */
    public List<Annotation> acceptAllMatches(Document d, List<AlignedPair> pairs, Map<String, Label> labelsByName) {
        List<LabeledSpan> matches = pairs.stream().filter(p -> p.kind() == OutcomeKind.MATCH).map(AlignedPair::a).toList();
        return write(d, matches, labelsByName, "Accept all matches");
    }

    /** Takes back the last adjudication step in that document. */
    public Optional<AnnotationChange> undo(Document d) {
        return annotations.undo(d.id(), consensus().id());
    }

    public boolean canUndo(Document d) {
        return annotations.canUndo(d.id(), consensus().id());
    }

    public List<Annotation> consensusTags(Document d) {
        return annotations.annotations(d.id(), consensus().id());
    }

    private List<Annotation> write(Document d, List<LabeledSpan> spans, Map<String, Label> labelsByName, String what) {
        List<AnnotationService.NewTag> tags = new ArrayList<>();
        for (LabeledSpan s : spans) {
            Label label = labelsByName.get(s.label());
            if (label == null) {
                throw new AnnotationConflictException("The label " + s.label() + " is not in this project's codebook.");
            }
            tags.add(new AnnotationService.NewTag(label, s.span()));
        }
        return tags.isEmpty() ? List.of() : annotations.tagAll(d, consensus(), tags, what);
    }

    private static void addIfPresent(List<LabeledSpan> out, LabeledSpan s, String side) {
        if (s == null) {
            throw new AnnotationConflictException("Analyst " + side + " marked nothing here: nothing to accept.");
        }
        out.add(s);
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
