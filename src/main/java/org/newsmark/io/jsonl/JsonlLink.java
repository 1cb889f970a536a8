package org.newsmark.io.jsonl;

/**
 * One link inside a JSON Lines document: its {@code type} (a link type of the codebook), going
 * from the annotation with id {@code from} to the one with id {@code to}, both in the same
 * document's {@code annotations} and of the same {@code analyst}.
 */
public record JsonlLink(long id, String analyst, String type, long from, long to) {
}
