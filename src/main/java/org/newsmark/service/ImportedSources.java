package org.newsmark.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Names;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.SourceMatcher;
import org.newsmark.io.ImportException;
import org.newsmark.service.port.ProjectStore;

/**
 * Source names read from an import file (a CSV {@code attr:} cell, a brat A line): each becomes
 * the id of the project's source of that name (accents, case and punctuation aside), or of a new
 * named person, reported. Runs inside the import's transaction, so a refused file creates none.
 */
final class ImportedSources {

    private final ProjectStore project;
    private List<Source> known;
    private final List<String> created = new ArrayList<>();

    ImportedSources(ProjectStore project) {
        this.project = project;
    }

    List<String> idsFor(List<String> names, String file, long line, String where) throws ImportException {
        List<String> ids = new ArrayList<>();
        for (String raw : names) {
            String name = raw == null ? "" : raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            Optional<String> problem = Names.problem(name);
            if (problem.isPresent()) {
                throw new ImportException(file, line, where + ": source name " + Names.shown(name) + " " + problem.get());
            }
            ids.add(sourceNamed(Names.strip(name)).valueId());
        }
        return ids;
    }

    private Source sourceNamed(String name) {
        if (known == null) {
            known = new ArrayList<>(project.sources().all());
        }
        Optional<Source> found = SourceMatcher.exact(name, known);
        if (found.isPresent()) {
            return found.get();
        }
        Source s = project.sources().insert(new Source(0, name, SourceKind.NAMED_PERSON, "", "", Instant.now()));
        known.add(s);
        created.add(name);
        return s;
    }

    /** The names of the sources this import created, in order. */
    List<String> created() {
        return List.copyOf(created);
    }
}
