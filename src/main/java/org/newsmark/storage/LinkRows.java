package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;

/** Reads and writes link types, their ends and links on a connection (used by migrations too). */
final class LinkRows {

    private LinkRows() {
    }

    static List<LinkType> types(Connection c) throws SQLException {
        Map<Long, List<Long>> from = new LinkedHashMap<>();
        Map<Long, List<Long>> to = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.link_type_id, e.end_kind, e.label_id FROM link_type_ends e"
                + " LEFT JOIN labels l ON l.id = e.label_id ORDER BY e.link_type_id, l.position, e.label_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                (rs.getString(2).equals("from") ? from : to).computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(3));
            }
        }
        List<LinkType> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, definition FROM link_types ORDER BY position, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new LinkType(id, rs.getString(2), from.getOrDefault(id, List.of()), to.getOrDefault(id, List.of()),
                        rs.getString(3)));
            }
        }
        return out;
    }

    static LinkType insertType(Connection c, LinkType t) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_types(name, definition, position)"
                + " VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM link_types))", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, t.name());
            ps.setString(2, t.definition());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        LinkType saved = t.withId(id);
        writeEnds(c, saved);
        return saved;
    }

    /** Replaces the ends of {@code t} (by its id) with its from and to labels. */
    static void writeEnds(Connection c, LinkType t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM link_type_ends WHERE link_type_id = ?")) {
            ps.setLong(1, t.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_type_ends(link_type_id, end_kind, label_id) VALUES (?, ?, ?)")) {
            for (String end : List.of("from", "to")) {
                for (long label : end.equals("from") ? t.fromLabels() : t.toLabels()) {
                    ps.setLong(1, t.id());
                    ps.setString(2, end);
                    ps.setLong(3, label);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** A link from a row of id, document_id, analyst_id, type_id, from_id, to_id, created_at. */
    static Link link(ResultSet rs) throws SQLException {
        return new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                Instant.parse(rs.getString(7)));
    }

    /** Deletes the links that start or end at the tag; returns how many. */
    static int deleteTouching(Connection c, long tagId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM links WHERE from_id = ? OR to_id = ?")) {
            ps.setLong(1, tagId);
            ps.setLong(2, tagId);
            return ps.executeUpdate();
        }
    }
}
