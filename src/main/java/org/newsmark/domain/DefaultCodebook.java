package org.newsmark.domain;

import java.util.List;

/**
 * The four labels every new project starts with. Colours are from the Okabe–Ito palette,
 * chosen so that readers with the common colour-vision deficiencies can tell them apart.
 */
public final class DefaultCodebook {

    private DefaultCodebook() {
    }

    public static List<Label> labels() {
        return List.of(
                new Label(0, "claim", "#E69F00", "1",
                        "An assertion presented as fact that could be checked true or false."),
                new Label(0, "statistic", "#56B4E9", "2",
                        "A number, quantity, percentage or measured trend offered as evidence."),
                new Label(0, "attributed opinion", "#009E73", "3",
                        "A view, judgement or prediction the article credits to a named or unnamed source."),
                new Label(0, "framing", "#CC79A7", "4",
                        "Wording that casts events in a particular light: loaded terms, metaphors, emphasis."));
    }

    /** Colours for labels a project adds later (imports, user-defined), again Okabe–Ito first. */
    public static final List<String> EXTRA_COLORS = List.of(
            "#0072B2", "#D55E00", "#F0E442", "#999999", "#8C564B", "#17BECF", "#7F7F00", "#332288");

    public static String colorFor(int index) {
        return EXTRA_COLORS.get(Math.floorMod(index, EXTRA_COLORS.size()));
    }
}
