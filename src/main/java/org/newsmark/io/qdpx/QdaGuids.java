package org.newsmark.io.qdpx;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * GUIDs a Newsmark export gives its elements: name-based UUIDs (RFC 4122 version 3) of a stable key,
 * so two exports of the same project are byte-identical and a code keeps its GUID across exports
 * (codebook items by name, articles by SHA-256, tags, notes and links by the project's ids).
 */
final class QdaGuids {

    private QdaGuids() {
    }

    static String of(String kind, String key) {
        return UUID.nameUUIDFromBytes(("newsmark:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String user(String name) {
        return of("user", name);
    }

    static String label(String name) {
        return of("label", name);
    }

    static String attribute(String label, String attribute) {
        return of("attribute", label + "\u0000" + attribute);
    }

    static String choice(String label, String attribute, String choice) {
        return of("choice", label + "\u0000" + attribute + "\u0000" + choice);
    }
}
