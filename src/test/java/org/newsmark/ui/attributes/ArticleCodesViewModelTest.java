package org.newsmark.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Document;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/** The open article's codes without a screen: commit, refusal, another article, another analyst's codes read-only. */
class ArticleCodesViewModelTest {

    @TempDir
    Path dir;
    Path file;
    ProjectSession session;
    WorkbenchViewModel vm;
    ArticleCodesViewModel codes;
    Document doc;
    Document other;
    Analyst ana;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("codes.newsmark");
        session = TestProjects.create(file);
        doc = session.documents().add("Roads", "roads.txt", "Roads are broken.").document();
        other = session.documents().add("Schools", "schools.txt", "Schools are full.").document();
        ana = session.analyst("Ana");
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), new ScriptedDialogs());
        vm.openDocument(doc.id());
        codes = vm.articleCodes();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Attribute code(String name) {
        return codes.fields().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> onDisk(Document d, Analyst who, String name) throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            return reader.codebook().articleCodes(d.id(), who.id()).get(code(name).id());
        }
    }

    @Test
    void ctrlZInTheArticleTakesACodeBackAndSaysSo() throws Exception {
        assertTrue(codes.commit(code("tone"), List.of("negative")));
        assertTrue(codes.commit(code("tone"), List.of("neutral")));
        assertTrue(vm.canUndoProperty().get());
        vm.undo();
        assertEquals(List.of("negative"), codes.valuesProperty().get().get(code("tone").id()), "the row shows the old value");
        assertEquals(List.of("negative"), onDisk(doc, ana, "tone"));
        assertEquals("Undone", vm.messageProperty().get());
        vm.redo();
        assertEquals(List.of("neutral"), onDisk(doc, ana, "tone"));
        assertEquals("Redone", vm.messageProperty().get());
    }

    @Test
    void theFieldsAreTheDefaultArticleCodes() {
        assertEquals(List.of("primary frame", "tone"), codes.fields().stream().map(Attribute::name).toList());
        assertEquals(List.of("negative", "neutral", "positive"), code("tone").choices());
        assertEquals("Article codes", codes.headingProperty().get());
    }

    @Test
    void aCommitIsWrittenForMeAndThisArticleOnly() throws Exception {
        assertTrue(codes.commit(code("tone"), List.of("negative")));
        assertEquals(List.of("negative"), codes.valuesProperty().get().get(code("tone").id()));
        assertEquals(List.of("negative"), onDisk(doc, ana, "tone"));
        assertEquals("tone set to negative", vm.messageProperty().get());
        vm.openDocument(other.id());
        assertEquals(List.of(), codes.valuesProperty().get().get(code("tone").id()), "the other article has its own");
        vm.openDocument(doc.id());
        assertEquals(List.of("negative"), codes.valuesProperty().get().get(code("tone").id()));
        assertTrue(codes.commit(code("tone"), List.of()));
        assertEquals(List.of(), onDisk(doc, ana, "tone"), "cleared");
    }

    @Test
    void aValueNotAmongTheChoicesIsRefusedWithTheServicesMessage() throws Exception {
        assertFalse(codes.commit(code("tone"), List.of("angry")));
        assertEquals("\"tone\": value \"angry\" is not one of its choices (negative, neutral, positive).", codes.problemProperty().get());
        assertEquals(codes.problemProperty().get(), vm.messageProperty().get());
        assertEquals(List.of(), onDisk(doc, ana, "tone"));
    }

    @Test
    void anotherAnalystsCodesAreShownReadOnly() throws Exception {
        Analyst bo = session.analyst("Bo");
        session.codebook().setArticleCode(doc.id(), bo.id(), code("tone"), List.of("positive"));
        codes.commit(code("tone"), List.of("negative"));
        vm.showLayerOf(bo);
        assertEquals("Article codes of Bo", codes.headingProperty().get());
        assertEquals(List.of("positive"), codes.valuesProperty().get().get(code("tone").id()));
        assertTrue(codes.readOnly().get());
        assertFalse(codes.commit(code("tone"), List.of("neutral")));
        assertEquals(List.of("positive"), onDisk(doc, bo, "tone"));
        assertEquals(List.of("negative"), onDisk(doc, ana, "tone"));
        vm.showMyLayer();
        assertEquals(List.of("negative"), codes.valuesProperty().get().get(code("tone").id()));
        assertFalse(codes.readOnly().get());
    }

    @Test
    void noArticleOpenNoFields() {
        Attribute tone = code("tone");
        vm.documentProperty().set(null); // as after the last article is deleted
        assertEquals(List.of(), codes.fields());
        assertFalse(codes.commit(tone, List.of("negative")));
    }
}
