package org.newsmark.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.newsmark.agreement.AlignedPair;
import org.newsmark.agreement.LabeledSpan;
import org.newsmark.agreement.OutcomeKind;
import org.newsmark.ui.editor.SpanLook;
import org.newsmark.ui.editor.StyleSweep;

/**
 * How each outcome looks in the compare panes: a CSS class per outcome ({@code outcome-match},
 * … in newsmark.css, with dark-theme colours), Okabe–Ito colours AND a pattern, so that colour
 * is never the only cue: pairs both analysts marked get a background, spans only one analyst
 * marked only an underline.
 */
final class OutcomeStyles {

    /** The words the legend uses for each pattern. */
    static final Map<OutcomeKind, String> PATTERNS = Map.of(
            OutcomeKind.MATCH, "background",
            OutcomeKind.BOUNDARY, "background + dashed underline",
            OutcomeKind.LABEL_CONFLICT, "background + thick underline",
            OutcomeKind.ONLY_A, "underline only",
            OutcomeKind.ONLY_B, "double-weight dotted underline only");

    private record Piece(int begin, int end, OutcomeKind kind) {
    }

    private OutcomeStyles() {
    }

    static String styleClass(OutcomeKind k) {
        return "outcome-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static SpanLook look(OutcomeKind k) {
        return SpanLook.ofClasses(styleClass(k));
    }

    /** One side's spans of the pairs, styled by outcome: the workbench's sweep with the outcome as the look. */
    static StyleSpans<SpanLook> spans(int length, List<AlignedPair> pairs, boolean sideA) {
        List<Piece> pieces = new ArrayList<>();
        for (AlignedPair p : pairs) {
            LabeledSpan s = sideA ? p.a() : p.b();
            if (s != null && s.end() <= length) {
                pieces.add(new Piece(s.begin(), s.end(), p.kind()));
            }
        }
        pieces.sort((x, y) -> Integer.compare(x.begin(), y.begin()));
        return StyleSweep.build(0, length, pieces, Piece::begin, Piece::end, OutcomeStyles::mostTelling);
    }

    /** Where spans of one side overlap, the most telling disagreement shows. */
    private static SpanLook mostTelling(List<Piece> covering) {
        OutcomeKind best = covering.get(0).kind();
        for (Piece p : covering) {
            if (priority(p.kind()) > priority(best)) {
                best = p.kind();
            }
        }
        return look(best);
    }

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
}
