package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.newsmark.domain.LinkRejection;
import org.newsmark.domain.Span;
import org.newsmark.service.port.LinkRejectionRepository;

/** Link rejections in SQLite (format 8); none before it. */
final class JdbcLinkRejections implements LinkRejectionRepository {

    private final Database db;
    private final boolean present;

    JdbcLinkRejections(Database db, int schemaVersion) {
        this.db = db;
        this.present = schemaVersion >= Schema.LINK_REJECTIONS_FROM;
    }

    @Override
    public Set<LinkRejection> inDocument(long documentId, long consensusId) {
        if (!present) {
            return Set.of();
        }
        return db.read(c -> {
            Set<LinkRejection> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT analyst_id, type_id, from_label, from_begin, from_end, to_label,"
                    + " to_begin, to_end FROM link_rejections WHERE document_id = ? AND consensus_id = ?")) {
                ps.setLong(1, documentId);
                ps.setLong(2, consensusId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LinkRejection(documentId, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                new Span(rs.getInt(4), rs.getInt(5)), rs.getLong(6), new Span(rs.getInt(7), rs.getInt(8)), consensusId));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void reject(LinkRejection r, Instant at) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_rejections(document_id, analyst_id, type_id,"
                    + " from_label, from_begin, from_end, to_label, to_begin, to_end, consensus_id, decided_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                bind(ps, r);
                ps.setString(11, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void forget(LinkRejection r) {
        if (!present) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM link_rejections WHERE document_id = ? AND analyst_id = ?"
                    + " AND type_id = ? AND from_label = ? AND from_begin = ? AND from_end = ? AND to_label = ? AND to_begin = ?"
                    + " AND to_end = ? AND consensus_id = ?")) {
                bind(ps, r);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, LinkRejection r) throws java.sql.SQLException {
        ps.setLong(1, r.documentId());
        ps.setLong(2, r.analystId());
        ps.setLong(3, r.typeId());
        ps.setLong(4, r.fromLabel());
        ps.setInt(5, r.from().begin());
        ps.setInt(6, r.from().end());
        ps.setLong(7, r.toLabel());
        ps.setInt(8, r.to().begin());
        ps.setInt(9, r.to().end());
        ps.setLong(10, r.consensusId());
    }
}
