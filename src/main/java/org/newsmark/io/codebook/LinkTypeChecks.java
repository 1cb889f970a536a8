package org.newsmark.io.codebook;

import java.util.List;

import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;
import org.newsmark.io.codebook.CodebookJsonReader.LabelDraft;
import org.newsmark.io.codebook.CodebookJsonReader.LinkTypeDraft;

/**
 * Reads one entry of {@code link_types} (version 2): {@code name}, {@code from} and {@code to}
 * (label names of the same file) and {@code definition}; only the name is required.
 */
final class LinkTypeChecks {

    static final List<String> LINK_TYPE_FIELDS = List.of("name", "from", "to", "definition");

    private LinkTypeChecks() {
    }

    static LinkTypeDraft linkType(JsonCursor in, String path, long line) throws ImportException {
        LinkTypeDraft d = new LinkTypeDraft();
        d.path = path;
        d.line = line;
        in.object(path, "a link type", LINK_TYPE_FIELDS, (field, p, l) -> {
            switch (field) {
                case "name" -> {
                    d.name = name(in, p, l);
                    d.nameLine = l;
                }
                case "from" -> ends(in, p, d.from, d.fromLines);
                case "to" -> ends(in, p, d.to, d.toLines);
                case "definition" -> {
                    String s = in.string(p);
                    d.definition = s == null ? "" : s;
                }
                default -> throw new IllegalStateException(field);
            }
        });
        if (d.name == null) {
            throw in.problem(line, path, "has no \"name\"; every link type needs one");
        }
        return d;
    }

    private static void ends(JsonCursor in, String path, List<String> names, List<Long> lines) throws ImportException {
        in.array(path, (i, ep, el) -> {
            String label = name(in, ep, el);
            int before = names.indexOf(label);
            if (before >= 0) {
                throw in.problem(el, ep, Names.shown(label) + " is already " + path + "[" + before + "]");
            }
            names.add(label);
            lines.add(el);
        });
    }

    static void distinct(JsonCursor in, LinkTypeDraft type, List<LinkTypeDraft> before) throws ImportException {
        for (LinkTypeDraft other : before) {
            if (other.name.equals(type.name)) {
                throw in.problem(type.nameLine, type.path + ".name", Names.shown(type.name)
                        + " is already the name of " + other.path + " (line " + other.nameLine + ")");
            }
        }
    }

    /** Every end names a label of the file (checked after all labels are read, as they may come after). */
    static void endsNameLabels(JsonCursor in, LinkTypeDraft type, List<LabelDraft> labels) throws ImportException {
        check(in, type, "from", type.from, type.fromLines, labels);
        check(in, type, "to", type.to, type.toLines, labels);
    }

    private static void check(JsonCursor in, LinkTypeDraft type, String end, List<String> names, List<Long> lines,
                              List<LabelDraft> labels) throws ImportException {
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (labels.stream().noneMatch(l -> l.name.equals(n))) {
                throw in.problem(lines.get(i), type.path + "." + end + "[" + i + "]", Names.shown(n)
                        + " is not a label of this file; link type " + Names.shown(type.name) + " can only join labels"
                        + " the file lists under \"labels\"");
            }
        }
    }

    private static String name(JsonCursor in, String path, long line) throws ImportException {
        String raw = in.string(path);
        if (raw == null) {
            throw in.problem(line, path, "must be a string in double quotes, not null");
        }
        try {
            return Names.label(raw);
        } catch (Names.InvalidNameException e) {
            throw in.problem(line, path, e.describe("").strip());
        }
    }
}
