package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.sql.ResultSet;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.DefaultCodebook;
import org.newsmark.domain.Label;

/** Writes the default codebook into a new project. */
final class DefaultLabels {

    private DefaultLabels() {
    }

    static void insert(Connection c) throws SQLException {
        List<Label> labels = DefaultCodebook.labels();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO labels(name, color, shortcut, definition, position) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < labels.size(); i++) {
                Label l = labels.get(i);
                ps.setString(1, l.name());
                ps.setString(2, l.color());
                ps.setString(3, l.key());
                ps.setString(4, l.definition());
                ps.setInt(5, i);
                ps.executeUpdate();
            }
        }
    }

    /**
     * The default codebook's attributes on each default label the project has (by name), and its
     * article codes; a name the project already declares is left as it is.
     */
    static void insertAttributes(Connection c) throws SQLException {
        List<Attribute> existing = AttributeRows.all(c);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM labels ORDER BY position, id");
             ResultSet rs = ps.executeQuery()) {
            List<Attribute> wanted = new java.util.ArrayList<>();
            while (rs.next()) {
                long label = rs.getLong(1);
                for (Attribute a : DefaultCodebook.attributesFor(rs.getString(2))) {
                    wanted.add(a.withLabel(label));
                }
            }
            wanted.addAll(DefaultCodebook.articleCodes());
            for (Attribute a : wanted) {
                boolean declared = existing.stream().anyMatch(e -> java.util.Objects.equals(e.labelId(), a.labelId())
                        && e.name().equals(a.name()));
                if (!declared) {
                    // this runs at format 4, before the type "source" exists: migration 6 turns such a text into a source
                    AttributeRows.insert(c, a.type() == org.newsmark.domain.AttributeType.SOURCE ? asText(a) : a);
                }
            }
        }
    }

    /**
     * The default codebook's link types whose end labels the project has (by name), each end
     * limited to the labels it has; a type whose name the project already declares is left as it is.
     */
    static void insertLinkTypes(Connection c) throws SQLException {
        java.util.Map<String, Long> labels = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM labels"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                labels.put(rs.getString(2), rs.getLong(1));
            }
        }
        java.util.Set<String> declared = new java.util.HashSet<>();
        LinkRows.types(c).forEach(t -> declared.add(t.name()));
        for (org.newsmark.domain.LinkType.Declared d : DefaultCodebook.linkTypes()) {
            List<Long> from = d.fromLabels().stream().filter(labels::containsKey).map(labels::get).toList();
            List<Long> to = d.toLabels().stream().filter(labels::containsKey).map(labels::get).toList();
            if (from.isEmpty() || to.isEmpty() || declared.contains(d.name())) {
                continue;
            }
            LinkRows.insertType(c, new org.newsmark.domain.LinkType(0, d.name(), from, to, d.definition()));
        }
    }

    private static Attribute asText(Attribute a) {
        return new Attribute(a.id(), a.labelId(), a.name(), org.newsmark.domain.AttributeType.TEXT, a.choices(), a.required(), a.definition());
    }
}
