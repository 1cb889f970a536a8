package org.newsmark.service.port;

/**
 * What other sessions do to a shared project, and what becomes of the connection to it, told as
 * it happens, on a background thread. A project in a file has no other sessions and tells nothing.
 */
public interface ProjectChanges {

    /** Another session changed the tags, links, values or article codes of {@code analystId} in {@code documentId}. */
    void layerChanged(long documentId, long analystId);

    /** Another session made, changed or undid an adjudication decision on {@code documentId}. */
    void decisionsChanged(long documentId);

    /** The connection was lost ({@code up} false, with a message fit to show) or is back ({@code up} true). */
    void connection(boolean up, String message);
}
