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

    /**
     * The 15 framing dimensions of the Media Frames Corpus (Boydstun et al. 2014, Card et al.
     * 2015), the common scheme for frames in news; "Other" last, as in the corpus.
     */
    public static final List<String> MEDIA_FRAMES = List.of(
            "Economic", "Capacity and resources", "Morality", "Fairness and equality",
            "Legality, constitutionality and jurisprudence", "Policy prescription and evaluation",
            "Crime and punishment", "Security and defense", "Health and safety", "Quality of life",
            "Cultural identity", "Public opinion", "Political", "External regulation and reputation", "Other");

    public static final List<String> SPEAKER_TYPES = List.of(
            "named person", "official body", "organisation", "anonymous", "document");

    public static final List<String> TONES = List.of("negative", "neutral", "positive");

    /**
     * The attributes the default codebook declares for the tags of {@code labelName} (ids 0,
     * label id 0: the caller places them), in editor order; none for another label.
     */
    public static List<Attribute> attributesFor(String labelName) {
        return switch (labelName) {
            case "claim" -> List.of(
                    field("check-worthy", AttributeType.YES_NO, List.of(), "Would a fact-checker want to check it?"));
            case "statistic" -> List.of(
                    field("value", AttributeType.NUMBER, List.of(), "The number as the article gives it, without its unit."),
                    field("unit", AttributeType.TEXT, List.of(), "What is counted or measured: percent, euros, vehicles a day…"),
                    field("source", AttributeType.TEXT, List.of(), "Who the article says the figure comes from."));
            case "attributed opinion" -> List.of(
                    field("speaker", AttributeType.SOURCE, List.of(), "Who holds the opinion: one of the project's sources."),
                    field("speaker type", AttributeType.CHOICE, SPEAKER_TYPES, "What kind of source the speaker is."));
            case "framing" -> List.of(
                    field("frame", AttributeType.CHOICE, MEDIA_FRAMES, "The Media Frames Corpus dimension the wording uses."));
            default -> List.of();
        };
    }

    /** The article-level codes of the default codebook (label id null). */
    public static List<Attribute> articleCodes() {
        return List.of(
                new Attribute(0, null, "primary frame", AttributeType.CHOICE, MEDIA_FRAMES, false,
                        "The frame that dominates the article (Media Frames Corpus)."),
                new Attribute(0, null, "tone", AttributeType.CHOICE, TONES, false,
                        "The article's tone towards its main subject."));
    }

    private static Attribute field(String name, AttributeType type, List<String> choices, String definition) {
        return new Attribute(0, 0L, name, type, choices, false, definition);
    }

    /**
     * The link types of the default codebook, their ends named by label: a project gets those
     * whose end labels it has.
     */
    public static List<LinkType.Declared> linkTypes() {
        return List.of(
                new LinkType.Declared("supports", List.of("statistic"), List.of("claim"),
                        "The statistic is offered as evidence for the claim."),
                new LinkType.Declared("responds to", List.of("attributed opinion"), List.of("claim"),
                        "The opinion agrees with, disputes or comments on the claim."));
    }

    /** A built-in codebook given by name: its labels, its attributes by label name, its link types. */
    public record BuiltIn(String name, List<Label> labels, List<LinkType.Declared> linkTypes) {
        public BuiltIn {
            labels = List.copyOf(labels);
            linkTypes = List.copyOf(linkTypes);
        }
    }

    /**
     * "Attribution (PARC)": quote attribution as the Penn Attribution Relations Corpus annotates it
     * (Pareti 2016): a source, a cue and the content attributed, linked. A project gets it by
     * importing it like a codebook file ({@code service.BuiltInCodebooks}, decision 22).
     */
    public static final BuiltIn ATTRIBUTION_PARC = new BuiltIn("Attribution (PARC)",
            List.of(new Label(0, "source", "#0072B2", "1", "Who the content is attributed to: a person, body, organisation or document."),
                    new Label(0, "cue", "#D55E00", "2", "The words that attribute it: \"said\", \"according to\", \"claims\"."),
                    new Label(0, "content", "#009E73", "3", "What is attributed: the quoted or reported speech or thought.")),
            List.of(new LinkType.Declared("source of", List.of("source"), List.of("content"), "The source the content is attributed to."),
                    new LinkType.Declared("cue of", List.of("cue"), List.of("content"), "The cue that attributes the content.")));

    /** The attributes "Attribution (PARC)" declares for the tags of {@code labelName}: the source label's entity. */
    public static List<Attribute> parcAttributesFor(String labelName) {
        return labelName.equals("source")
                ? List.of(field("entity", AttributeType.SOURCE, List.of(), "The source entity the span names."))
                : List.of();
    }

    /** Colours for labels a project adds later (imports, user-defined), again Okabe–Ito first. */
    public static final List<String> EXTRA_COLORS = List.of(
            "#0072B2", "#D55E00", "#F0E442", "#999999", "#8C564B", "#17BECF", "#7F7F00", "#332288");

    public static String colorFor(int index) {
        return EXTRA_COLORS.get(Math.floorMod(index, EXTRA_COLORS.size()));
    }
}
