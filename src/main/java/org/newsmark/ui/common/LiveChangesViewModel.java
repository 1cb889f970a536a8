package org.newsmark.ui.common;

import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.newsmark.service.port.ProjectChanges;

/**
 * Another session's changes and the connection's state, moved from the listener's thread to the
 * UI thread, where the view-models that show them can redraw.
 */
public final class LiveChangesViewModel implements ProjectChanges {

    /** What another session changed: article and analyst of the layer. */
    public interface LayerChanged {
        void changed(long documentId, long analystId);
    }

    private final TaskRunner tasks;
    private final LayerChanged layer;
    private final LongConsumer decisions;
    private final BiConsumer<Boolean, String> connection;

    public LiveChangesViewModel(TaskRunner tasks, LayerChanged layer, LongConsumer decisions, BiConsumer<Boolean, String> connection) {
        this.tasks = tasks;
        this.layer = layer;
        this.decisions = decisions;
        this.connection = connection;
    }

    @Override
    public void layerChanged(long documentId, long analystId) {
        tasks.onUiThread(() -> layer.changed(documentId, analystId));
    }

    @Override
    public void decisionsChanged(long documentId) {
        tasks.onUiThread(() -> decisions.accept(documentId));
    }

    @Override
    public void connection(boolean up, String message) {
        tasks.onUiThread(() -> connection.accept(up, message));
    }
}
