package org.newsmark.ui.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's preferences in {@code ~/.newsmark/settings.properties} (or under the folder the
 * {@code newsmark.home} system property names, which tests use). Written atomically.
 */
public final class Settings {

    private static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties props = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Path homeFolder() {
        String override = System.getProperty("newsmark.home");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"));
    }

    public static Settings load() {
        return load(homeFolder().resolve(".newsmark").resolve("settings.properties"));
    }

    /** The preferences kept in {@code file} (defaults when it does not exist yet). */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        if (Files.isRegularFile(s.file)) {
            try (InputStream in = Files.newInputStream(s.file)) {
                s.props.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable preferences are not worth refusing to start over: start from defaults
            }
        }
        return s;
    }

    public Optional<String> analystName() {
        return Optional.ofNullable(props.getProperty("analyst")).filter(n -> !n.isBlank());
    }

    public void setAnalystName(String name) {
        props.setProperty("analyst", name);
        save();
    }

    public boolean snapToWords() {
        return Boolean.parseBoolean(props.getProperty("snapToWords", "false"));
    }

    public void setSnapToWords(boolean snap) {
        props.setProperty("snapToWords", Boolean.toString(snap));
        save();
    }

    public double fontSize() {
        try {
            return Double.parseDouble(props.getProperty("fontSize", "17"));
        } catch (NumberFormatException e) {
            return 17;
        }
    }

    public void setFontSize(double size) {
        props.setProperty("fontSize", Double.toString(size));
        save();
    }

    /** "light" or "dark". */
    public String theme() {
        return "dark".equals(props.getProperty("theme")) ? "dark" : "light";
    }

    public void setTheme(String theme) {
        props.setProperty("theme", theme);
        save();
    }

    /** The id of the CSV preset chosen last in the export dialog ({@code data} or {@code spreadsheet}), if any. */
    public Optional<String> csvPreset() {
        return Optional.ofNullable(props.getProperty("csvPreset")).filter(p -> !p.isBlank());
    }

    public void setCsvPreset(String id) {
        props.setProperty("csvPreset", id);
        save();
    }

    /** The team project address opened last, for File › Open Team Project… to start with (an address holds no password). */
    public Optional<String> lastServerAddress() {
        return Optional.ofNullable(props.getProperty("team.lastAddress")).filter(a -> !a.isBlank());
    }

    public void setLastServerAddress(String address) {
        props.setProperty("team.lastAddress", address);
        save();
    }

    /** True once the first-run help (How to tag) has been shown. */
    public boolean firstRunDone() {
        return Boolean.parseBoolean(props.getProperty("firstRunDone", "false"));
    }

    public void setFirstRunDone() {
        props.setProperty("firstRunDone", "true");
        save();
    }

    /**
     * A yes/no a window keeps for itself (which panels it shows); {@code key} names the window
     * first ({@code workbench.tagsPanel}), so each window has its own.
     */
    public boolean flag(String key, boolean otherwise) {
        String v = props.getProperty(key);
        return v == null ? otherwise : Boolean.parseBoolean(v);
    }

    public void setFlag(String key, boolean value) {
        props.setProperty(key, Boolean.toString(value));
        save();
    }

    /** A number a window keeps for itself (a panel's width, {@code workbench.tagsWidth}); empty when unset or unreadable. */
    public Optional<Double> number(String key) {
        try {
            String v = props.getProperty(key);
            double d = v == null ? Double.NaN : Double.parseDouble(v);
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setNumber(String key, double value) {
        props.setProperty(key, Double.toString(value));
        save();
    }

    public List<Path> recentProjects() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = props.getProperty("recent." + i);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public void addRecentProject(Path project) {
        List<Path> list = recentProjects();
        Path abs = project.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                props.setProperty("recent." + i, list.get(i).toString());
            } else {
                props.remove("recent." + i);
            }
        }
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Newsmark preferences");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // preferences are a convenience; the project file holds all the work
        }
    }
}
