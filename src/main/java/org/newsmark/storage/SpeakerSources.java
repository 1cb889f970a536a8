package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;

/**
 * Migration 6's conversion: the default codebook's text attribute "speaker" of "attributed
 * opinion" becomes a source attribute. Each distinct speaker (accents, case and punctuation aside)
 * becomes one source, named as first written, of the kind the tag's "speaker type" gives when it
 * is a kind, else a named person; each value then holds its source's id. Runs in the migration's
 * transaction, after the backup every migration makes.
 */
final class SpeakerSources {

    private SpeakerSources() {
    }

    static void convert(Connection c) throws SQLException {
        Long speaker = attribute(c, "speaker", "text");
        if (speaker == null) {
            return;
        }
        Long speakerType = attribute(c, "speaker type", "choice");
        Map<Long, String> values = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, value FROM tag_values WHERE attribute_id = ?"
                + " ORDER BY annotation_id, position")) {
            ps.setLong(1, speaker);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        Map<Long, SourceKind> kinds = kinds(c, speakerType);
        Map<String, Source> byKey = new HashMap<>();
        Instant now = Instant.now();
        try (PreparedStatement update = c.prepareStatement("UPDATE tag_values SET value = ? WHERE annotation_id = ? AND attribute_id = ?")) {
            for (Map.Entry<Long, String> e : values.entrySet()) {
                String name = e.getValue().strip();
                SourceKind kind = kinds.getOrDefault(e.getKey(), SourceKind.NAMED_PERSON);
                Source s = byKey.get(SourceRows.key(name));
                if (s == null) {
                    s = SourceRows.insert(c, new Source(0, name, kind, "", "", now));
                    byKey.put(SourceRows.key(name), s);
                }
                update.setString(1, s.valueId());
                update.setLong(2, e.getKey());
                update.setLong(3, speaker);
                update.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE attributes SET type = 'source', definition = ? WHERE id = ?")) {
            ps.setString(1, "Who holds the opinion: one of the project's sources.");
            ps.setLong(2, speaker);
            ps.executeUpdate();
        }
    }

    /** The attribute of that name and type on the label "attributed opinion", or null. */
    private static Long attribute(Connection c, String name, String type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM attributes a JOIN labels l ON l.id = a.label_id"
                + " WHERE l.name = 'attributed opinion' AND a.name = ? AND a.type = ?")) {
            ps.setString(1, name);
            ps.setString(2, type);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Map<Long, SourceKind> kinds(Connection c, Long speakerType) throws SQLException {
        Map<Long, SourceKind> out = new HashMap<>();
        if (speakerType == null) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT annotation_id, value FROM tag_values WHERE attribute_id = ?")) {
            ps.setLong(1, speakerType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long tag = rs.getLong(1);
                    SourceKind.parse(rs.getString(2)).ifPresent(k -> out.put(tag, k));
                }
            }
        }
        return out;
    }
}
