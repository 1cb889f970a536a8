package org.newsmark.domain;

/**
 * Where the compare window was left, so that it opens there again: the analysts in the order
 * chosen (A, B), the scope ({@code documentId} null for every document both tagged) and the
 * selected disagreement ({@code selected} null for none), seen with {@code analystA} as A.
 */
public record ComparePosition(long analystA, long analystB, Long documentId, PairKey selected) {
}
