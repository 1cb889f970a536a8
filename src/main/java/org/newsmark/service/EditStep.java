package org.newsmark.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsmark.domain.PairDecision;

/**
 * One undoable step of one analyst in one document: the tags it changed and the adjudication
 * decisions it recorded, written in one transaction and undone together. A tag edit has no
 * decision; "Accept A" has a tag and a decision; "Reject" has only a decision; setting an
 * article code has only the codes as they were and became; a link or unlink has only its link;
 * deleting a tag has the tag and every link it took with it (their ids kept, so undo restores them).
 */
record EditStep(List<AnnotationEdit> tags, List<DecisionEdit> decisions, List<CodesEdit> codes, List<LinkEdit> links) {

    EditStep {
        tags = List.copyOf(tags);
        decisions = List.copyOf(decisions);
        codes = List.copyOf(codes);
        links = List.copyOf(links);
    }

    EditStep(List<AnnotationEdit> tags, List<DecisionEdit> decisions, List<CodesEdit> codes) {
        this(tags, decisions, codes, List.of());
    }

    EditStep(List<AnnotationEdit> tags, List<DecisionEdit> decisions) {
        this(tags, decisions, List.of(), List.of());
    }

    /** A link as it was and as it became (null: absent). A link is made or removed, never changed. */
    record LinkEdit(org.newsmark.domain.Link before, org.newsmark.domain.Link after) {
        LinkEdit inverse() {
            return new LinkEdit(after, before);
        }
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
        List<LinkEdit> l = new ArrayList<>(links.stream().map(LinkEdit::inverse).toList());
        Collections.reverse(l);
        return new EditStep(t, d, c, l);
    }

    /** A decision as it was and as it became (null: none recorded on that pair). */
    record DecisionEdit(PairDecision before, PairDecision after) {
        DecisionEdit inverse() {
            return new DecisionEdit(after, before);
        }
    }
}
