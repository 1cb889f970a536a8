package org.newsmark.service;

/**
 * What merging label {@code from} into {@code into} did: {@code moved} tags took the other label,
 * {@code folded} ones duplicated a tag already there and were folded into it, {@code decisions}
 * adjudication decisions were rewritten to name {@code into}.
 */
public record LabelMergeReport(String from, String into, int moved, int folded, int decisions) {

    /** "claim merged into statistic: 3 tags moved, 1 folded into a tag already there." */
    public String describe() {
        return from + " merged into " + into + ": " + moved + (moved == 1 ? " tag" : " tags") + " moved"
                + (folded == 0 ? "" : ", " + folded + " folded into " + (folded == 1 ? "a tag" : "tags") + " already there")
                + (decisions == 0 ? "" : ", " + decisions + " adjudication decision" + (decisions == 1 ? "" : "s") + " kept")
                + ".";
    }
}
