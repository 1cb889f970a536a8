package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.service.port.LinkRepository;

/** Links ({@code links}) and their types ({@code link_types}, {@code link_type_ends}). */
final class JdbcLinks implements LinkRepository {

    private final Database db;
    /** Whether the file has these tables: a read-only session on an older format reads them as empty. */
    private final boolean present;

    JdbcLinks(Database db, int schemaVersion) {
        this.db = db;
        this.present = schemaVersion >= Schema.LINKS_FROM;
    }

    @Override
    public List<LinkType> types() {
        return present ? db.read(LinkRows::types) : List.of();
    }

    @Override
    public LinkType insertType(LinkType type) {
        return db.write(c -> LinkRows.insertType(c, type));
    }

    @Override
    public void setEnds(long typeId, List<Long> fromLabels, List<Long> toLabels) {
        db.write(c -> {
            LinkRows.writeEnds(c, new LinkType(typeId, "", fromLabels, toLabels, ""));
            return null;
        });
    }

    @Override
    public void updateType(LinkType type) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE link_types SET name = ?, definition = ? WHERE id = ?")) {
                ps.setString(1, type.name());
                ps.setString(2, type.definition());
                ps.setLong(3, type.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("link type " + type.id() + " no longer exists");
                }
            }
            LinkRows.writeEnds(c, type);
            return null;
        });
    }

    @Override
    public void deleteType(long typeId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM links WHERE type_id = ? LIMIT 1")) {
                ps.setLong(1, typeId);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new SQLException("link type " + typeId + " has links");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM link_type_ends WHERE link_type_id = ?")) {
                ps.setLong(1, typeId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM link_types WHERE id = ?")) {
                ps.setLong(1, typeId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Link> forDocument(long documentId, Long analystId) {
        return all(documentId, analystId);
    }

    @Override
    public List<Link> all(Long documentId, Long analystId) {
        if (!present) {
            return List.of();
        }
        OptionalKeys keys = OptionalKeys.of("document_id", documentId).and("analyst_id", analystId);
        return query("SELECT id, document_id, analyst_id, type_id, from_id, to_id, created_at FROM links" + keys.where()
                + " ORDER BY document_id, id", java.util.stream.Stream.of(documentId, analystId).filter(java.util.Objects::nonNull).toArray());
    }

    @Override
    public List<Link> touching(long tagId) {
        if (!present) {
            return List.of();
        }
        return query("SELECT id, document_id, analyst_id, type_id, from_id, to_id, created_at FROM links WHERE from_id = ? OR to_id = ? ORDER BY id", tagId, tagId);
    }

    private List<Link> query(String sql, Object... keys) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < keys.length; i++) {
                    ps.setObject(i + 1, keys[i]);
                }
                List<Link> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(LinkRows.link(rs));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public boolean hasTwin(Link l) {
        if (!present) {
            return false;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM links WHERE type_id = ? AND from_id = ? AND to_id = ? AND id <> ?")) {
                ps.setLong(1, l.typeId());
                ps.setLong(2, l.fromTagId());
                ps.setLong(3, l.toTagId());
                ps.setLong(4, l.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public Link insert(Link l) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO links(id, document_id, analyst_id, type_id, from_id, to_id, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                if (l.id() > 0) {
                    ps.setLong(1, l.id());
                } else {
                    ps.setNull(1, java.sql.Types.INTEGER);
                }
                ps.setLong(2, l.documentId());
                ps.setLong(3, l.analystId());
                ps.setLong(4, l.typeId());
                ps.setLong(5, l.fromTagId());
                ps.setLong(6, l.toTagId());
                ps.setString(7, l.created().toString());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("the database did not store the link from tag " + l.fromTagId() + " to " + l.toTagId());
                }
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return l.withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public void delete(long linkId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM links WHERE id = ?")) {
                ps.setLong(1, linkId);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("link " + linkId + " no longer exists");
                }
                return null;
            }
        });
    }

    @Override
    public long count(Long documentId, Long analystId) {
        if (!present) {
            return 0;
        }
        return db.read(c -> {
            OptionalKeys keys = OptionalKeys.of("document_id", documentId).and("analyst_id", analystId);
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM links" + keys.where())) {
                keys.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

}
