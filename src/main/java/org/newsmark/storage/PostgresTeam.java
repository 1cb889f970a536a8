package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.ProjectRefusedException;
import org.postgresql.PGConnection;

/**
 * Setting up a team project, as its administrator: {@code team init} makes the tables, roles and
 * policies in one transaction; {@code team add-analyst} gives one analyst a login of their own.
 * Passwords go to the server already hashed (SCRAM), never in a statement or a file.
 */
public final class PostgresTeam {

    /** What an added login may write beyond its own layer. */
    public enum Kind { ANALYST, ADJUDICATOR, OWNER }

    private PostgresTeam() {
    }

    /** What {@code init} did. */
    public record Initialised(boolean createdDatabase, String analystRole, String adjudicatorRole, String ownerRole,
                              int upgradedFrom) {
        public Initialised(boolean createdDatabase, String analystRole, String adjudicatorRole, String ownerRole) {
            this(createdDatabase, analystRole, adjudicatorRole, ownerRole, 0);
        }

        public String summary() {
            if (upgradedFrom > 0) {
                return "Upgraded the team project from format " + upgradedFrom + " to " + Schema.currentVersion() + ".";
            }
            return (createdDatabase ? "Created the database and the" : "Created the") + " team project's tables, with the group"
                    + " roles " + analystRole + ", " + adjudicatorRole + " and " + ownerRole + ".";
        }
    }

    /** An existing team project: brought to this Newsmark's format, or refused when it already is at it (or newer). */
    static Initialised upgrade(ServerAddress address, Connection c, java.util.Map<Integer, List<String>> steps)
            throws SQLException, ProjectRefusedException {
        int version;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM project_format")) {
            rs.next();
            version = rs.getInt(1);
        }
        int current = Schema.currentVersion();
        if (version >= current) {
            throw new ProjectRefusedException(address.displayName() + " is already a team project" + (version == current
                    ? " of this Newsmark's format" : ", of format " + version + ", newer than this Newsmark's " + current)
                    + ": nothing was changed.");
        }
        c.setAutoCommit(false);
        try {
            PostgresMigrations.upgrade(c, version, current, steps);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        PostgresTeamSchema.Roles roles = PostgresTeamSchema.Roles.of(address.database());
        return new Initialised(false, roles.analyst(), roles.adjudicator(), roles.owner(), version);
    }

    /** Makes the database at {@code address} (creating it when the server has none) a team project. */
    public static Initialised init(ServerAddress address, char[] password) throws ProjectRefusedException {
        boolean created = false;
        Connection c;
        try {
            c = PostgresDatabase.connect(address, PostgresDatabase.properties(address, password));
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                throw PostgresProjectStores.refusal(address, password, e);
            }
            createDatabase(address, password);
            created = true;
            try {
                c = PostgresDatabase.connect(address, PostgresDatabase.properties(address, password));
            } catch (SQLException again) {
                throw PostgresProjectStores.refusal(address, password, again);
            }
        }
        try (Connection conn = c) {
            if (exists(conn, "project_format")) {
                return upgrade(address, conn, PostgresMigrations.steps(PostgresTeamSchema.Roles.of(address.database())));
            }
            if (exists(c, "documents") || exists(c, "annotations")) {
                throw new ProjectRefusedException(address.displayName() + " already has tables of the names Newsmark uses;"
                        + " choose an empty database. Nothing was changed.");
            }
            PostgresTeamSchema.Roles roles = PostgresTeamSchema.Roles.of(address.database());
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : PostgresSchema.statements()) {
                    s.execute(sql);
                }
                List<String> missing = new ArrayList<>();
                for (String role : List.of(roles.analyst(), roles.adjudicator(), roles.owner())) {
                    if (!roleExists(c, role)) {
                        missing.add(role);
                    }
                }
                for (String sql : PostgresTeamSchema.statements(roles, missing)) {
                    s.execute(sql);
                }
                // after the roles and policies: a table a later format adds gets its own grants and policies
                PostgresMigrations.upgrade(c, PostgresSchema.BASELINE, Schema.currentVersion(), PostgresMigrations.steps(roles));
                // the codebook a new file starts with, made by the same code (the tables' owner: no policy binds it)
                DefaultLabels.insert(c);
                DefaultLabels.insertAttributes(c);
                DefaultLabels.insertLinkTypes(c);
                SpeakerSources.convert(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            return new Initialised(created, roles.analyst(), roles.adjudicator(), roles.owner());
        } catch (SQLException e) {
            throw new ProjectRefusedException("Cannot set up " + address.displayName() + ": " + SqliteErrors.firstLine(e)
                    + ". Nothing was changed.", e);
        }
    }

    private static void createDatabase(ServerAddress address, char[] password) throws ProjectRefusedException {
        ServerAddress maintenance = new ServerAddress(address.user(), address.host(), address.port(), "postgres");
        try (Connection c = PostgresDatabase.connect(maintenance, PostgresDatabase.properties(maintenance, password));
             Statement s = c.createStatement()) {
            // UTF-8 whatever the server's default, so every article's text fits
            s.execute("CREATE DATABASE " + SqlNames.id(address.database()) + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new ProjectRefusedException("Cannot create the database " + address.database() + " on " + address.host() + ": "
                    + SqliteErrors.firstLine(e), e);
        }
    }

    /** The login a name gets when none is chosen: lower case, letters, digits and _ only. */
    public static String defaultLogin(String name) {
        String login = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        return login.isEmpty() ? "analyst" : login;
    }

    /**
     * A login role for analyst {@code name} (made if the server has none), in the project's group
     * for {@code kind}, and the layer it writes: the analyst of that name, made if the project has
     * none. {@code newPassword} null leaves the role's password as it is.
     */
    public static String addAnalyst(ServerAddress address, char[] password, String name, String login, Kind kind,
            char[] newPassword) throws ProjectRefusedException {
        PostgresTeamSchema.Roles roles = PostgresTeamSchema.Roles.of(address.database());
        try (Connection c = PostgresDatabase.connect(address, PostgresDatabase.properties(address, password))) {
            if (!exists(c, "project_format")) {
                throw new ProjectRefusedException(address.displayName() + " is not a team project yet: run newsmark team init "
                        + address + " first.");
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                String taken = analystOfLogin(c, login);
                if (taken != null && !taken.equals(name)) {
                    throw new ProjectRefusedException("The login " + login + " already writes the layer of " + taken
                            + "; choose another with --login. Nothing was changed.");
                }
                String other = loginOf(c, name);
                if (other != null && !other.equals(login)) {
                    throw new ProjectRefusedException(name + " already logs in as " + other + ". Nothing was changed.");
                }
                if (!roleExists(c, login)) {
                    s.execute("CREATE ROLE " + SqlNames.id(login) + " LOGIN");
                }
                String group = switch (kind) {
                    case ANALYST -> roles.analyst();
                    case ADJUDICATOR -> roles.adjudicator();
                    case OWNER -> roles.owner();
                };
                s.execute("GRANT " + SqlNames.id(group) + " TO " + SqlNames.id(login));
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysts(name, login) VALUES (?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET login = excluded.login")) {
                    ps.setString(1, name);
                    ps.setString(2, login);
                    ps.executeUpdate();
                }
                if (newPassword != null) {
                    c.unwrap(PGConnection.class).alterUserPassword(login, newPassword, "scram-sha-256");
                }
                c.commit();
            } catch (SQLException | RuntimeException | ProjectRefusedException e) {
                c.rollback();
                throw e;
            }
            return login;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("08") || "28P01".equals(e.getSQLState())) {
                throw PostgresProjectStores.refusal(address, password, e);
            }
            throw new ProjectRefusedException("Cannot add " + name + " to " + address.displayName() + ": " + SqliteErrors.firstLine(e)
                    + ". Nothing was changed.", e);
        }
    }

    private static String analystOfLogin(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM analysts WHERE login = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String loginOf(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT login FROM analysts WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, "public." + table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
