package org.newsmark.service;

import java.util.Map;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.service.port.NotSavedException;

/**
 * Checks a tag read from the project against its article before it is written out: a file
 * changed by another program may hold a tag beyond its text, or one whose label, analyst or
 * article is gone (SQLite keeps foreign keys only when asked). Such a tag stops the export with
 * a message naming it, instead of a crash or a wrong row.
 */
final class Damage {

    private Damage() {
    }

    static void requireSound(String project, Annotation a, Document d, Map<Long, String> labels, Map<Long, String> analysts) {
        String problem = d == null ? "belongs to no article"
                : a.end() > d.length() ? "ends at " + a.end() + ", beyond its article's " + d.length() + " characters"
                : !labels.containsKey(a.labelId()) ? "has a label that does not exist"
                : !analysts.containsKey(a.analystId()) ? "has an analyst who does not exist"
                : null;
        if (problem != null) {
            throw new NotSavedException(NotSavedException.Reason.REFUSED_BY_DATABASE, project + " is damaged: tag " + a.id() + " "
                    + problem + ". Nothing was exported; open a backup, or repair the file with an SQLite tool.", null);
        }
    }
}
