package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsmark.domain.Span;
import org.newsmark.domain.suggest.SuggestionKind;
import org.newsmark.domain.suggest.SuggestionRejection;
import org.newsmark.service.port.SuggestionRejectionRepository;

/** Suggestion rejections, on both backends (format 13); none before it. */
final class JdbcSuggestionRejections implements SuggestionRejectionRepository {

    private final Database db;
    private final boolean present;

    JdbcSuggestionRejections(Database db, int schemaVersion) {
        this.db = db;
        this.present = schemaVersion >= Schema.SUGGESTION_REJECTIONS_FROM;
    }

    @Override
    public List<SuggestionRejection> inDocument(long documentId, long analystId) {
        if (!present) {
            return List.of();
        }
        return db.read(c -> {
            List<SuggestionRejection> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kind, begin_utf16, end_utf16, text FROM suggestion_rejections"
                    + " WHERE document_id = ? AND analyst_id = ? ORDER BY begin_utf16, end_utf16, kind")) {
                ps.setLong(1, documentId);
                ps.setLong(2, analystId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // a kind this Newsmark does not know (a newer one's detector) rejects nothing it shows
                        SuggestionKind kind = SuggestionKind.named(rs.getString(1));
                        if (kind != null) {
                            out.add(new SuggestionRejection(documentId, analystId, kind, new Span(rs.getInt(2), rs.getInt(3)),
                                    rs.getString(4)));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<SuggestionRejection, Instant> allInDocument(long documentId) {
        if (!present) {
            return Map.of();
        }
        return db.read(c -> {
            Map<SuggestionRejection, Instant> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT analyst_id, kind, begin_utf16, end_utf16, text, rejected_at"
                    + " FROM suggestion_rejections WHERE document_id = ? ORDER BY analyst_id, begin_utf16, end_utf16, kind")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        SuggestionKind kind = SuggestionKind.named(rs.getString(2));
                        if (kind != null) {
                            out.put(new SuggestionRejection(documentId, rs.getLong(1), kind, new Span(rs.getInt(3), rs.getInt(4)),
                                    rs.getString(5)), Instant.parse(rs.getString(6)));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void reject(SuggestionRejection r, Instant at) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO suggestion_rejections(document_id, analyst_id, kind,"
                    + " begin_utf16, end_utf16, text, rejected_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                bind(ps, r);
                ps.setString(6, r.text());
                ps.setString(7, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void forget(SuggestionRejection r) {
        if (!present) {
            return;
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM suggestion_rejections WHERE document_id = ?"
                    + " AND analyst_id = ? AND kind = ? AND begin_utf16 = ? AND end_utf16 = ?")) {
                bind(ps, r);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void bind(PreparedStatement ps, SuggestionRejection r) throws SQLException {
        ps.setLong(1, r.documentId());
        ps.setLong(2, r.analystId());
        ps.setString(3, r.storedKind());
        ps.setInt(4, r.span().begin());
        ps.setInt(5, r.span().end());
    }
}
