package org.newsmark.app.cli;

import java.io.Console;
import java.util.Arrays;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.PasswordNeededException;
import org.newsmark.service.port.ProjectRefusedException;

/**
 * Logging in to a server from the command line: the pgpass file first (the driver reads it),
 * then, when the server asks, the password typed at the terminal. Never an argument or a file of ours.
 */
final class ServerLogin {

    /** Work that needs the server, given a password or null (pgpass). */
    @FunctionalInterface
    interface WithPassword<T> {
        T run(char[] password) throws ProjectRefusedException;
    }

    private ServerLogin() {
    }

    static ServerAddress address(String where) {
        try {
            return ServerAddress.parse(where);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new NewsmarkCli()), e.getMessage());
        }
    }

    static <T> T run(ServerAddress address, WithPassword<T> work) throws ProjectRefusedException {
        try {
            return work.run(null);
        } catch (PasswordNeededException e) {
            Console console = System.console();
            if (console == null) {
                throw new ProjectRefusedException(e.getMessage() + " Put it in your pgpass file (see docs/team.md), or run this"
                        + " command at a terminal to be asked.");
            }
            char[] password = console.readPassword("Password for %s: ", address.userName().orElse(System.getProperty("user.name")));
            try {
                return work.run(password);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }
    }

    /** A new password, typed twice at the terminal. */
    static char[] newPassword(String login) throws ProjectRefusedException {
        Console console = System.console();
        if (console == null) {
            throw new ProjectRefusedException("A new password is typed at a terminal; without one, give --no-password"
                    + " (for a server that trusts its logins another way) and set it later.");
        }
        char[] first = console.readPassword("New password for %s: ", login);
        char[] again = console.readPassword("Again: ");
        if (first == null || first.length == 0 || !Arrays.equals(first, again)) {
            throw new ProjectRefusedException("The two passwords were empty or not the same: nothing was changed.");
        }
        Arrays.fill(again, '\0');
        return first;
    }
}
