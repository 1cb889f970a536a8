package org.newsmark.io.brat;

import java.util.Objects;

/**
 * What {@link BratWriter} needs of one link: its type (spaces become {@code _}) and the
 * {@link BratExportAnnotation#tagId} of its two ends. Written as {@code R1<TAB>type Arg1:T3 Arg2:T1}.
 */
public record BratExportRelation(String type, long fromTagId, long toTagId) {

    public BratExportRelation {
        Objects.requireNonNull(type, "type");
    }
}
