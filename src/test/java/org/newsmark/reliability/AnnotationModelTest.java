package org.newsmark.reliability;

import org.newsmark.domain.TaskControl;
import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsmark.reliability.AnnotationModel.Row;
import org.newsmark.service.ProjectSession;

/**
 * Thousands of seeded random edits (tag, relabel, resize, note, delete, undo, redo) against
 * AnnotationService and a plain model of its promises; the database and the reopened project
 * must equal the model. EditStream checks every single answer on the way.
 */
class AnnotationModelTest {

    private static final int STEPS = 2_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 20260101})
    void databaseAndReopenedProjectEqualTheModel(long seed) throws Exception {
        Path file = dir.resolve("model-" + seed + ".newsmark");
        AnnotationModel model = new AnnotationModel();
        try (ProjectSession session = TestProjects.create(file)) {
            ProjectFixture.populate(session);
            EditStream stream = new EditStream(session, model, new Random(seed));
            for (int i = 0; i < STEPS; i++) {
                EditStream.Step step = stream.plan();
                try {
                    stream.perform(step);
                } catch (RuntimeException | AssertionError e) {
                    throw new AssertionError("seed " + seed + ", step " + i + ": " + step, e);
                }
                if (i % 250 == 0) {
                    assertEquals(model.rows(), ProjectFixture.allRows(session), "seed " + seed + ", step " + i);
                }
            }
            assertEquals(model.rows(), ProjectFixture.allRows(session), "database after the run");
        }
        try (ProjectSession reopened = TestProjects.open(file)) {
            Map<Long, Row> back = ProjectFixture.allRows(reopened);
            assertEquals(model.rows(), back, "reopened project");
            assertExportMatches(reopened, model);
        }
    }

    /** The reopened database and its CSV export (raw cells, code points converted back) both equal the model. */
    private static void assertExportMatches(ProjectSession reopened, AnnotationModel model) throws Exception {
        assertEquals(model.rows(), ProjectFixture.allRows(reopened));
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        reopened.export().exportCsv(csv, org.newsmark.service.ExportScope.ALL,
                new org.newsmark.io.csv.CsvOptions(false, true), org.newsmark.domain.TaskControl.NONE);
        java.util.Map<String, Long> analysts = new java.util.HashMap<>();
        reopened.analysts().forEach(a -> analysts.put(a.name(), a.id()));
        java.util.Map<String, Long> labels = new java.util.HashMap<>();
        reopened.labels().forEach(l -> labels.put(l.name(), l.id()));
        java.util.Map<Long, AnnotationModel.Row> exported = new java.util.HashMap<>();
        try (var reader = new java.io.StringReader(csv.toString(java.nio.charset.StandardCharsets.UTF_8))) {
            for (var r : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                long doc = Long.parseLong(r.get("document_id"));
                var offsets = new org.newsmark.domain.CodePointOffsets(reopened.documents().find(doc).orElseThrow().text());
                long id = Long.parseLong(r.get("annotation_id"));
                exported.put(id, new AnnotationModel.Row(id, doc, analysts.get(r.get("analyst")), labels.get(r.get("label")),
                        offsets.toUtf16(Integer.parseInt(r.get("start"))), offsets.toUtf16(Integer.parseInt(r.get("end"))),
                        r.get("note")));
            }
        }
        assertEquals(model.rows(), exported, "the CSV export equals the model");
    }
}
