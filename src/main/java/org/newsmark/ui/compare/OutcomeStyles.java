package org.newsmark.ui.compare;

import java.util.Map;
import org.newsmark.agreement.OutcomeKind;

/**
 * How each outcome looks in the compare panes. Okabe–Ito colours (safe for the common colour-
 * vision deficiencies) AND a pattern, so that colour is never the only cue: pairs both analysts
 * marked get a background, spans only one analyst marked get only an underline.
 */
final class OutcomeStyles {

    /** Colour, and the words the legend uses for the pattern. */
    record Look(String color, String pattern, String css) {
    }

    static final Map<OutcomeKind, Look> LOOKS = Map.of(
            OutcomeKind.MATCH, new Look("#009E73", "background",
                    "-rtfx-background-color: #009E7355;"),
            OutcomeKind.BOUNDARY, new Look("#E69F00", "background + dashed underline",
                    "-rtfx-background-color: #E69F0066; -rtfx-underline-color: #A06E00; -rtfx-underline-width: 2;"
                            + " -rtfx-underline-dash-array: 4 3;"),
            OutcomeKind.LABEL_CONFLICT, new Look("#D55E00", "background + thick underline",
                    "-rtfx-background-color: #D55E0055; -rtfx-underline-color: #D55E00; -rtfx-underline-width: 3;"),
            OutcomeKind.ONLY_A, new Look("#0072B2", "underline only",
                    "-rtfx-underline-color: #0072B2; -rtfx-underline-width: 3;"),
            OutcomeKind.ONLY_B, new Look("#CC79A7", "double-weight dotted underline only",
                    "-rtfx-underline-color: #CC79A7; -rtfx-underline-width: 4; -rtfx-underline-dash-array: 2 2;"));

    /** Which outcome wins where spans of one side overlap: the most telling disagreement. */
    static int priority(OutcomeKind k) {
        return switch (k) {
            case LABEL_CONFLICT -> 4;
            case BOUNDARY -> 3;
            case ONLY_A, ONLY_B -> 2;
            case MATCH -> 1;
        };
    }

    static String name(OutcomeKind k) {
        return switch (k) {
            case MATCH -> "match";
            case BOUNDARY -> "boundary";
            case LABEL_CONFLICT -> "label conflict";
            case ONLY_A -> "only A";
            case ONLY_B -> "only B";
        };
    }

    private OutcomeStyles() {
    }
}
