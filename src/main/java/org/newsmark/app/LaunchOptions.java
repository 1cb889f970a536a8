package org.newsmark.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the window was started with: {@code [PROJECT_FILE] [--import ARTICLE]... [--analyst NAME]}. */
public record LaunchOptions(Optional<Path> project, List<Path> imports, Optional<String> analyst) {

    public static LaunchOptions parse(List<String> args) {
        Path project = null;
        List<Path> imports = new ArrayList<>();
        String analyst = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--import") || a.equals("-i")) && i + 1 < args.size()) {
                imports.add(Path.of(args.get(++i)));
            } else if (a.startsWith("--import=")) {
                imports.add(Path.of(a.substring("--import=".length())));
            } else if (a.equals("--analyst") && i + 1 < args.size()) {
                analyst = args.get(++i);
            } else if (a.startsWith("--analyst=")) {
                analyst = a.substring("--analyst=".length());
            } else if (!a.startsWith("-") && project == null) {
                project = Path.of(a);
            } else {
                throw new IllegalArgumentException("Unknown option " + a
                        + ". Usage: newsmark [PROJECT_FILE] [--import ARTICLE_FILE]... [--analyst NAME]");
            }
        }
        return new LaunchOptions(Optional.ofNullable(project), List.copyOf(imports),
                Optional.ofNullable(analyst).map(String::strip).filter(s -> !s.isEmpty()));
    }
}
