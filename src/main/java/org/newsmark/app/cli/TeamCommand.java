package org.newsmark.app.cli;

import java.util.concurrent.Callable;
import org.newsmark.domain.ServerAddress;
import org.newsmark.storage.PostgresTeam;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsmark team init URL} and {@code newsmark team add-analyst URL NAME}: setting up a team project. See docs/team.md. */
@Command(name = "team", mixinStandardHelpOptions = true, description = "Set up a team project on a PostgreSQL server (docs/team.md).",
        subcommands = {TeamCommand.Init.class, TeamCommand.AddAnalyst.class})
final class TeamCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Make the database (created when the server has none) a team project: tables, roles, policies.")
    static final class Init implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "URL", description = "postgresql://admin@host[:port]/database, as the administrator.")
        String url;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ServerAddress a = ServerLogin.address(url);
            PostgresTeam.Initialised done = ServerLogin.run(a, p -> PostgresTeam.init(a, p));
            spec.commandLine().getOut().println(done.summary() + " Add analysts with: newsmark team add-analyst " + a + " NAME");
            return 0;
        }
    }

    @Command(name = "add-analyst", mixinStandardHelpOptions = true,
            description = "Give analyst NAME a login of their own, which writes only their layer.")
    static final class AddAnalyst implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "URL", description = "postgresql://admin@host[:port]/database, as the administrator.")
        String url;

        @Parameters(index = "1", paramLabel = "NAME", description = "The analyst's name, as shown in Newsmark.")
        String name;

        @Option(names = "--login", paramLabel = "ROLE", description = "The login (PostgreSQL role); default: the name in lower case.")
        String login;

        @ArgGroup(exclusive = true)
        Kind kind;

        @Option(names = "--no-password", description = "Set no password (the server trusts the login another way, or it is set later).")
        boolean noPassword;

        @Spec
        CommandSpec spec;

        static final class Kind {
            @Option(names = "--adjudicator", description = "May also write the consensus layer and the decisions.")
            boolean adjudicator;
            @Option(names = "--owner", description = "May also change the codebook and the articles.")
            boolean owner;
        }

        @Override
        public Integer call() throws Exception {
            ServerAddress a = ServerLogin.address(url);
            String role = login != null ? login : PostgresTeam.defaultLogin(name);
            PostgresTeam.Kind k = kind == null ? PostgresTeam.Kind.ANALYST
                    : kind.owner ? PostgresTeam.Kind.OWNER : kind.adjudicator ? PostgresTeam.Kind.ADJUDICATOR : PostgresTeam.Kind.ANALYST;
            char[] fresh = noPassword ? null : ServerLogin.newPassword(role);
            try {
                ServerLogin.run(a, p -> PostgresTeam.addAnalyst(a, p, name.strip(), role, k, fresh));
            } finally {
                if (fresh != null) {
                    java.util.Arrays.fill(fresh, '\0');
                }
            }
            spec.commandLine().getOut().println(name.strip() + " logs in as " + role + " (" + k.name().toLowerCase(java.util.Locale.ROOT)
                    + "): " + a.as(role));
            return 0;
        }
    }
}
