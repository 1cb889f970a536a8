package org.newsmark.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.newsmark.service.port.ProjectChanges;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The live side of a team project: a connection of its own that LISTENs for the triggers'
 * notifications and hands other sessions' changes to the listeners; and the watch on the
 * connection, which says at once when it is lost and reconnects (both connections) by itself.
 */
final class PostgresLive implements AutoCloseable {

    static final String CHANNEL = "newsmark";
    private static final int WAIT_MS = 100;
    private static final int RETRY_MS = 500;
    /** How often the watch asks the server a question: a network that goes silent sends no error, only nothing. */
    static final int HEARTBEAT_MS = 2000;
    /** How long the heartbeat's answer may take before the server counts as out of reach. */
    static final String HEARTBEAT_TIMEOUT_S = "5";

    private final PostgresDatabase db;
    private final List<ProjectChanges> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private Connection listening;
    private boolean reportedDown;
    private long lastBeat;

    PostgresLive(PostgresDatabase db) {
        this.db = db;
        db.onLoss(this::lostNow);
        this.thread = new Thread(this::run, "newsmark-live " + db.projectName());
        thread.setDaemon(true);
    }

    void start() throws SQLException {
        listening = listen();
        thread.start();
    }

    void add(ProjectChanges listener) {
        listeners.add(listener);
    }

    private Connection listen() throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.putAll(db.properties());
        p.setProperty("socketTimeout", HEARTBEAT_TIMEOUT_S);
        Connection c = PostgresDatabase.connect(db.address(), p);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        lastBeat = System.nanoTime();
        return c;
    }

    private void run() {
        while (!closed) {
            try {
                if (listening == null || db.isLost()) {
                    recover();
                    continue;
                }
                PGNotification[] got = listening.unwrap(PGConnection.class).getNotifications(WAIT_MS);
                if (got != null) {
                    deliver(got, db.backendPid());
                }
                heartbeat();
            } catch (SQLException e) {
                if (!closed) {
                    drop();
                }
            } catch (RuntimeException e) {
                // a listener's failure must not end the watch; the listener reports its own errors
            }
        }
    }

    private void deliver(PGNotification[] got, int ownPid) {
        for (PGNotification n : got) {
            String[] p = n.getParameter().split(" ");
            if (p.length != 4 || Integer.parseInt(p[3]) == ownPid) {
                continue; // this session's own change is already on its screen
            }
            long document = Long.parseLong(p[1]);
            long analyst = Long.parseLong(p[2]);
            for (ProjectChanges l : listeners) {
                if (p[0].equals("layer")) {
                    l.layerChanged(document, analyst);
                } else if (p[0].equals("decisions")) {
                    l.decisionsChanged(document);
                }
            }
        }
    }

    private void heartbeat() throws SQLException {
        if (System.nanoTime() - lastBeat < HEARTBEAT_MS * 1_000_000L) {
            return;
        }
        try (Statement s = listening.createStatement()) {
            s.execute("SELECT 1"); // unanswered within HEARTBEAT_TIMEOUT_S: the driver's socket timeout throws
        }
        lastBeat = System.nanoTime();
    }

    /** The listening connection failed: the server is gone, or the network. The main one goes too. */
    private void drop() {
        db.cut();
        closeListening();
        lostNow();
    }

    private synchronized void lostNow() {
        if (!reportedDown && !closed) {
            reportedDown = true;
            String m = "The connection to " + db.projectName() + " is lost. What is on screen stays readable; edits are"
                    + " refused until Newsmark has reconnected (it tries by itself).";
            listeners.forEach(l -> l.connection(false, m));
        }
    }

    private void recover() {
        closeListening();
        try {
            Thread.sleep(RETRY_MS);
            listening = listen();
            boolean mainBack = db.reconnect();
            if (!mainBack) {
                closeListening();
                return;
            }
            synchronized (this) {
                if (reportedDown) {
                    reportedDown = false;
                    String m = "Connected to " + db.projectName() + " again.";
                    listeners.forEach(l -> l.connection(true, m));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } catch (SQLException e) {
            lostNow();
        }
    }

    private void closeListening() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // a broken connection has nothing left to close
            }
            listening = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeListening();
    }
}
