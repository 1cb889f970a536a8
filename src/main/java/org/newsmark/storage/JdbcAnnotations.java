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
import org.newsmark.domain.anchor.Outcome;
import org.newsmark.service.port.AnnotationRepository;

/** Tags in the {@code annotations} table. */
final class JdbcAnnotations implements AnnotationRepository {

    private static final String INSERT = "INSERT INTO annotations(" + Rows.ANNOTATION_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_OR_IGNORE = "INSERT INTO annotations(" + Rows.ANNOTATION_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final Database db;
    /** Whether the file has the values table (a read-only session may see an older format without it). */
    private final boolean values;
    /** Whether the file has the links table: a deleted tag takes its links with it. */
    private final boolean links;
    /** Whether the file has the review column of article versions. */
    private final boolean reviews;

    JdbcAnnotations(Database db, int schemaVersion) {
        this.db = db;
        this.values = schemaVersion >= Schema.CODEBOOK_FROM;
        this.links = schemaVersion >= Schema.LINKS_FROM;
        this.reviews = schemaVersion >= Schema.VERSIONS_FROM;
    }

    @Override
    public void setReview(long id, Outcome reason) {
        if (!reviews) {
            throw new IllegalStateException("this project's format keeps no review list of article versions");
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE annotations SET review = ? WHERE id = ?")) {
                ps.setString(1, reason == null ? null : reason.name().toLowerCase(java.util.Locale.ROOT));
                ps.setLong(2, id);
                requireOne(ps.executeUpdate(), id);
                return null;
            }
        });
    }

    @Override
    public Map<Long, Outcome> reviews(long documentId) {
        if (!reviews) {
            return Map.of();
        }
        return db.read(c -> {
            Map<Long, Outcome> out = new java.util.LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, review FROM annotations WHERE document_id = ? AND review IS NOT NULL ORDER BY begin_utf16, end_utf16, id")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), Outcome.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Annotation insert(Annotation a) {
        return db.write(c -> requireInserted(insert(c, a, INSERT), a));
    }

    /** A tag with values is written in one transaction with them (the caller's, or its own). */
    private Annotation withValues(Connection c, Annotation saved) throws SQLException {
        if (saved != null && !saved.attributes().isEmpty()) {
            TagValueRows.write(c, saved.id(), saved.attributes());
        }
        return saved;
    }

    @Override
    public boolean insertIfAbsent(Annotation a) {
        return db.write(c -> insert(c, a.withId(0), INSERT_OR_IGNORE) != null);
    }

    /** The inserted tag with its id, or null when OR IGNORE skipped it. */
    private Annotation insert(Connection c, Annotation a, String sql) throws SQLException {
        return withValues(c, insertRow(c, a, sql));
    }

    private static Annotation insertRow(Connection c, Annotation a, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
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
            if (ps.executeUpdate() == 0) {
                return null;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return a.withId(keys.getLong(1));
            }
        }
    }

    @Override
    public List<Annotation> applyBatch(List<Long> deleteIds, List<Annotation> inserts) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
                for (long id : deleteIds) {
                    if (values) {
                        TagValueRows.delete(c, id);
                    }
                    if (links) {
                        LinkRows.deleteTouching(c, id);
                    }
                    ps.setLong(1, id);
                    requireOne(ps.executeUpdate(), id);
                }
            }
            List<Annotation> saved = new ArrayList<>(inserts.size());
            for (Annotation a : inserts) {
                saved.add(requireInserted(insert(c, a, INSERT), a));
            }
            return saved;
        });
    }

    @Override
    public void update(Annotation a) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE annotations SET label_id = ?, begin_utf16 = ?, end_utf16 = ?, note = ?, updated_at = ? WHERE id = ?")) {
                ps.setLong(1, a.labelId());
                ps.setInt(2, a.begin());
                ps.setInt(3, a.end());
                ps.setString(4, a.note());
                ps.setString(5, a.updated().toString());
                ps.setLong(6, a.id());
                requireOne(ps.executeUpdate(), a.id());
                if (values) {
                    TagValueRows.write(c, a.id(), a.attributes());
                }
                return null;
            }
        });
    }

    @Override
    public void delete(long id) {
        db.write(c -> {
            if (values) {
                TagValueRows.delete(c, id);
            }
            if (links) {
                LinkRows.deleteTouching(c, id);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM annotations WHERE id = ?")) {
                ps.setLong(1, id);
                requireOne(ps.executeUpdate(), id);
                return null;
            }
        });
    }

    /** A write the database silently did not do (a planted trigger could): never report it as saved. */
    private static void requireOne(int changed, long id) throws SQLException {
        if (changed != 1) {
            throw new SQLException("annotation " + id + " no longer exists");
        }
    }

    private static Annotation requireInserted(Annotation saved, Annotation wanted) throws SQLException {
        if (saved == null) {
            throw new SQLException("the database did not store the tag at " + wanted.span());
        }
        return saved;
    }

    @Override
    public Optional<Annotation> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotations WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Annotation a = Rows.annotation(rs);
                    return Optional.of(values ? a.withAttributes(TagValueRows.ofTag(c, id), a.updated()) : a);
                }
            }
        });
    }

    @Override
    public List<Annotation> forDocument(long documentId, Long analystId) {
        List<Annotation> out = new ArrayList<>();
        forEach(documentId, analystId, out::add);
        return out;
    }

    @Override
    public void forEach(Long documentId, Long analystId, Consumer<Annotation> sink) {
        db.read(c -> {
            OptionalKeys keys = OptionalKeys.of("document_id", documentId).and("analyst_id", analystId);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotations"
                    + keys.where() + " ORDER BY document_id, begin_utf16, end_utf16, id")) {
                keys.bind(ps, 1);
                ps.setFetchSize(1000);
                // values are read a document at a time, as the rows reach it; a project without any reads none
                boolean anyValues = values && TagValueRows.any(c);
                long valuesOf = -1;
                Map<Long, org.newsmark.domain.AttributeValues> documentValues = Map.of();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Annotation a = Rows.annotation(rs);
                        if (anyValues) {
                            if (a.documentId() != valuesOf) {
                                valuesOf = a.documentId();
                                documentValues = TagValueRows.ofDocument(c, valuesOf, analystId);
                            }
                            org.newsmark.domain.AttributeValues v = documentValues.get(a.id());
                            if (v != null) {
                                a = a.withAttributes(v, a.updated());
                            }
                        }
                        sink.accept(a);
                    }
                }
                return null;
            }
        });
    }

    @Override
    public List<Annotation> withLabel(long labelId) {
        return db.read(c -> {
            List<Annotation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotations WHERE label_id = ?"
                    + " ORDER BY document_id, begin_utf16, end_utf16, id")) {
                ps.setLong(1, labelId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Rows.annotation(rs));
                    }
                }
            }
            if (!values) {
                return out;
            }
            List<Annotation> valued = new ArrayList<>(out.size());
            for (Annotation a : out) {
                valued.add(a.withAttributes(TagValueRows.ofTag(c, a.id()), a.updated()));
            }
            return valued;
        });
    }

    @Override
    public Optional<Annotation> findTwin(Annotation a) {
        Optional<Long> id = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM annotations WHERE document_id = ? AND analyst_id = ?"
                    + " AND label_id = ? AND begin_utf16 = ? AND end_utf16 = ? AND id <> ?")) {
                ps.setLong(1, a.documentId());
                ps.setLong(2, a.analystId());
                ps.setLong(3, a.labelId());
                ps.setInt(4, a.begin());
                ps.setInt(5, a.end());
                ps.setLong(6, a.id());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
        return id.flatMap(this::find);
    }

    @Override
    public boolean hasTwin(Annotation a) {
        return db.read(c -> {
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

    @Override
    public long count(Long documentId, Long analystId) {
        return db.read(c -> {
            OptionalKeys keys = OptionalKeys.of("document_id", documentId).and("analyst_id", analystId);
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM annotations" + keys.where())) {
                keys.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Map<Long, Integer> countsByLabel(long documentId, long analystId) {
        return countsBy("SELECT label_id, count(*) FROM annotations WHERE document_id = ? AND analyst_id = ? GROUP BY label_id",
                documentId, analystId);
    }

    @Override
    public Map<Long, Integer> countsByAnalyst(long documentId) {
        return countsBy("SELECT analyst_id, count(*) FROM annotations WHERE document_id = ? GROUP BY analyst_id", documentId);
    }

    private Map<Long, Integer> countsBy(String sql, Object... keys) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < keys.length; i++) {
                    ps.setObject(i + 1, keys[i]);
                }
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

    @Override
    public List<Long> analystsOf(long documentId) {
        return db.read(c -> {
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
