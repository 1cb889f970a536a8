package org.newsmark.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsmark.domain.PairDecision;

/**
 * One undoable step of one analyst in one document: the tags it changed and the adjudication
 * decisions it recorded, written in one transaction and undone together. A tag edit has no
 * decision; "Accept A" has a tag and a decision; "Reject" has only a decision; setting an
 * article code has only the codes as they were and became.
 */
record EditStep(List<AnnotationEdit> tags, List<DecisionEdit> decisions, List<CodesEdit> codes) {

    EditStep {
        tags = List.copyOf(tags);
        decisions = List.copyOf(decisions);
        codes = List.copyOf(codes);
    }

    EditStep(List<AnnotationEdit> tags, List<DecisionEdit> decisions) {
        this(tags, decisions, List.of());
    }

    static EditStep of(AnnotationEdit edit) {
        return new EditStep(List.of(edit), List.of());
    }

    /** An analyst's article codes for one article as they were and as they became. */
    record CodesEdit(long documentId, long analystId, org.newsmark.domain.AttributeValues before,
                     org.newsmark.domain.AttributeValues after) {
        CodesEdit inverse() {
            return new CodesEdit(documentId, analystId, after, before);
        }
    }

    /** The step that takes this one back: every edit swapped, in reverse order. */
    EditStep inverse() {
        List<AnnotationEdit> t = new ArrayList<>(tags.stream().map(AnnotationEdit::inverse).toList());
        Collections.reverse(t);
        List<DecisionEdit> d = new ArrayList<>(decisions.stream().map(DecisionEdit::inverse).toList());
        Collections.reverse(d);
        List<CodesEdit> c = new ArrayList<>(codes.stream().map(CodesEdit::inverse).toList());
        Collections.reverse(c);
        return new EditStep(t, d, c);
    }

    /** A decision as it was and as it became (null: none recorded on that pair). */
    record DecisionEdit(PairDecision before, PairDecision after) {
        DecisionEdit inverse() {
            return new DecisionEdit(after, before);
        }
    }
}
