package org.newsmark.io.exchange;

import java.util.List;
import java.util.Objects;

/**
 * What a reader took from a file written by another tool, and, in words for the user, what it
 * could not take (a picture source, a coding of a code that is not codable, a selection outside
 * its text), each naming the file and the element or line.
 */
public record ExchangeRead(ExchangeProject project, List<String> notTaken) {

    public ExchangeRead {
        Objects.requireNonNull(project, "project");
        notTaken = List.copyOf(notTaken);
    }
}
