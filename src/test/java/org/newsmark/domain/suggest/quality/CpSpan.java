package org.newsmark.domain.suggest.quality;

/** A half-open range {@code [begin, end)} of Unicode code points, as the gold set's brat offsets are. */
public record CpSpan(int begin, int end) implements Comparable<CpSpan> {

    public CpSpan {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("span must satisfy 0 <= begin < end, got [" + begin + ", " + end + ")");
        }
    }

    public boolean overlaps(CpSpan other) {
        return other != null && begin < other.end && other.begin < end;
    }

    public int overlapLength(CpSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }

    @Override
    public int compareTo(CpSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + begin + "," + end + ")";
    }
}
