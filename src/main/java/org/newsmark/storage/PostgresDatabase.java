package org.newsmark.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.newsmark.domain.ServerAddress;
import org.postgresql.PGConnection;

/**
 * One connection to a team project's database. A commit the server has not acknowledged is an
 * exception, so an edit is never shown as saved when it was not. When the connection is lost,
 * every call fails at once with {@code CONNECTION_LOST} until {@link #reconnect} (the live
 * listener's loop calls it) opens a new one.
 */
final class PostgresDatabase extends Database {

    private final ServerAddress address;
    private final Properties properties;
    private final boolean readOnly;
    private volatile Connection connection;
    private volatile int pid;
    private volatile boolean lost;
    private Runnable onLoss = () -> { };

    private PostgresDatabase(ServerAddress address, Properties properties, boolean readOnly) throws SQLException {
        this.address = address;
        this.properties = properties;
        this.readOnly = readOnly;
        this.connection = connect();
        this.pid = pidOf(connection);
    }

    static PostgresDatabase open(ServerAddress address, char[] password, boolean readOnly) throws SQLException {
        return new PostgresDatabase(address, properties(address, password), readOnly);
    }

    static String jdbcUrl(ServerAddress a) {
        String host = a.host().contains(":") && !a.host().startsWith("[") ? "[" + a.host() + "]" : a.host();
        return "jdbc:postgresql://" + host + ":" + a.port() + "/" + a.database();
    }

    /** The driver's settings; without a password it reads the user's pgpass file (PGPASSFILE or ~/.pgpass). */
    static Properties properties(ServerAddress a, char[] password) {
        return properties(a, password, System.getenv());
    }

    /**
     * As {@link #properties(ServerAddress, char[])}, with libpq's PGSSLMODE and PGSSLROOTCERT from
     * {@code env}: a team that wants TLS required (or the server's certificate checked) says so as
     * for psql. Without them the driver's default, {@code prefer}: TLS when the server offers it.
     */
    static Properties properties(ServerAddress a, char[] password, java.util.Map<String, String> env) {
        Properties p = new Properties();
        if (env.get("PGSSLMODE") != null) {
            p.setProperty("sslmode", env.get("PGSSLMODE"));
        }
        if (env.get("PGSSLROOTCERT") != null) {
            p.setProperty("sslrootcert", env.get("PGSSLROOTCERT"));
        }
        p.setProperty("user", a.userName().orElse(System.getProperty("user.name")));
        if (password != null) {
            p.setProperty("password", new String(password));
        }
        p.setProperty("ApplicationName", "Newsmark");
        p.setProperty("connectTimeout", "5");
        p.setProperty("loginTimeout", "10"); // a reconnect holds this session's lock: never for long
        p.setProperty("tcpKeepAlive", "true");
        // a backstop for a network that goes silent: the live watch's heartbeat notices it sooner and cuts this
        // connection (see cut()); a statement waiting two minutes for its first byte is not waiting for the server
        p.setProperty("socketTimeout", "120");
        // strings bound as "unknown", typed by the column they meet, as SQLite's affinity does
        p.setProperty("stringtype", "unspecified");
        return p;
    }

    static Connection connect(ServerAddress a, Properties p) throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl(a), p);
        c.setAutoCommit(true);
        return c;
    }

    private Connection connect() throws SQLException {
        Connection c = connect(address, properties);
        if (readOnly) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
            }
        }
        return c;
    }

    ServerAddress address() {
        return address;
    }

    Properties properties() {
        return properties;
    }

    String login() {
        return properties.getProperty("user");
    }

    String projectName() {
        return address.displayName();
    }

    /** Told (once per loss) when a call finds the connection gone. */
    void onLoss(Runnable r) {
        this.onLoss = r;
    }

    boolean isLost() {
        return lost;
    }

    /** This session's server process: notifications it caused carry it, and are not news to it. */
    int backendPid() {
        return pid; // not synchronized: the live watch asks while a call may be waiting on the connection
    }

    private static int pidOf(Connection c) {
        try {
            return c.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return -1;
        }
    }

    /**
     * The live watch found the server silent: the connection is dropped now, so that a call
     * waiting on it fails at once as CONNECTION_LOST (nothing shown as saved) instead of waiting
     * for the network. Not synchronized, for that call holds the lock.
     */
    void cut() {
        Connection c = connection;
        lost = true;
        try {
            c.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // already broken: nothing left to drop
        }
    }

    /** A new connection after a loss; false while the server is still out of reach. */
    synchronized boolean reconnect() {
        if (!lost) {
            return true;
        }
        try {
            Connection fresh = connect();
            closeQuietly(connection);
            connection = fresh;
            pid = pidOf(fresh);
            lost = false;
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRES;
    }

    @Override
    boolean isReadOnly() {
        return readOnly;
    }

    @Override
    synchronized <T> T read(SqlWork<T> work) {
        Connection c = live();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    synchronized <T> T write(SqlWork<T> work) {
        return inTransaction(() -> work.run(live()));
    }

    @Override
    synchronized <T, E extends Exception> T inTransaction(CheckedWork<T, E> work) throws E {
        if (readOnly) {
            throw PostgresErrors.readOnly(projectName());
        }
        Connection c = live();
        if (inTransaction(c)) {
            return joined(work);
        }
        boolean committed = false;
        try {
            c.setAutoCommit(false);
            T result = work.run();
            c.commit(); // returns only once the server has the transaction
            committed = true;
            return result;
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            if (!committed) {
                rollbackQuietly(c);
            }
            autoCommitQuietly(c);
        }
    }

    @Override
    synchronized <T, E extends Exception> T inSnapshot(CheckedWork<T, E> work) throws E {
        Connection c = live();
        if (inTransaction(c)) {
            return joined(work);
        }
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            return work.run();
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            rollbackQuietly(c);
            autoCommitQuietly(c);
        }
    }

    private <T, E extends Exception> T joined(CheckedWork<T, E> work) throws E {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private Connection live() {
        if (lost) {
            throw PostgresErrors.lost(projectName());
        }
        return connection;
    }

    private boolean inTransaction(Connection c) {
        try {
            return !c.getAutoCommit();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private RuntimeException failed(SQLException e) {
        if (PostgresErrors.isConnectionLoss(e) || isClosed()) {
            boolean first = !lost;
            lost = true;
            if (first) {
                onLoss.run();
            }
            return PostgresErrors.lost(projectName());
        }
        return PostgresErrors.notSaved(projectName(), login(), e);
    }

    private boolean isClosed() {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // the server rolls back a transaction whose connection is gone
        }
    }

    private static void autoCommitQuietly(Connection c) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // as above
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // a broken connection has nothing left to close
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }
}
