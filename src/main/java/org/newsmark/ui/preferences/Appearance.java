package org.newsmark.ui.preferences;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Applies the theme to the whole application (AtlantaFX Primer light or dark, plus the
 * {@code dark} style class on the window's root for newsmark.css) and handles the font size
 * keys: Ctrl+Plus, Ctrl+Minus, Ctrl+0.
 */
public final class Appearance {

    public static final String DARK = "dark";

    private Appearance() {
    }

    /** Themes {@code scene} now and on every change, whatever root it shows later. */
    public static void install(Scene scene, PreferencesViewModel prefs) {
        applyTheme(scene, prefs.themeProperty().get());
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
