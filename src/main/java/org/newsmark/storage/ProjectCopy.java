package org.newsmark.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsmark.domain.ServerAddress;
import org.newsmark.service.port.ProjectRefusedException;
import org.newsmark.service.port.ProjectStore;

/**
 * Moves a project between a file and a server, whole and all-or-nothing: {@code push} copies a
 * file into an empty team project in one server transaction; {@code pull} makes a new file from a
 * team project in one SQLite transaction, removed again if anything fails. Every row keeps its id,
 * so the copy exports byte for byte as the original; the counters of ids given out move along,
 * so an id is never given twice. The tables and their order are the same on both backends.
 */
public final class ProjectCopy {

    /** Parents before children, as the foreign keys need. tag_counts and corpus_index are rebuilt, not copied. */
    static final List<String> TABLES = List.of("documents", "labels", "analysts", "sources", "attributes", "attribute_choices",
            "link_types", "link_type_ends", "custom_fields", "annotations", "tag_values", "article_codes", "links",
            "document_fields", "link_rejections", "suggestion_rejections", "article_status", "adjudication_decisions", "adjudication_position");
    private static final int BATCH = 1000;

    private ProjectCopy() {
    }

    /** What a copy moved: rows per table, for the command's report. */
    public record Copied(Map<String, Integer> rows) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int of(String table) {
            return rows.getOrDefault(table, 0);
        }
    }

    /** Copies the project file into the team project at {@code address} (made by {@code team init}, or made here). */
    public static Copied push(Path file, ServerAddress address, char[] password) throws ProjectRefusedException {
        String name = file.getFileName().toString();
        try (SqliteProject source = (SqliteProject) new SqliteProjectStores().openReadOnly(file)) {
            // a file opened for reading is not upgraded: an older one is pushed after it was opened once for writing
            if (source.schemaVersion() != Schema.currentVersion()) {
                throw new ProjectRefusedException(name + " must be of the current format to be pushed.");
            }
            try {
                PostgresTeam.init(address, password);
            } catch (ProjectRefusedException alreadyOne) {
                // a team project already: it must be empty, checked below
            }
            try (Connection to = PostgresDatabase.connect(address, PostgresDatabase.properties(address, password))) {
                if (!PostgresTeam.exists(to, "project_format")) {
                    throw new ProjectRefusedException(address.displayName() + " is not a team project and could not be made one.");
                }
                if (count(to, "documents") > 0 || count(to, "annotations") > 0) {
                    throw new ProjectRefusedException(address.displayName() + " already holds articles: push copies into an empty"
                            + " team project only. Nothing was changed.");
                }
                return source.database().inSnapshot(() -> pushInto(source, to));
            } catch (SQLException e) {
                throw new ProjectRefusedException("Cannot push " + name + " to " + address.displayName() + ": "
                        + SqliteErrors.firstLine(e) + ". Nothing was changed.", e);
            }
        }
    }

    private static Copied pushInto(SqliteProject source, Connection to) throws SQLException {
        Map<String, String> logins = logins(to);
        Map<String, Integer> rows = new HashMap<>();
        to.setAutoCommit(false);
        try (Statement s = to.createStatement()) {
            for (String t : TABLES) {
                // the tables' own triggers (ids, counts, notices) are not needed for a whole copy: they are rebuilt below
                s.execute("ALTER TABLE " + SqlNames.table(t) + " DISABLE TRIGGER USER");
            }
            for (String t : reversed(TABLES)) {
                s.execute("DELETE FROM " + SqlNames.table(t));
            }
            s.execute("DELETE FROM tag_counts");
            s.execute("DELETE FROM corpus_index");
            source.database().read(from -> {
                for (String t : TABLES) {
                    rows.put(t, copyTable(from, to, t));
                }
                for (Map.Entry<String, Long> e : sqliteCounters(from).entrySet()) {
                    if (PostgresSchema.WITH_IDS.contains(e.getKey())) {
                        setCounter(to, e.getKey(), e.getValue());
                    }
                }
                return null;
            });
            for (String t : PostgresSchema.WITH_IDS) {
                setCounter(to, t, max(to, t));
            }
            for (String t : TABLES) {
                s.execute("ALTER TABLE " + SqlNames.table(t) + " ENABLE TRIGGER USER");
            }
            s.execute("INSERT INTO tag_counts (document_id, analyst_id, label_id, n) SELECT document_id, analyst_id, label_id,"
                    + " count(*) FROM annotations GROUP BY document_id, analyst_id, label_id");
            indexAll(to);
            restoreLogins(to, logins);
            to.commit();
        } catch (SQLException | RuntimeException e) {
            to.rollback();
            throw e;
        }
        return new Copied(rows);
    }

    /** A new project file with everything of the team project at {@code address}, as of one moment. */
    public static Copied pull(ServerAddress address, char[] password, Path file) throws ProjectRefusedException {
        String name = file.getFileName().toString();
        SqliteProjectStores files = new SqliteProjectStores();
        try (PostgresDatabase from = PostgresProjectStores.connect(address, password, true)) {
            ProjectStore created = files.create(file);
            boolean ok = false;
            try {
                SqliteDatabase to = ((SqliteProject) created).database();
                Copied copied = from.inSnapshot(() -> from.read(c -> to.inTransaction(() -> to.read(t -> pullInto(c, t)))));
                ok = true;
                created.close();
                return copied;
            } catch (RuntimeException e) {
                throw new ProjectRefusedException("Cannot pull " + address.displayName() + " into " + name + ": " + e.getMessage()
                        + " Nothing was written.", e);
            } finally {
                if (!ok) {
                    files.discardCreated(created);
                }
            }
        }
    }

    private static Copied pullInto(Connection from, Connection to) throws SQLException {
        Map<String, Integer> rows = new HashMap<>();
        try (Statement s = to.createStatement()) {
            for (String t : reversed(TABLES)) {
                s.execute("DELETE FROM " + SqlNames.table(t));
            }
            s.execute("DELETE FROM tag_counts");
            s.execute("DELETE FROM corpus_index");
            for (String t : TABLES) {
                rows.put(t, copyTable(from, to, t));
            }
            s.execute("INSERT INTO corpus_index(rowid, text) SELECT id, text FROM documents");
            s.execute("DELETE FROM sqlite_sequence");
        }
        // the server's counters, so the file never gives an id the team project gave out
        try (PreparedStatement ps = from.prepareStatement("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'");
             ResultSet rs = ps.executeQuery();
             PreparedStatement put = to.prepareStatement("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)")) {
            while (rs.next()) {
                String table = rs.getString(1).replaceFirst("_id_seq$", "");
                long last = Math.max(rs.getLong(2), max(to, table));
                if (PostgresSchema.WITH_IDS.contains(table) && !table.equals("documents") && last > 0) {
                    put.setString(1, table);
                    put.setLong(2, last);
                    put.executeUpdate();
                }
            }
        }
        return new Copied(rows);
    }

    /** Copies the columns both sides have, row by row in batches; returns the number of rows. */
    private static int copyTable(Connection from, Connection to, String table) throws SQLException {
        List<String> theirs = columns(from, table);
        Set<String> ours = new LinkedHashSet<>(columns(to, table));
        List<String> shared = theirs.stream().filter(ours::contains).toList();
        String cols = SqlNames.columns(shared);
        String marks = String.join(", ", shared.stream().map(x -> "?").toList());
        int n = 0;
        try (PreparedStatement read = from.prepareStatement("SELECT " + SqlNames.made(cols) + " FROM " + SqlNames.table(table));
             PreparedStatement write = to.prepareStatement("INSERT INTO " + SqlNames.table(table) + " (" + SqlNames.made(cols) + ") VALUES (" + SqlNames.made(marks) + ")")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= shared.size(); i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.addBatch();
                    if (++n % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return n;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + SqlNames.table(table) + " WHERE 1 = 0"); ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData m = rs.getMetaData();
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                out.add(m.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return out;
        }
    }

    private static Map<String, Long> sqliteCounters(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, seq FROM sqlite_sequence"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** Moves the table's id sequence to at least {@code value}, never back. */
    private static void setCounter(Connection to, String table, long value) throws SQLException {
        if (value <= 0) {
            return;
        }
        try (PreparedStatement ps = to.prepareStatement("SELECT setval(?, greatest(?, (SELECT coalesce(last_value, 0) FROM pg_sequences"
                + " WHERE schemaname = 'public' AND sequencename = ?)))")) {
            ps.setString(1, table + "_id_seq");
            ps.setLong(2, value);
            ps.setString(3, table + "_id_seq");
            ps.executeQuery().close();
        }
    }

    private static long max(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + SqlNames.table(table)); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + SqlNames.table(table)); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void indexAll(Connection to) throws SQLException {
        try (PreparedStatement ps = to.prepareStatement("SELECT id, text FROM documents"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                CorpusIndexRows.add(Dialect.POSTGRES, to, rs.getLong(1), rs.getString(2));
            }
        }
    }

    /** Logins given before the push (team add-analyst) stay with the analysts of those names. */
    private static Map<String, String> logins(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, login FROM analysts WHERE login IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static void restoreLogins(Connection c, Map<String, String> logins) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE analysts SET login = ? WHERE name = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO analysts(id, name, login) VALUES"
                     + " (nextval('analysts_id_seq'), ?, ?)")) {
            for (Map.Entry<String, String> e : logins.entrySet()) {
                update.setString(1, e.getValue());
                update.setString(2, e.getKey());
                if (update.executeUpdate() == 0) {
                    insert.setString(1, e.getKey());
                    insert.setString(2, e.getValue());
                    insert.executeUpdate();
                }
            }
        }
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }
}
