package org.newsmark.domain;

/**
 * A half-open range {@code [begin, end)} of UTF-16 indices into a document's stored text.
 * Exports convert to Unicode code points; see docs/decisions/0001-offsets.md.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("span must satisfy 0 <= begin < end, got [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    /** Number of characters both spans cover; 0 when they do not overlap. */
    public int overlapLength(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    public boolean contains(int offset) {
        return offset >= begin && offset < end;
    }

    public String textOf(String text) {
        return text.substring(begin, end);
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
