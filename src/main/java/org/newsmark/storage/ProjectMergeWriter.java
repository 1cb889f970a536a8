package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.TextHash;

/**
 * Writes what a merge brings in (documents, labels, analysts, their tags) in ONE transaction,
 * so a failure anywhere leaves the project exactly as it was. The service decides what to
 * bring and under which names; this class only resolves names and hashes to ids.
 */
public final class ProjectMergeWriter {

    public record NewDocument(String title, String sourceName, String text) {
    }

    public record NewLabel(String name, String color, String definition) {
    }

    /** A tag of the other project, pointing at its document, label and (new) analyst by key, not id. */
    public record IncomingTag(String documentSha256, String labelName, String analystName, Annotation annotation) {
    }

    public record Plan(List<NewDocument> documents, List<NewLabel> labels, List<String> analysts, List<IncomingTag> tags) {
    }

    /** Counts of rows written; tags already present (same analyst, label and span) are skipped. */
    public record Written(int documents, int labels, int analysts, int tags) {
    }

    private ProjectMergeWriter() {
    }

    /** {@code afterAnalyst} is told each analyst whose tags are written (progress; tests use it to fail midway). */
    public static Written write(Project project, Plan plan, Consumer<String> afterAnalyst) {
        return project.database().transaction(c -> {
            Instant now = Instant.now();
            for (NewDocument d : plan.documents()) {
                update(c, "INSERT INTO documents(title, source_name, imported_at, text, sha256, length) VALUES (?,?,?,?,?,?)",
                        d.title(), d.sourceName(), now.toString(), d.text(), TextHash.sha256(d.text()), d.text().length());
            }
            for (NewLabel l : plan.labels()) {
                update(c, "INSERT INTO labels(name, color, shortcut, definition, position) "
                        + "VALUES (?, ?, NULL, ?, (SELECT coalesce(max(position), -1) + 1 FROM labels))",
                        l.name(), l.color(), l.definition() == null ? "" : l.definition());
            }
            int analysts = 0;
            for (String name : plan.analysts()) {
                analysts += update(c, "INSERT OR IGNORE INTO analysts(name) VALUES (?)", name);
            }
            Map<String, Long> documentIds = ids(c, "SELECT sha256, id FROM documents");
            Map<String, Long> labelIds = ids(c, "SELECT name, id FROM labels");
            Map<String, Long> analystIds = ids(c, "SELECT name, id FROM analysts");
            int tags = 0;
            String current = null;
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO annotations(document_id, analyst_id, label_id,"
                    + " begin_utf16, end_utf16, note, fragment_group, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                for (IncomingTag t : plan.tags()) {
                    if (current != null && !current.equals(t.analystName())) {
                        afterAnalyst.accept(current);
                    }
                    current = t.analystName();
                    Annotation a = t.annotation();
                    ps.setLong(1, require(documentIds, t.documentSha256(), "document"));
                    ps.setLong(2, require(analystIds, t.analystName(), "analyst"));
                    ps.setLong(3, require(labelIds, t.labelName(), "label"));
                    ps.setInt(4, a.begin());
                    ps.setInt(5, a.end());
                    ps.setString(6, a.note());
                    ps.setString(7, a.fragmentGroup());
                    ps.setString(8, a.created().toString());
                    ps.setString(9, a.updated().toString());
                    tags += ps.executeUpdate();
                }
            }
            if (current != null) {
                afterAnalyst.accept(current);
            }
            return new Written(plan.documents().size(), plan.labels().size(), analysts, tags);
        });
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static Map<String, Long> ids(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long require(Map<String, Long> ids, String key, String what) throws SQLException {
        Long id = ids.get(key);
        if (id == null) {
            throw new SQLException("merge: no " + what + " " + key);
        }
        return id;
    }
}
