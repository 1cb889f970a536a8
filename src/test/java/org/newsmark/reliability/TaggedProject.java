package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.AnnotationService;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** {@link ProjectFixture}'s project with tags by both analysts, made in one batch each (fast), and checks on it. */
final class TaggedProject {

    private TaggedProject() {
    }

    /** Creates {@code file}: Ana and Bo each tag {@code perAnalyst} spans of article A and all of article B. Returns every tag. */
    static Map<Long, Row> create(Path file, int perAnalyst) throws Exception {
        try (ProjectSession s = TestProjects.create(file)) {
            ProjectFixture.populate(s);
            tag(s, perAnalyst);
            return ProjectFixture.allRows(s);
        }
    }

    static void tag(ProjectSession s, int perAnalyst) {
        List<Label> labels = s.labels();
        Document a = ProjectFixture.documents(s).get(0);
        Document b = ProjectFixture.documents(s).get(1);
        AnnotationService tags = s.annotations();
        int shift = 0;
        for (Analyst analyst : ProjectFixture.analysts(s)) {
            tags.tagAll(a, analyst, spans(a.length(), perAnalyst, labels, shift++), "many");
            tags.tagAll(b, analyst, List.of(new AnnotationService.NewTag(labels.get(0), new Span(0, b.length()))), "all");
        }
    }

    /** {@code n} distinct spans of a text of {@code length} chars (no surrogates), labels taken in turn. */
    static List<AnnotationService.NewTag> spans(int length, int n, List<Label> labels, int shift) {
        List<AnnotationService.NewTag> out = new ArrayList<>();
        for (int len = 1; out.size() < n && len <= length; len++) {
            for (int begin = 0; begin + len <= length && out.size() < n; begin++) {
                out.add(new AnnotationService.NewTag(labels.get((begin + len + shift) % 4), new Span(begin, begin + len)));
            }
        }
        if (out.size() < n) {
            throw new IllegalArgumentException("a text of " + length + " chars has fewer than " + n + " spans");
        }
        return out;
    }

    /** Opens {@code file} for writing and checks it is whole and holds exactly {@code rows}. */
    static void assertReopensWith(Path file, Map<Long, Row> rows) throws Exception {
        try (ProjectSession s = TestProjects.open(file)) {
            assertFalse(s.isReadOnly(), file + " opens for writing");
            assertEquals("ok", s.integrityCheck());
            Map<Long, Row> now = ProjectFixture.allRows(s);
            assertEquals(rows.size(), now.size(), "number of tags in " + file.getFileName());
            assertEquals(rows, now, "the tags of " + file.getFileName());
        }
    }
}
