package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.PasswordNeededException;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;
import org.newsmark.service.port.ServerProjects;

/** Team projects in PostgreSQL databases (13 or newer). The public entry to them, beside {@link SqliteProjectStores}. */
public final class PostgresProjectStores implements ServerProjects {

    static final int OLDEST_SERVER = 130000;

    @Override
    public ProjectStore open(ServerAddress address, char[] password) throws ProjectRefusedException {
        return open(address, password, false);
    }

    @Override
    public ProjectStore openReadOnly(ServerAddress address, char[] password) throws ProjectRefusedException {
        return open(address, password, true);
    }

    private static ProjectStore open(ServerAddress address, char[] password, boolean readOnly) throws ProjectRefusedException {
        PostgresDatabase db = connect(address, password, readOnly);
        PostgresLive live = null;
        try {
            Login who = login(db);
            String reason = readOnly ? "it was opened for reading only"
                    : who.analyst() == null && !who.admin() ? "the login " + db.login() + " is not an analyst of this project"
                            + " (the administrator adds it with newsmark team add-analyst)" : null;
            if (!readOnly) {
                live = new PostgresLive(db);
                live.start();
            }
            return new PostgresProject(db, live, reason, who.analyst());
        } catch (SQLException | RuntimeException e) {
            if (live != null) {
                live.close();
            }
            db.close();
            if (e instanceof ProjectRefusedRuntime r) {
                throw r.refusal;
            }
            throw new ProjectRefusedException("Cannot open " + address.displayName() + ": " + SqliteErrors.firstLine(e), e);
        }
    }

    /** A connection, with the reasons it could not be made in words for the user. */
    static PostgresDatabase connect(ServerAddress address, char[] password, boolean readOnly) throws ProjectRefusedException {
        PostgresDatabase db;
        try {
            db = PostgresDatabase.open(address, password, readOnly);
        } catch (SQLException e) {
            throw refusal(address, password, e);
        }
        try {
            checkProject(db);
        } catch (ProjectRefusedException e) {
            db.close();
            throw e;
        }
        return db;
    }

    static ProjectRefusedException refusal(ServerAddress address, char[] password, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String m = SqliteErrors.firstLine(e);
        String user = address.userName().orElse(System.getProperty("user.name"));
        if (state.equals("28P01") || m.contains("no password was provided") || m.contains("password authentication failed")) {
            return new PasswordNeededException((password == null ? "The server asks a password for " : "The server refused the password of ")
                    + user + " at " + address.displayName() + ".", password != null);
        }
        if (state.equals("3D000")) {
            return new ProjectRefusedException(address.displayName() + ": the server has no database " + address.database()
                    + ". An administrator creates the team project with: newsmark team init " + address, e);
        }
        if (state.equals("28000")) {
            return new ProjectRefusedException("The server at " + address.host() + " does not let " + user + " in: " + m, e);
        }
        if (m.contains("does not support SSL")) {
            return new ProjectRefusedException("The server " + address.host() + ":" + address.port() + " offers no TLS, and"
                    + " PGSSLMODE asks for it: nothing was sent. Ask the administrator to turn TLS on (ssl = on), or unset"
                    + " PGSSLMODE on a trusted network.", e);
        }
        if (state.startsWith("08")) {
            return new ProjectRefusedException("Cannot reach the server " + address.host() + ":" + address.port()
                    + " (" + m + "). Is it running, and is the address right?", e);
        }
        return new ProjectRefusedException("Cannot open " + address.displayName() + ": " + m, e);
    }

    /** A Newsmark project of a format this build reads, on a server new enough. */
    private static void checkProject(PostgresDatabase db) throws ProjectRefusedException {
        String name = db.projectName();
        try {
            int server = db.read(c -> c.getMetaData().getDatabaseMajorVersion() * 10000);
            if (server < OLDEST_SERVER) {
                throw new ProjectRefusedException(name + ": the server runs PostgreSQL " + server / 10000
                        + "; team projects need 13 or newer.");
            }
            Integer version = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass('public.project_format') IS NOT NULL");
                     ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        return null;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT version FROM project_format");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : null;
                }
            });
            if (version == null) {
                throw new ProjectRefusedException(name + " is not a Newsmark team project (it has no project_format table)."
                        + " An administrator makes it one with: newsmark team init " + db.address());
            }
            if (version > Schema.currentVersion()) {
                throw new ProjectRefusedException(name + " uses project format " + version + ", newer than this Newsmark ("
                        + Schema.currentVersion() + "). Update Newsmark to open it.");
            }
            if (version < Schema.currentVersion()) {
                throw new ProjectRefusedException(name + " uses project format " + version + "; this Newsmark needs "
                        + Schema.currentVersion() + ". An administrator upgrades it with: newsmark team init " + db.address());
            }
        } catch (org.newsmark.service.port.NotSavedException e) {
            throw new ProjectRefusedException("Cannot open " + name + ": " + e.getMessage(), e);
        }
    }

    /** Who the login is here: the analyst whose layer it writes, and whether it administers the project. */
    record Login(String analyst, boolean admin) {
    }

    static Login login(PostgresDatabase db) {
        return db.read(c -> {
            String analyst = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM analysts WHERE login = current_user");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    analyst = rs.getString(1);
                }
            }
            return new Login(analyst, isAdmin(c));
        });
    }

    /** The owner of the tables (the role that ran team init) or a superuser: not bound by the policies. */
    static boolean isAdmin(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                + " OR pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename = 'project_format'), 'MEMBER')");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** A refusal carried through code that throws unchecked exceptions only. */
    static final class ProjectRefusedRuntime extends RuntimeException {
        final ProjectRefusedException refusal;

        ProjectRefusedRuntime(ProjectRefusedException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
