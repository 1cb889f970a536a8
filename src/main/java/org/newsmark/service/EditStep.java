package org.newsmark.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsmark.domain.PairDecision;

/**
 * One undoable step of one analyst in one document: the tags it changed and the adjudication
 * decisions it recorded, written in one transaction and undone together. A tag edit has no
 * decision; "Accept A" has a tag and a decision; "Reject" has only a decision.
 */
record EditStep(List<AnnotationEdit> tags, List<DecisionEdit> decisions) {

    EditStep {
        tags = List.copyOf(tags);
        decisions = List.copyOf(decisions);
    }

    static EditStep of(AnnotationEdit edit) {
        return new EditStep(List.of(edit), List.of());
    }

    /** The step that takes this one back: every edit swapped, in reverse order. */
    EditStep inverse() {
        List<AnnotationEdit> t = new ArrayList<>(tags.stream().map(AnnotationEdit::inverse).toList());
        Collections.reverse(t);
        List<DecisionEdit> d = new ArrayList<>(decisions.stream().map(DecisionEdit::inverse).toList());
        Collections.reverse(d);
        return new EditStep(t, d);
    }

    /** A decision as it was and as it became (null: none recorded on that pair). */
    record DecisionEdit(PairDecision before, PairDecision after) {
        DecisionEdit inverse() {
            return new DecisionEdit(after, before);
        }
    }
}
