package org.newsmark.service.port;

import java.util.List;
import java.util.Map;
import org.newsmark.domain.Label;

/** The project's labels, in the order the toolbar shows them (retired ones included). */
public interface LabelRepository {

    List<Label> all();

    /** Adds a label at the end; {@code key} may be null (no shortcut). */
    Label insert(String name, String color, String key, String definition);

    /** Inserts a label again under its own id (undoing a merge), at the end; {@link #reorder} puts it back in place. */
    Label restore(Label label);

    /** Writes name, colour, key, definition, rules, examples and retirement of an existing label. */
    void update(Label label);

    /** Puts the labels in this order (every label's id, once). */
    void reorder(List<Long> ids);

    /** Removes a label that no tag, attribute or decision uses any more (what a merge leaves). */
    void delete(long id);

    /** label id → number of tags, over the whole project. */
    Map<Long, Long> tagCounts();
}
