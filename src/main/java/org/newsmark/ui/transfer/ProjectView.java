package org.newsmark.ui.transfer;

/**
 * What the transfer view-models tell the window showing the project once their work is done,
 * always on the UI thread: so no background thread ever touches what is shown.
 */
public interface ProjectView {

    /** Articles were added (or found already there): refresh the list and open {@code documentId}. */
    void articlesAdded(long documentId, String message);

    /** Anything else in the project changed (tags, analysts, labels, documents): read it again. */
    void projectChanged(String message);

    /** A line for the status bar. */
    void say(String message);
}
