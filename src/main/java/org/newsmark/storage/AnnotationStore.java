package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsmark.domain.Annotation;

/** Tags. Each method is one committed statement unless it runs inside {@link ProjectDatabase#transaction}. */
public final class AnnotationStore {

    private static final String INSERT = "INSERT INTO annotations(" + Rows.ANNOTATION_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ProjectDatabase db;

    public AnnotationStore(ProjectDatabase db) {
        this.db = db;
    }

    /** Inserts {@code a}; keeps its id when it has one (undoing a delete), else assigns one. */
    public Annotation insert(Annotation a) {
        return db.run(c -> insert(c, a));
    }

    /** The same insert on a connection the caller holds in a transaction (imports). */
    public static Annotation insert(Connection c, Annotation a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            if (a.id() > 0) {
                ps.setLong(1, a.id());
            } else {
                ps.setNull(1, java.sql.Types.INTEGER);
            }
            ps.setLong(2, a.documentId());
            ps.setLong(3, a.analystId());
            ps.setLong(4, a.labelId());
            ps.setInt(5, a.begin());
            ps.setInt(6, a.end());
            ps.setString(7, a.note());
            ps.setString(8, a.fragmentGroup());
            ps.setString(9, a.created().toString());
            ps.setString(10, a.updated().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return a.withId(keys.getLong(1));
            }
        }
    }

    /**
     * Deletes {@code deleteIds} and inserts {@code inserts} in one transaction: all or nothing.
     * For compound edits (accept all matches) and their undo.
     */
    public List<Annotation> applyBatch(List<Long> deleteIds, List<Annotation> inserts) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
                for (long id : deleteIds) {
                    ps.setLong(1, id);
                    requireOne(ps.executeUpdate(), id);
                }
            }
            List<Annotation> saved = new ArrayList<>(inserts.size());
            for (Annotation a : inserts) {
                saved.add(insert(c, a));
            }
            return saved;
        });
    }

    /** Writes label, span and note of an existing annotation. */
    public void update(Annotation a) {
        db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE annotations SET label_id = ?, begin_utf16 = ?, end_utf16 = ?, note = ?, updated_at = ? WHERE id = ?")) {
                ps.setLong(1, a.labelId());
                ps.setInt(2, a.begin());
                ps.setInt(3, a.end());
                ps.setString(4, a.note());
                ps.setString(5, a.updated().toString());
                ps.setLong(6, a.id());
                requireOne(ps.executeUpdate(), a.id());
                return null;
            }
        });
    }

    public void delete(long id) {
        db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
                ps.setLong(1, id);
                requireOne(ps.executeUpdate(), id);
                return null;
            }
        });
    }

    private static void requireOne(int changed, long id) throws SQLException {
        if (changed != 1) {
            throw new SQLException("annotation " + id + " no longer exists");
        }
    }

    public Optional<Annotation> find(long id) {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotations WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Rows.annotation(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The annotations of one document, of one analyst or (analystId null) all, in text order. */
    public List<Annotation> forDocument(long documentId, Long analystId) {
        List<Annotation> out = new ArrayList<>();
        forEach(documentId, analystId, out::add);
        return out;
    }

    /**
     * Streams annotations in (document, begin, end) order without holding them all; either
     * filter may be null for "all". Used by exports of millions of rows.
     */
    public void forEach(Long documentId, Long analystId, Consumer<Annotation> sink) {
        db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotations"
                    + " WHERE (?1 IS NULL OR document_id = ?1) AND (?2 IS NULL OR analyst_id = ?2)"
                    + " ORDER BY document_id, begin_utf16, end_utf16, id")) {
                ps.setObject(1, documentId);
                ps.setObject(2, analystId);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(Rows.annotation(rs));
                    }
                }
                return null;
            }
        });
    }

    /** Whether another annotation has the same document, analyst, label and span (the UNIQUE key). */
    public boolean hasTwin(Annotation a) {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM annotations WHERE document_id = ? AND analyst_id = ?"
                    + " AND label_id = ? AND begin_utf16 = ? AND end_utf16 = ? AND id <> ?")) {
                ps.setLong(1, a.documentId());
                ps.setLong(2, a.analystId());
                ps.setLong(3, a.labelId());
                ps.setInt(4, a.begin());
                ps.setInt(5, a.end());
                ps.setLong(6, a.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** How many annotations {@link #forEach} would stream for these filters. */
    public long count(Long documentId, Long analystId) {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM annotations"
                    + " WHERE (?1 IS NULL OR document_id = ?1) AND (?2 IS NULL OR analyst_id = ?2)")) {
                ps.setObject(1, documentId);
                ps.setObject(2, analystId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** label id → number of tags, for one document and analyst. */
    public Map<Long, Integer> countsByLabel(long documentId, long analystId) {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT label_id, count(*) FROM annotations WHERE document_id = ? AND analyst_id = ? GROUP BY label_id")) {
                ps.setLong(1, documentId);
                ps.setLong(2, analystId);
                Map<Long, Integer> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getInt(2));
                    }
                }
                return out;
            }
        });
    }

    /** analyst id → number of tags in the document. */
    public Map<Long, Integer> countsByAnalyst(long documentId) {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT analyst_id, count(*) FROM annotations WHERE document_id = ? GROUP BY analyst_id")) {
                ps.setLong(1, documentId);
                Map<Long, Integer> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getInt(2));
                    }
                }
                return out;
            }
        });
    }

    /** Analyst ids that have at least one tag in the document. */
    public List<Long> analystsOf(long documentId) {
        return db.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT analyst_id FROM annotations WHERE document_id = ? ORDER BY analyst_id")) {
                ps.setLong(1, documentId);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }
}
