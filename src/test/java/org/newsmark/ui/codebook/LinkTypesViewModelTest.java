package org.newsmark.ui.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/** The codebook window's Links section without a screen: add, rename, ends, definition; Ctrl+Z; an end in use is refused. */
class LinkTypesViewModelTest {

    static final String TEXT = "Exports rose 12 percent, so the recovery is real.";

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    CodebookViewModel vm;
    Document doc;
    Analyst ana;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("links.newsmark"));
        doc = session.documents().add("Exports", "e.txt", TEXT).document();
        ana = session.analyst("Ana");
        WorkbenchViewModel window = new WorkbenchViewModel(session, ana, new ImmediateTasks(), dialogs);
        window.openDocument(doc.id());
        vm = window.newCodebook();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private static List<String> rows(LinkTypesViewModel links) {
        return links.list().stream().map(t -> t.name() + ": " + links.ends(t.fromLabels()) + " → " + links.ends(t.toLabels())).toList();
    }

    @Test
    void listsTheTypesWithTheirEndsAddsOneAndCtrlZTakesItBack() {
        LinkTypesViewModel links = vm.links();
        assertEquals(List.of("supports: statistic → claim", "responds to: attributed opinion → claim"), rows(links));

        dialogs.answer("frames").answer("framing").answer("claim\nstatistic");
        links.add();
        assertEquals("frames: framing → claim, statistic", rows(links).get(2));
        assertEquals("frames", links.selectedProperty().get().name());
        assertEquals("Added the link type frames. Ctrl+Z takes it back.", vm.messageProperty().get());
        assertTrue(vm.canUndoProperty().get());

        dialogs.answer("frames up");
        links.rename();
        dialogs.answer("Casts the claim in a light.");
        links.editDefinition();
        assertEquals("Casts the claim in a light.", session.codebook().codebook().linkType("frames up").orElseThrow().definition());

        vm.undo();
        vm.undo();
        vm.undo();
        assertEquals(List.of("supports: statistic → claim", "responds to: attributed opinion → claim"), rows(links));
    }

    @Test
    void aNameThatIsNoLabelAndAnEndInUseAreRefusedWithAMessageAndChangeNothing() {
        Codebook book = session.codebook().codebook();
        Annotation st = session.annotations().tag(doc, ana, book.label("statistic").orElseThrow(), new Span(13, 23));
        Annotation cl = session.annotations().tag(doc, ana, book.label("claim").orElseThrow(), new Span(28, 48));
        session.annotations().link(st, cl, book.linkType("supports").orElseThrow());
        LinkTypesViewModel links = vm.links();
        links.selectedProperty().set(links.list().get(0));

        dialogs.answer("statistic\nclaims");
        links.editStarts();
        assertEquals("No label is named \"claims\"; nothing was changed.", vm.messageProperty().get());

        dialogs.answer("attributed opinion");
        links.editStarts();
        assertEquals("\"statistic\" cannot leave the start of \"supports\": 1 link starts at a \"statistic\" tag. Remove that link first.",
                vm.messageProperty().get());
        LinkType supports = session.codebook().codebook().linkType("supports").orElseThrow();
        assertEquals(List.of(book.label("statistic").orElseThrow().id()), supports.fromLabels());

        dialogs.answer("claim\nstatistic");
        links.editEnds();
        assertEquals("supports: statistic → claim, statistic", rows(links).get(0));
        assertEquals("supports", links.selectedProperty().get().name(), "the edited type stays selected");
    }
}
