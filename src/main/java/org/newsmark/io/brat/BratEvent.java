package org.newsmark.io.brat;

import java.util.List;

/**
 * A brat {@code E} line, {@code E1<TAB>Cue:T2 Source:T1 Content:T3}: an event of {@code type}
 * whose trigger is the T line {@code trigger}, with its arguments in file order. Type and roles are
 * read as names (underscores as spaces); an argument names a T line or another E line of the file.
 */
public record BratEvent(String id, String type, String trigger, List<Argument> arguments, long line) {

    public BratEvent {
        arguments = List.copyOf(arguments);
    }

    /** {@code role} as written but underscores as spaces; {@code target} a T or E id. */
    public record Argument(String role, String target) {

        /** The role without brat's numbering ({@code Arg2} → {@code Arg}, {@code Theme} stays). */
        public String baseRole() {
            int end = role.length();
            while (end > 1 && Character.isDigit(role.charAt(end - 1))) {
                end--;
            }
            return role.substring(0, end);
        }
    }
}
