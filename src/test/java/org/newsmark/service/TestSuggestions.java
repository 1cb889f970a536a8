package org.newsmark.service;

import org.newsmark.domain.suggest.Suggester;

/** A session's suggestion service with other detectors, for tests outside this package (the view-models'). */
public final class TestSuggestions {

    private TestSuggestions() {
    }

    public static SuggestionService withDetector(ProjectSession s, Suggester detector) {
        return new SuggestionService(TestProjects.store(s), s.annotations(), s.codebook()::codebook, s.sources(), language -> detector);
    }
}
