package org.newsmark.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A new text in the reading area: the same paragraphs as RichTextFX's own split, unstyled, whatever was shown before. */
class ReadingAreaGuiTest {

    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void splitsAtLineFeedsAsRichTextFxDoes() {
        for (String text : List.of("", "one", "one\n", "\n", "one\n\ntwo\n\n", "a\nb\nc", "crlf\r\nand cr\rand lf\nend\r\n")) {
            robot.interact(() -> {
                ReadingArea ours = new ReadingArea();
                ReadingArea theirs = new ReadingArea();
                ours.showText(text);
                theirs.replaceText(text);
                assertEquals(theirs.getText(), ours.getText(), text);
                assertEquals(theirs.getParagraphs().size(), ours.getParagraphs().size(), text);
                for (int p = 0; p < ours.getParagraphs().size(); p++) {
                    assertEquals(theirs.getText(p), ours.getText(p), text + ", paragraph " + p);
                }
                assertEquals(0, ours.getCaretPosition());
            });
        }
    }

    @Test
    void aNewTextIsUnstyledAfterAStyledOne() {
        robot.interact(() -> {
            ReadingArea area = new ReadingArea();
            area.showText("tagged\n\ntext");
            area.restyle(0, new StyleSpansBuilder<SpanLook>().add(SpanLook.ofCss("-rtfx-background-color: red;"), 12).create());
            area.showText("fresh\ntext");
            assertEquals(SpanLook.NONE, area.getStyleAtPosition(0, 1));
            assertEquals(SpanLook.NONE, area.getStyleAtPosition(1, 2));
        });
    }
}
