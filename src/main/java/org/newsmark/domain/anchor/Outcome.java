package org.newsmark.domain.anchor;

/** What became of one tag's span in the new version of its article. */
public enum Outcome {
    /** The same text where the diff puts it. */
    KEPT,
    /** The same text, found by its quote and context elsewhere. */
    MOVED,
    /** The quote is not in the new text, but the diff maps part of its place: the text was edited. To review. */
    CHANGED,
    /** Neither the quote nor its place is in the new text. To review. */
    GONE,
    /** The quote is in several places and neither the diff nor the context tells which. To review. */
    AMBIGUOUS;

    /** Whether the tag is carried without asking; the other outcomes go to the review list. */
    public boolean carried() {
        return this == KEPT || this == MOVED;
    }
}
