package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.ComparePosition;
import org.newsmark.domain.Decision;
import org.newsmark.domain.IsoInstants;
import org.newsmark.domain.PairDecision;
import org.newsmark.domain.PairKey;
import org.newsmark.domain.PairSide;
import org.newsmark.domain.Span;
import org.newsmark.service.port.AdjudicationRepository;

/**
 * Decisions in {@code adjudication_decisions} (canonical: the lower analyst id as A) and the
 * compare window's last position in {@code adjudication_position} (one row). A file older than
 * format 3, open read-only, has neither table: it reads as having no decisions.
 */
final class JdbcAdjudications implements AdjudicationRepository {

    private static final String DECISION_COLUMNS = "document_id, analyst_a, analyst_b, label_a, begin_a, end_a, label_b, begin_b, end_b,"
            + " decision, consensus_id, decided_at";
    /** The pair's sides, compared null-safe: an empty side is NULL. */
    private static final String WHERE_PAIR = " WHERE analyst_a = ? AND analyst_b = ? AND document_id = ?"
            + " AND label_a IS NOT DISTINCT FROM ? AND begin_a IS NOT DISTINCT FROM ? AND end_a IS NOT DISTINCT FROM ?"
            + " AND label_b IS NOT DISTINCT FROM ? AND begin_b IS NOT DISTINCT FROM ? AND end_b IS NOT DISTINCT FROM ?";

    private final Database db;
    private final boolean present;

    JdbcAdjudications(Database db, int schemaVersion) {
        this.db = db;
        this.present = schemaVersion >= Schema.ADJUDICATION_FROM;
    }

    @Override
    public List<PairDecision> between(long analyst1, long analyst2) {
        if (!present) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DECISION_COLUMNS + " FROM adjudication_decisions"
                    + " WHERE analyst_a = ? AND analyst_b = ? ORDER BY document_id, id")) {
                ps.setLong(1, Math.min(analyst1, analyst2));
                ps.setLong(2, Math.max(analyst1, analyst2));
                List<PairDecision> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(decision(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<PairDecision> naming(long labelId) {
        if (!present) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DECISION_COLUMNS + " FROM adjudication_decisions"
                    + " WHERE label_a = ? OR label_b = ? ORDER BY document_id, id")) {
                ps.setLong(1, labelId);
                ps.setLong(2, labelId);
                List<PairDecision> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(decision(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<PairDecision> find(PairKey pair) {
        if (!present) {
            return Optional.empty();
        }
        PairKey key = pair.canonical();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DECISION_COLUMNS + " FROM adjudication_decisions" + WHERE_PAIR)) {
                bindPair(ps, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(decision(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void lockPair(PairKey pair) {
        if (!present || db.dialect() != Dialect.POSTGRES) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, lockKey(pair.canonical()));
                ps.executeQuery().close();
            }
            return null;
        });
    }

    /** The pair's advisory lock key: a 64-bit hash (two pairs sharing one only wait for each other). */
    static long lockKey(PairKey k) {
        long h = 0x4e4d_4144_4a00_0000L; // "NMADJ": keeps clear of keys other programs might take
        for (long x : new long[] {k.documentId(), k.analystA(), k.analystB()}) {
            h = h * 1_000_003L + x;
        }
        for (PairSide side : new PairSide[] {k.a(), k.b()}) {
            // spelled out, not hashCode(): every client, on any Java, must reach the same key
            h = side == null ? h * 1_000_003L - 1
                    : ((h * 1_000_003L + side.labelId()) * 1_000_003L + side.span().begin()) * 1_000_003L + side.span().end();
        }
        return h;
    }

    @Override
    public void put(PairDecision decision) {
        requirePresent();
        PairDecision d = decision.canonical();
        db.write(c -> {
            delete(c, d.pair());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjudication_decisions(" + DECISION_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, d.pair().documentId());
                ps.setLong(2, d.pair().analystA());
                ps.setLong(3, d.pair().analystB());
                bindSide(ps, 4, d.pair().a());
                bindSide(ps, 7, d.pair().b());
                ps.setString(10, d.decision().name());
                ps.setLong(11, d.consensusId());
                ps.setString(12, d.decidedAt().toString());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("the database did not store the decision");
                }
            }
            return null;
        });
    }

    @Override
    public void remove(PairKey pair) {
        requirePresent();
        PairKey key = pair.canonical();
        db.write(c -> delete(c, key));
    }

    private static int delete(Connection c, PairKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM adjudication_decisions" + WHERE_PAIR)) {
            bindPair(ps, key);
            return ps.executeUpdate();
        }
    }

    @Override
    public Optional<ComparePosition> position() {
        if (!present) {
            return Optional.empty();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT analyst_a, analyst_b, document_id, selected_document,"
                    + " label_a, begin_a, end_a, label_b, begin_b, end_b FROM adjudication_position WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long a = rs.getLong(1);
                long b = rs.getLong(2);
                Long scope = longOrNull(rs, 3);
                Long selectedDocument = longOrNull(rs, 4);
                PairSide sideA = side(rs, 5);
                PairSide sideB = side(rs, 8);
                PairKey selected = selectedDocument == null || (sideA == null && sideB == null) || a == b ? null
                        : new PairKey(selectedDocument, a, sideA, b, sideB);
                return Optional.of(new ComparePosition(a, b, scope, selected));
            }
        });
    }

    @Override
    public void savePosition(ComparePosition p) {
        requirePresent();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO adjudication_position(id, analyst_a,"
                    + " analyst_b, document_id, selected_document, label_a, begin_a, end_a, label_b, begin_b, end_b, saved_at)"
                    + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET analyst_a = excluded.analyst_a,"
                    + " analyst_b = excluded.analyst_b, document_id = excluded.document_id,"
                    + " selected_document = excluded.selected_document, label_a = excluded.label_a, begin_a = excluded.begin_a,"
                    + " end_a = excluded.end_a, label_b = excluded.label_b, begin_b = excluded.begin_b, end_b = excluded.end_b,"
                    + " saved_at = excluded.saved_at")) {
                ps.setLong(1, p.analystA());
                ps.setLong(2, p.analystB());
                ps.setObject(3, p.documentId());
                PairKey s = p.selected();
                ps.setObject(4, s == null ? null : s.documentId());
                bindSide(ps, 5, s == null ? null : s.a());
                bindSide(ps, 8, s == null ? null : s.b());
                ps.setString(11, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private void requirePresent() {
        if (!present) {
            // only a read-only session sees an old format, and it never writes
            throw new IllegalStateException("this project file predates adjudication decisions");
        }
    }

    private static void bindPair(PreparedStatement ps, PairKey k) throws SQLException {
        ps.setLong(1, k.analystA());
        ps.setLong(2, k.analystB());
        ps.setLong(3, k.documentId());
        bindSide(ps, 4, k.a());
        bindSide(ps, 7, k.b());
    }

    /** Label, begin, end at {@code at}, {@code at + 1}, {@code at + 2}; NULLs for an empty side. */
    private static void bindSide(PreparedStatement ps, int at, PairSide side) throws SQLException {
        if (side == null) {
            ps.setNull(at, Types.INTEGER);
            ps.setNull(at + 1, Types.INTEGER);
            ps.setNull(at + 2, Types.INTEGER);
        } else {
            ps.setLong(at, side.labelId());
            ps.setInt(at + 1, side.span().begin());
            ps.setInt(at + 2, side.span().end());
        }
    }

    private static PairDecision decision(ResultSet rs) throws SQLException {
        PairKey key = new PairKey(rs.getLong(1), rs.getLong(2), side(rs, 4), rs.getLong(3), side(rs, 7));
        return new PairDecision(key, Decision.valueOf(rs.getString(10)), rs.getLong(11), IsoInstants.parse(rs.getString(12)));
    }

    private static PairSide side(ResultSet rs, int at) throws SQLException {
        long label = rs.getLong(at);
        if (rs.wasNull()) {
            return null;
        }
        return new PairSide(label, new Span(rs.getInt(at + 1), rs.getInt(at + 2)));
    }

    private static Long longOrNull(ResultSet rs, int at) throws SQLException {
        long v = rs.getLong(at);
        return rs.wasNull() ? null : v;
    }
}
