package org.newsmark.ui.preferences;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Applies the theme to the whole application (AtlantaFX Primer light or dark, plus the
 * {@code dark} style class on the window's root for newsmark.css) and the text size to every
 * window, dialog and menu (the article's size, and {@link PreferencesViewModel#uiFontSizeProperty}
 * for everything else), and handles the font size keys: Ctrl+Plus, Ctrl+Minus, Ctrl+0.
 */
public final class Appearance {

    public static final String DARK = "dark";

    private Appearance() {
    }

    /** Themes {@code scene} now and on every change, whatever root it shows later. */
    public static void install(Scene scene, PreferencesViewModel prefs) {
        applyTheme(scene, prefs.themeProperty().get());
        scaleEveryWindow(prefs);
        applyFontSize(scene.getRoot(), prefs.uiFontSizeProperty().get());
        scene.rootProperty().addListener((o, a, root) -> applyFontSize(root, prefs.uiFontSizeProperty().get()));
        prefs.themeProperty().addListener((o, a, t) -> applyTheme(scene, t));
        scene.rootProperty().addListener((o, a, root) -> markDark(root, prefs.themeProperty().get()));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode c = e.getCode();
            if (c == KeyCode.PLUS || c == KeyCode.EQUALS || c == KeyCode.ADD) {
                prefs.increaseFontSize();
            } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
                prefs.decreaseFontSize();
            } else if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
                prefs.resetFontSize();
            } else {
                return;
            }
            e.consume();
        });
    }

    private static PreferencesViewModel scaled;

    /** Once: every window shown from now on (dialogs, menus, tooltips) gets the text size, and a change reaches all. */
    private static void scaleEveryWindow(PreferencesViewModel prefs) {
        if (scaled == prefs) {
            return;
        }
        scaled = prefs;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    if (scaled == prefs && w.getScene() != null) {
                        applyFontSize(w.getScene().getRoot(), prefs.uiFontSizeProperty().get());
                    }
                }
            }
        });
        prefs.uiFontSizeProperty().addListener((o, a, size) -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.getScene() != null) {
                    applyFontSize(w.getScene().getRoot(), size.doubleValue());
                }
            }
        });
    }

    /** Sets the root's font size, keeping whatever else its inline style says. */
    static void applyFontSize(Parent root, double px) {
        if (root == null) {
            return;
        }
        String style = root.getStyle() == null ? "" : root.getStyle().replaceAll("-fx-font-size:[^;]*;?", "").strip();
        root.setStyle((style.isEmpty() ? "" : style + (style.endsWith(";") ? " " : "; ")) + "-fx-font-size: " + px + "px;");
    }

    private static void applyTheme(Scene scene, PreferencesViewModel.Theme theme) {
        Application.setUserAgentStylesheet(theme == PreferencesViewModel.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        markDark(scene.getRoot(), theme);
    }

    private static void markDark(Parent root, PreferencesViewModel.Theme theme) {
        if (root == null) {
            return;
        }
        root.getStyleClass().remove(DARK);
        if (theme == PreferencesViewModel.Theme.DARK) {
            root.getStyleClass().add(DARK);
        }
    }
}
