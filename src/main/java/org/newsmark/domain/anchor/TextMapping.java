package org.newsmark.domain.anchor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * Which UTF-16 positions of an old text are unchanged in a new one, from a diff of the two:
 * lines first (compared without their line ends, so CRLF against LF still matches), then the
 * characters inside each changed run of lines. A run too long to diff by characters in bounded
 * time stays unmapped; the tags in it are found by their quote instead.
 */
final class TextMapping {

    /** Longest old + new run of changed lines diffed by character ((N+M)·D work, D at most N+M). */
    static final int CHARACTER_DIFF_LIMIT = 6_000;

    /** Most old + new lines diffed (the same bound on the line diff); beyond it only the common start and end map. */
    static final int LINE_DIFF_LIMIT = 40_000;

    /** The shortest common stretch that counts towards two runs being one edited text. */
    static final int ALIKE_RUN = 8;

    /** An unchanged run: old [oldStart, oldStart+length) is new [newStart, newStart+length). */
    private record Segment(int oldStart, int newStart, int length) {
    }

    private final List<Segment> segments = new ArrayList<>();
    private final List<Line> unpairedOld = new ArrayList<>();
    private final List<Line> unpairedNew = new ArrayList<>();

    private TextMapping() {
    }

    static TextMapping between(String oldText, String newText) {
        TextMapping m = new TextMapping();
        // the common start and end first: an edit in one long paragraph then costs only its own length
        int max = Math.min(oldText.length(), newText.length());
        int head = 0;
        while (head < max && oldText.charAt(head) == newText.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < max - head && oldText.charAt(oldText.length() - 1 - tail) == newText.charAt(newText.length() - 1 - tail)) {
            tail++;
        }
        m.add(0, 0, head);
        m.diffLines(oldText, head, oldText.length() - tail, newText, head, newText.length() - tail);
        m.add(oldText.length() - tail, newText.length() - tail, tail);
        m.pairEditedLines(oldText, newText);
        return m;
    }

    private void diffLines(String oldText, int oldFrom, int oldTo, String newText, int newFrom, int newTo) {
        List<Line> a = Line.split(oldText, oldFrom, oldTo);
        List<Line> b = Line.split(newText, newFrom, newTo);
        if (a.size() + b.size() > LINE_DIFF_LIMIT) {
            return;
        }
        Map<String, Character> ids = new HashMap<>();
        String sa = lineCodes(a, ids);
        String sb = lineCodes(b, ids);
        if (sa == null || sb == null) {
            diffCharacters(oldText, oldFrom, oldTo, newText, newFrom, newTo);
            return;
        }
        int[] at = {0, 0};
        int[] pendingFrom = {0, 0};
        new StringsComparator(sa, sb).getScript().visit(new CommandVisitor<>() {
            @Override
            public void visitKeepCommand(Character c) {
                Line x = a.get(at[0]);
                Line y = b.get(at[1]);
                changedRun(oldText, a, pendingFrom[0], at[0], newText, b, pendingFrom[1], at[1]);
                add(x.start(), y.start(), x.content().length());
                if (x.hasEnd() && y.hasEnd()) {
                    // the '\n' of each, whatever precedes it
                    add(x.end() - 1, y.end() - 1, 1);
                }
                at[0]++;
                at[1]++;
                pendingFrom[0] = at[0];
                pendingFrom[1] = at[1];
            }

            @Override
            public void visitInsertCommand(Character c) {
                at[1]++;
            }

            @Override
            public void visitDeleteCommand(Character c) {
                at[0]++;
            }
        });
        changedRun(oldText, a, pendingFrom[0], a.size(), newText, b, pendingFrom[1], b.size());
    }

    /** Each distinct line as one char (lines are compared by content only); null past 65,536 distinct lines. */
    private static String lineCodes(List<Line> lines, Map<String, Character> ids) {
        StringBuilder s = new StringBuilder(lines.size());
        for (Line l : lines) {
            if (ids.size() > Character.MAX_VALUE && !ids.containsKey(l.content())) {
                return null;
            }
            s.append((char) ids.computeIfAbsent(l.content(), k -> (char) ids.size()));
        }
        return s.toString();
    }

    private void changedRun(String oldText, List<Line> a, int fromA, int toA, String newText, List<Line> b, int fromB, int toB) {
        boolean both = fromA < toA && fromB < toB;
        if (both && diffCharacters(oldText, a.get(fromA).start(), a.get(toA - 1).end(), newText, b.get(fromB).start(),
                b.get(toB - 1).end())) {
            return;
        }
        // not an edit of what stands between the same kept lines: perhaps of a line elsewhere (EditedLines)
        unpairedOld.addAll(a.subList(fromA, toA));
        unpairedNew.addAll(b.subList(fromB, toB));
    }

    /** Whether the run was mapped (short enough to diff, and an edit of the other run). */
    private boolean diffCharacters(String oldText, int oldFrom, int oldTo, String newText, int newFrom, int newTo) {
        if ((oldTo - oldFrom) + (newTo - newFrom) > CHARACTER_DIFF_LIMIT) {
            return false;
        }
        int[] at = {oldFrom, newFrom};
        List<Segment> kept = new ArrayList<>();
        new StringsComparator(oldText.substring(oldFrom, oldTo), newText.substring(newFrom, newTo)).getScript()
                .visit(new CommandVisitor<>() {
                    @Override
                    public void visitKeepCommand(Character c) {
                        Segment last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                        if (last != null && last.oldStart() + last.length() == at[0] && last.newStart() + last.length() == at[1]) {
                            kept.set(kept.size() - 1, new Segment(last.oldStart(), last.newStart(), last.length() + 1));
                        } else {
                            kept.add(new Segment(at[0], at[1], 1));
                        }
                        at[0]++;
                        at[1]++;
                    }

                    @Override
                    public void visitInsertCommand(Character c) {
                        at[1]++;
                    }

                    @Override
                    public void visitDeleteCommand(Character c) {
                        at[0]++;
                    }
                });
        if (!alike(kept, Math.min(oldTo - oldFrom, newTo - newFrom))) {
            return false;
        }
        kept.forEach(k -> add(k.oldStart(), k.newStart(), k.length()));
        return true;
    }

    /** Each unpaired old line that was edited into an unpaired new line elsewhere is diffed with it. */
    private void pairEditedLines(String oldText, String newText) {
        for (EditedLines.Pair p : EditedLines.pairs(unpairedOld, unpairedNew, ALIKE_RUN)) {
            Line x = unpairedOld.get(p.oldIndex());
            Line y = unpairedNew.get(p.newIndex());
            diffCharacters(oldText, x.start(), x.start() + x.content().length(), newText, y.start(), y.start() + y.content().length());
        }
        // those pairs lie out of the diff's order: the map's binary search needs the old order back
        segments.sort(java.util.Comparator.comparingInt(Segment::oldStart));
    }

    /**
     * Whether a changed run of old lines is an edit of the new run it was paired with, not another
     * paragraph: most of the shorter side lies in common stretches of {@value #ALIKE_RUN} characters or
     * more. Two unrelated English paragraphs still share half their letters as scattered single
     * characters; mapped, those would put a changed tag on the wrong words (a paragraph moved next
     * to an edited one pairs them in the line diff).
     */
    private static boolean alike(List<Segment> kept, int shorter) {
        long inStretches = kept.stream().filter(k -> k.length() >= ALIKE_RUN).mapToLong(Segment::length).sum();
        return shorter == 0 || inStretches * 2 >= shorter;
    }

    /** Segments arrive in increasing old and new order; adjacent ones join. */
    private void add(int oldStart, int newStart, int length) {
        if (length == 0) {
            return;
        }
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.oldStart() + last.length() == oldStart && last.newStart() + last.length() == newStart) {
                segments.set(segments.size() - 1, new Segment(last.oldStart(), last.newStart(), last.length() + length));
                return;
            }
        }
        segments.add(new Segment(oldStart, newStart, length));
    }

    /** Where the character at old position {@code pos} is in the new text; -1 when it was deleted or changed. */
    int map(int pos) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (pos < s.oldStart()) {
                hi = mid - 1;
            } else if (pos >= s.oldStart() + s.length()) {
                lo = mid + 1;
            } else {
                return s.newStart() + (pos - s.oldStart());
            }
        }
        return -1;
    }

    /** One line: [start, end) with its line end, whose content is the text before "\r\n" or "\n". */
    record Line(int start, int end, String content, boolean hasEnd) {

        static List<Line> split(String text, int from, int to) {
            List<Line> out = new ArrayList<>();
            int start = from;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\n') {
                    int contentEnd = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                    out.add(new Line(start, i + 1, text.substring(start, contentEnd), true));
                    start = i + 1;
                }
            }
            if (start < to) {
                out.add(new Line(start, to, text.substring(start, to), false));
            }
            return out;
        }
    }
}
