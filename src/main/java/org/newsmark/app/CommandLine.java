package org.newsmark.app;

import java.util.Set;

/** The command-line interface (no window). */
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("--help", "-h", "help", "--version", "-V");

    private CommandLine() {
    }

    static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    static int run(String[] args) {
        System.out.println("Usage: newsmark [PROJECT_FILE] [--import ARTICLE_FILE]... [--analyst NAME]");
        return 0;
    }
}
