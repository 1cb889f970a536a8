package org.newsmark.service.port;

import java.util.List;
import java.util.Optional;
import org.newsmark.domain.Analyst;

/** The people who tag. Names are unique within a project. */
public interface AnalystRepository {

    List<Analyst> all();

    Optional<Analyst> findByName(String name);

    /** The analyst of that name, created when the project has none yet. */
    Analyst findOrCreate(String name);
}
