package org.newsmark.service;

import java.util.List;

/**
 * What an annotation import did. {@code alreadyPresent} counts rows identical to a tag the
 * project already had (same document, analyst, label and span): importing twice adds nothing.
 * {@code skipped} lists lines kept out on purpose (brat relations, events, attributes), each
 * naming its file and line, so nothing is dropped silently.
 */
public record ImportReport(int documentsAdded, int documentsMatched, int annotationsAdded, int alreadyPresent,
                           List<String> analystsCreated, List<String> labelsCreated, List<String> skipped,
                           List<String> choicesAdded, int linksAdded, List<String> sourcesCreated) {

    public ImportReport {
        choicesAdded = choicesAdded == null ? List.of() : List.copyOf(choicesAdded);
        sourcesCreated = sourcesCreated == null ? List.of() : List.copyOf(sourcesCreated);
    }

    public ImportReport(int documentsAdded, int documentsMatched, int annotationsAdded, int alreadyPresent,
                        List<String> analystsCreated, List<String> labelsCreated, List<String> skipped, List<String> choicesAdded,
                        int linksAdded) {
        this(documentsAdded, documentsMatched, annotationsAdded, alreadyPresent, analystsCreated, labelsCreated, skipped, choicesAdded,
                linksAdded, List.of());
    }

    public ImportReport(int documentsAdded, int documentsMatched, int annotationsAdded, int alreadyPresent,
                        List<String> analystsCreated, List<String> labelsCreated, List<String> skipped, List<String> choicesAdded) {
        this(documentsAdded, documentsMatched, annotationsAdded, alreadyPresent, analystsCreated, labelsCreated, skipped, choicesAdded, 0);
    }

    public ImportReport(int documentsAdded, int documentsMatched, int annotationsAdded, int alreadyPresent,
                        List<String> analystsCreated, List<String> labelsCreated, List<String> skipped) {
        this(documentsAdded, documentsMatched, annotationsAdded, alreadyPresent, analystsCreated, labelsCreated, skipped, List.of());
    }

    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(annotationsAdded).append(annotationsAdded == 1 ? " tag" : " tags").append(" imported");
        if (alreadyPresent > 0) {
            s.append(", ").append(alreadyPresent).append(" already present");
        }
        if (linksAdded > 0) {
            s.append(", ").append(linksAdded).append(linksAdded == 1 ? " link" : " links").append(" imported");
        }
        if (documentsAdded > 0) {
            s.append(", ").append(documentsAdded).append(documentsAdded == 1 ? " article" : " articles").append(" added");
        }
        if (documentsMatched > 0) {
            s.append(", ").append(documentsMatched).append(" matched by text");
        }
        if (!analystsCreated.isEmpty()) {
            s.append("; new analysts: ").append(String.join(", ", analystsCreated));
        }
        if (!labelsCreated.isEmpty()) {
            s.append("; new labels: ").append(String.join(", ", labelsCreated));
        }
        if (!choicesAdded.isEmpty()) {
            s.append("; new choices: ").append(String.join(", ", choicesAdded));
        }
        if (!sourcesCreated.isEmpty()) {
            s.append("; new sources: ").append(String.join(", ", sourcesCreated));
        }
        if (!skipped.isEmpty()) {
            s.append("; ").append(skipped.size()).append(skipped.size() == 1 ? " line" : " lines").append(" skipped");
        }
        return s.toString();
    }
}
