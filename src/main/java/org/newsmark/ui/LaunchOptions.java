package org.newsmark.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Names;
import org.newsmark.domain.ServerAddress;

/**
 * What the window was started with: {@code [PROJECT] [--import ARTICLE]... [--analyst NAME]}, where
 * PROJECT is a file or a team project's {@code postgresql://} address. The analyst name follows
 * {@link Names}; an empty or refused one is a usage error, as is an address that is none.
 */
public record LaunchOptions(Optional<Path> project, List<Path> imports, Optional<String> analyst,
                            Optional<ServerAddress> teamProject) {

    public static LaunchOptions parse(List<String> args) {
        Path project = null;
        ServerAddress team = null;
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
            } else if (ServerAddress.looksLike(a) && project == null && team == null) {
                team = ServerAddress.parse(a); // its message names what is wrong with the address
            } else if (!a.startsWith("-") && project == null && team == null) {
                project = Path.of(a);
            } else {
                throw new IllegalArgumentException("Unknown option " + a
                        + ". Usage: newsmark [PROJECT_FILE | postgresql://USER@HOST[:PORT]/DATABASE] [--import ARTICLE_FILE]... [--analyst NAME]");
            }
        }
        return new LaunchOptions(Optional.ofNullable(project), List.copyOf(imports),
                Optional.ofNullable(analyst == null ? null : analystName(analyst)), Optional.ofNullable(team));
    }

    /** The name stripped and checked by {@link Names}; a refused one stops the start with the reason. */
    private static String analystName(String raw) {
        try {
            return Names.analyst(raw);
        } catch (Names.InvalidNameException e) {
            throw new IllegalArgumentException("--analyst: " + e.getMessage(), e);
        }
    }
}
