package org.newsmark.reliability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.service.ProjectSession;

/** The small project the reliability tests edit: two articles, two analysts, the default codebook. */
final class ProjectFixture {

    static final String ARTICLE_A = "The mayor said 40% of roads are broken. Critics called the figure \"made up\"; "
            + "the council will publish its survey on Monday. Residents of the east side disagree.";
    static final String ARTICLE_B = "Ölpreise steigen 😀 wieder — العربية נעים — e\u0301 👩\u200D💻 am Donnerstag um 3 %.";
    static final List<String> ANALYSTS = List.of("Ana", "Bo");

    private ProjectFixture() {
    }

    /** Adds the articles and analysts when they are missing (idempotent: DocumentService de-duplicates). */
    static void populate(ProjectSession s) {
        s.documents().add("Roads", "a.txt", ARTICLE_A);
        s.documents().add("Preise", "b.txt", ARTICLE_B);
        ANALYSTS.forEach(s::analyst);
    }

    static List<Document> documents(ProjectSession s) {
        return s.documents().summaries(null).stream()
                .map(d -> s.documents().find(d.id()).orElseThrow()).toList();
    }

    static List<Analyst> analysts(ProjectSession s) {
        return ANALYSTS.stream().map(n -> s.findAnalyst(n).orElseThrow()).toList();
    }

    /** Every tag in the project, by id, as model rows. */
    static Map<Long, AnnotationModel.Row> allRows(ProjectSession s) {
        Map<Long, AnnotationModel.Row> out = new HashMap<>();
        for (Document d : documents(s)) {
            for (Analyst a : analysts(s)) {
                for (Annotation x : s.annotations().annotations(d.id(), a.id())) {
                    out.put(x.id(), AnnotationModel.Row.of(x));
                }
            }
        }
        return out;
    }
}
