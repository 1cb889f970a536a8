package org.newsmark.team;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.SampleProject;
import org.newsmark.storage.PostgresTeam;
import org.newsmark.storage.ProjectCopy;

/**
 * A team server to look at the app with (docs/screenshots, docs/team.md): an embedded PostgreSQL
 * on port {@code args[0]} (default 5544) holding the sample project as "study", with the logins
 * ana, ben and cleo (adjudicator). Runs until killed.
 */
public final class TeamDemoServer {

    private TeamDemoServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 5544;
        EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).start();
        ServerAddress admin = new ServerAddress("postgres", "localhost", port, "study");
        Path sample = Files.createTempDirectory("newsmark-demo").resolve("sample.newsmark");
        SampleProject.ensure(Wiring.projects(), sample);
        ProjectCopy.push(sample, admin, null);
        PostgresTeam.addAnalyst(admin, null, "Ana", "ana", PostgresTeam.Kind.ANALYST, null);
        PostgresTeam.addAnalyst(admin, null, "Ben", "ben", PostgresTeam.Kind.ANALYST, null);
        PostgresTeam.addAnalyst(admin, null, "Cleo", "cleo", PostgresTeam.Kind.ADJUDICATOR, null);
        System.out.println("READY postgresql://ana@localhost:" + port + "/study");
        Thread.sleep(Long.MAX_VALUE);
        server.close();
    }
}
