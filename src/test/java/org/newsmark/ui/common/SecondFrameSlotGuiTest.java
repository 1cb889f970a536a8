package org.newsmark.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The panel in a slot is not in the frame that first shows the slot, and is in a frame soon after. */
class SecondFrameSlotGuiTest {

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void thePanelJoinsTheFrameAfterTheOneThatFirstShowsItsSlot() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Label panel = new Label("the side table");
        List<String> frames = new ArrayList<>();
        VBox window = WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(new StackPane(), 400, 300);
            stage.setScene(scene);
            stage.show();
            VBox root = new VBox(new Label("the article"), new SecondFrameSlot(panel));
            scene.addPostLayoutPulseListener(() -> {
                if (scene.getRoot() == root) {
                    frames.add(panel.getScene() == null ? "without" : "with");
                }
            });
            scene.setRoot(root);
            return root;
        }).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 50 && !WaitForAsyncUtils.asyncFx(() -> panel.getScene() != null).get(); i++) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        List<String> seen = WaitForAsyncUtils.asyncFx(() -> List.copyOf(frames)).get();
        assertFalse(seen.isEmpty(), "the window was laid out");
        assertEquals("without", seen.get(0), "the first frame of the slot has no panel: " + seen);
        assertTrue(seen.contains("with"), "a later frame has it: " + seen);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> SecondFrameSlot.allFilled(window)).get());
    }

    @Test
    void aWindowIsWholeOnlyWhenEverySlotHoldsItsPanel() throws Exception {
        VBox root = WaitForAsyncUtils.asyncFx(() -> new VBox(new SecondFrameSlot(new Label("never shown")))).get();
        assertFalse(WaitForAsyncUtils.asyncFx(() -> SecondFrameSlot.allFilled(root)).get(), "a slot not yet in a shown window is empty");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> SecondFrameSlot.allFilled(new VBox(new Label("no slot")))).get());
    }
}
