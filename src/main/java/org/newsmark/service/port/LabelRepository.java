package org.newsmark.service.port;

import java.util.List;
import org.newsmark.domain.Label;

/** The project's codebook, in the order the toolbar shows it. */
public interface LabelRepository {

    List<Label> all();

    /** Adds a label at the end; {@code key} may be null (no shortcut). */
    Label insert(String name, String color, String key, String definition);
}
