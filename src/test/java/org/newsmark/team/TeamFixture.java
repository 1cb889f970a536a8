package org.newsmark.team;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.newsmark.app.wiring.Wiring;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.storage.PostgresTeam;
import org.newsmark.storage.postgres.TestServer;

/** A team project on the embedded server with logins of its own (roles are the server's, so named after the database). */
final class TeamFixture {

    final ServerAddress admin = TestServer.newProject();

    /** The login of analyst {@code name} in this project. */
    String login(String name) {
        return admin.database() + "_" + PostgresTeam.defaultLogin(name);
    }

    ServerAddress as(String name) {
        return admin.as(login(name));
    }

    String add(String name, PostgresTeam.Kind kind) throws ProjectRefusedException {
        return PostgresTeam.addAnalyst(admin, null, name, login(name), kind, null);
    }

    ProjectSession open(String name) throws ProjectRefusedException {
        return Wiring.projects().openServer(as(name), null);
    }

    ProjectSession openAdmin() throws ProjectRefusedException {
        return Wiring.projects().openServer(admin, null);
    }

    /** The article most of the team tests tag. */
    static final String RATES = "Rates rose by 3% in May, the bank said.";

    /** An article added by the administrator (who owns the articles); its id. */
    long article(String title, String text) throws ProjectRefusedException {
        try (ProjectSession s = openAdmin()) {
            return s.documents().add(title, title + ".txt", text).document().id();
        }
    }

    /** A plain SQL client logged in as analyst {@code name}: psql, in effect. */
    Connection sql(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestServer.port() + "/" + admin.database()
                + "?user=" + login(name));
    }
}
