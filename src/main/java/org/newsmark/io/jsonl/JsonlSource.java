package org.newsmark.io.jsonl;

/**
 * One source inside a JSON Lines document: a source its annotations point to. {@code id} is the
 * value their source attributes hold, so {@code attributes.speaker[0]} finds its entry here.
 * {@code kind} is one of named-person, official-body, organisation, anonymous, document.
 */
public record JsonlSource(String id, String name, String kind, String role, String affiliation) {
}
