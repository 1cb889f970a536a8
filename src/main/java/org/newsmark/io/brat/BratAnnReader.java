package org.newsmark.io.brat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsmark.domain.Names;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;

/**
 * Parses brat standoff {@code .ann} files. Imports {@code T} (text-bound) lines and {@code #}
 * notes, A lines (attributes), R lines (relations: an argument that is not a T line of the file
 * is refused with the line), E lines (events: a trigger that is not a T line, or an argument that
 * is neither a T nor an E line of the file, is refused with the line); counts M, N and * lines as skipped. Offsets stay code points as in the file.
 * Several notes on one target are joined with a newline. A T line whose type, read as a label
 * name, {@link Names} refuses (a control character, a text-hiding character, too long) is refused
 * here, naming the file and the line.
 */
public final class BratAnnReader {

    private static final String SKIPPED_KINDS = "MN*";

    private BratAnnReader() {
    }

    public static BratAnnFile read(Path annFile) throws ImportException {
        String name = annFile.getFileName().toString();
        return parse(StrictText.utf8(org.newsmark.io.ImportFiles.read(annFile, org.newsmark.io.ImportFiles.MAX_TABLE_BYTES), name), name);
    }

    public static BratAnnFile parse(String content, String fileName) throws ImportException {
        List<BratTextBound> textBounds = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        List<BratAttribute> attributes = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        List<BratRelation> relations = new ArrayList<>();
        List<BratEvent> events = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            long lineNo = i + 1L;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            char kind = line.charAt(0);
            if (kind == 'T') {
                textBounds.add(textBound(line, lineNo, fileName));
            } else if (kind == '#') {
                addNote(line, lineNo, fileName, notes);
            } else if (kind == 'A') {
                attributes.add(attribute(line, lineNo, fileName));
            } else if (kind == 'R') {
                relations.add(relation(line, lineNo, fileName));
            } else if (kind == 'E') {
                events.add(event(line, lineNo, fileName));
            } else if (SKIPPED_KINDS.indexOf(kind) >= 0) {
                int tab = line.indexOf('\t');
                skipped.add(new SkippedLine(lineNo, String.valueOf(kind), tab < 0 ? line : line.substring(0, tab)));
            } else {
                throw new ImportException(fileName, lineNo, "is not a brat annotation line (it must start with "
                        + "T, #, R, E, A, M, N or *): '" + shorten(line) + "'");
            }
        }
        for (BratAttribute a : attributes) {
            if (textBounds.stream().noneMatch(t -> t.id().equals(a.target()))) {
                throw new ImportException(fileName, a.line(), a.id() + " gives an attribute to " + a.target()
                        + ", which is not a T line of this file");
            }
        }
        for (BratRelation r : relations) {
            for (String end : List.of(r.from(), r.to())) {
                if (textBounds.stream().noneMatch(t -> t.id().equals(end))) {
                    throw new ImportException(fileName, r.line(), r.id() + " links " + end
                            + ", which is not a T line of this file");
                }
            }
        }
        checkEvents(events, textBounds, fileName);
        return new BratAnnFile(textBounds, notes, skipped, attributes, relations, events);
    }

    private static void checkEvents(List<BratEvent> events, List<BratTextBound> textBounds, String fileName)
            throws ImportException {
        java.util.Set<String> tIds = new java.util.HashSet<>();
        textBounds.forEach(t -> tIds.add(t.id()));
        java.util.Set<String> eIds = new java.util.HashSet<>();
        for (BratEvent e : events) {
            if (!eIds.add(e.id())) {
                throw new ImportException(fileName, e.line(), "event " + e.id() + " is defined twice in this file");
            }
        }
        for (BratEvent e : events) {
            if (!tIds.contains(e.trigger())) {
                throw new ImportException(fileName, e.line(), e.id() + " has the trigger " + e.trigger()
                        + ", which is not a T line of this file");
            }
            for (BratEvent.Argument a : e.arguments()) {
                if (!tIds.contains(a.target()) && !eIds.contains(a.target())) {
                    throw new ImportException(fileName, e.line(), e.id() + " has the argument " + a.role() + ":"
                            + a.target() + ", which is neither a T nor an E line of this file");
                }
            }
        }
    }

    /** {@code E1<TAB>Type:T2 Role:T1 Role2:E3}: the first pair is the event's type and trigger. */
    private static BratEvent event(String line, long lineNo, String fileName) throws ImportException {
        String[] fields = line.split("\t", 3);
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new ImportException(fileName, lineNo, "event line needs 'E<id><TAB>Type:T<id> Role:<id> …': '"
                    + shorten(line) + "'");
        }
        List<String[]> pairs = new ArrayList<>();
        for (String p : parts) {
            int colon = p.indexOf(':');
            if (colon <= 0 || colon == p.length() - 1) {
                throw new ImportException(fileName, lineNo, "event line needs 'E<id><TAB>Type:T<id> Role:<id> …', not '"
                        + shorten(p) + "': '" + shorten(line) + "'");
            }
            String name = BratLabelNames.fromBrat(p.substring(0, colon));
            try {
                Names.check(pairs.isEmpty() ? "Event type" : "Event role", name);
            } catch (Names.InvalidNameException e) {
                throw new ImportException(fileName, lineNo, fields[0] + ": " + e.getMessage());
            }
            pairs.add(new String[] {name, p.substring(colon + 1)});
        }
        List<BratEvent.Argument> args = new ArrayList<>();
        for (String[] p : pairs.subList(1, pairs.size())) {
            args.add(new BratEvent.Argument(p[0], p[1]));
        }
        return new BratEvent(fields[0], pairs.get(0)[0], pairs.get(0)[1], args, lineNo);
    }

    /** {@code R1<TAB>Type Arg1:T3 Arg2:T1}: the first argument is the link's start, the second its end. */
    private static BratRelation relation(String line, long lineNo, String fileName) throws ImportException {
        String[] fields = line.split("\t", 3);
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (parts.length != 3 || parts[1].indexOf(':') <= 0 || parts[2].indexOf(':') <= 0) {
            throw new ImportException(fileName, lineNo, "relation line needs 'R<id><TAB>Type Arg1:T<id> Arg2:T<id>': '"
                    + shorten(line) + "'");
        }
        String type = BratLabelNames.fromBrat(parts[0]);
        try {
            Names.check("Link type", type);
        } catch (Names.InvalidNameException e) {
            throw new ImportException(fileName, lineNo, fields[0] + ": " + e.getMessage());
        }
        return new BratRelation(fields[0], type, parts[1].substring(parts[1].indexOf(':') + 1),
                parts[2].substring(parts[2].indexOf(':') + 1), lineNo);
    }

    /** {@code A1<TAB>Name T3 Value}, or {@code A1<TAB>Name T3} for brat's yes/no attributes (read as "yes"). */
    private static BratAttribute attribute(String line, long lineNo, String fileName) throws ImportException {
        String[] fields = line.split("\t", 3);
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (parts.length < 2 || parts.length > 3) {
            throw new ImportException(fileName, lineNo, "attribute line needs 'A<id><TAB>Name Target [Value]': '" + shorten(line) + "'");
        }
        String name = BratLabelNames.fromBrat(parts[0]);
        try {
            Names.check("Attribute name", name);
        } catch (Names.InvalidNameException e) {
            throw new ImportException(fileName, lineNo, fields[0] + ": " + e.getMessage());
        }
        return new BratAttribute(fields[0], name, parts[1], parts.length == 3 ? BratLabelNames.fromBrat(parts[2]) : "yes", lineNo);
    }

    /** {@code T3<TAB>Label 256 377;463 616<TAB>text} */
    private static BratTextBound textBound(String line, long lineNo, String fileName) throws ImportException {
        String[] fields = line.split("\t", 3);
        if (fields.length < 3) {
            throw new ImportException(fileName, lineNo, "T line needs three tab-separated fields "
                    + "(id, type and offsets, text): '" + shorten(line) + "'");
        }
        String id = fields[0];
        String typeAndOffsets = fields[1].strip();
        int space = typeAndOffsets.indexOf(' ');
        if (space <= 0) {
            throw new ImportException(fileName, lineNo, "T line '" + id + "' has no offsets after its type");
        }
        String type = typeAndOffsets.substring(0, space);
        String label = BratLabelNames.fromBrat(type);
        try {
            Names.label(label);
        } catch (Names.InvalidNameException e) {
            throw new ImportException(fileName, lineNo, id + ": " + e.describe("label"));
        }
        List<BratFragment> fragments = new ArrayList<>();
        for (String piece : typeAndOffsets.substring(space + 1).split(";")) {
            String[] be = piece.strip().split(" +");
            if (be.length != 2) {
                throw new ImportException(fileName, lineNo, "offsets '" + piece + "' of " + id
                        + " are not 'begin end'");
            }
            int begin = number(be[0], id, lineNo, fileName);
            int end = number(be[1], id, lineNo, fileName);
            if (end <= begin) {
                throw new ImportException(fileName, lineNo, id + ": end " + end + " must be greater than begin "
                        + begin);
            }
            fragments.add(new BratFragment(begin, end));
        }
        return new BratTextBound(id, label, type, fragments, fields[2], lineNo);
    }

    /** {@code #1<TAB>AnnotatorNotes T3<TAB>note text} */
    private static void addNote(String line, long lineNo, String fileName, Map<String, String> notes)
            throws ImportException {
        String[] fields = line.split("\t", 3);
        String[] typeAndTarget = fields.length < 2 ? new String[0] : fields[1].strip().split(" +");
        if (typeAndTarget.length != 2) {
            throw new ImportException(fileName, lineNo, "note line needs '#id<TAB>AnnotatorNotes target<TAB>text': '"
                    + shorten(line) + "'");
        }
        String target = typeAndTarget[1];
        String text = fields.length == 3 ? fields[2] : "";
        notes.merge(target, text, (a, b) -> a + "\n" + b);
    }

    private static int number(String s, String id, long lineNo, String fileName) throws ImportException {
        try {
            int n = Integer.parseInt(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ImportException(fileName, lineNo, "offset '" + s + "' of " + id
                    + " is not a non-negative whole number");
        }
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
