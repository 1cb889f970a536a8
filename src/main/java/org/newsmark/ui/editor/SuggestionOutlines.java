package org.newsmark.ui.editor;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.shape.Rectangle;
import org.newsmark.domain.Span;
import org.newsmark.domain.suggest.Suggestion;

/**
 * Suggestions drawn as dotted outlines in their label's colour, never as tags: a pane over the
 * text like the find hits, so showing, hiding or stepping through them never restyles. The
 * current one has a stronger outline and a faint fill; its speaker and cue are underlined
 * (dashed and dotted), so the analyst sees what Enter would fill in.
 */
final class SuggestionOutlines extends TextOverlay {

    private BiFunction<Integer, Integer, List<Suggestion>> source = (from, to) -> List.of();
    private Supplier<Suggestion> current = () -> null;
    private Function<Suggestion, String> colour = s -> "#777777";
    private int drawn;

    SuggestionOutlines(ReadingArea area) {
        super(area, "suggestion-outlines");
    }

    void setSource(BiFunction<Integer, Integer, List<Suggestion>> source, Supplier<Suggestion> current,
                   Function<Suggestion, String> colour) {
        this.source = source;
        this.current = current;
        this.colour = colour;
        redrawLater();
    }

    /** How many suggestions have an outline on screen now (tests). */
    int drawnCount() {
        return drawn;
    }

    @Override
    protected void redraw() {
        getChildren().clear();
        drawn = 0;
        Span onScreen = visibleText();
        if (onScreen == null) {
            return;
        }
        Suggestion now = current.get();
        for (Suggestion s : source.apply(onScreen.begin(), onScreen.end())) {
            int before = getChildren().size();
            boolean strong = now != null && s.sameAs(now.kind(), now.span());
            String stroke = "-fx-stroke: " + colour.apply(s) + ";";
            lineBoxes(s.begin(), s.end(), b -> {
                Rectangle box = new Rectangle(b.getMinX() - 1.5, b.getMinY() + 0.5, b.getWidth() + 3, b.getHeight() - 1);
                box.getStyleClass().addAll("suggestion", strong ? "suggestion-current" : "suggestion-other",
                        "suggestion-" + s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                box.setStyle(stroke);
                getChildren().add(box);
            });
            if (getChildren().size() > before) {
                drawn++;
            }
            if (strong) {
                underline(s.source(), "suggestion-speaker", stroke);
                underline(s.cue(), "suggestion-cue", stroke);
            }
        }
    }

    private void underline(Span span, String styleClass, String stroke) {
        if (span == null) {
            return;
        }
        lineBoxes(span.begin(), span.end(), b -> {
            // a flat rectangle, not a Line: its stroke is the underline, dashed by the style class
            Rectangle line = new Rectangle(b.getMinX(), b.getMaxY() - 2, b.getWidth(), 0.5);
            line.getStyleClass().addAll("suggestion-mark", styleClass);
            line.setStyle(stroke);
            getChildren().add(line);
        });
    }
}
