package org.newsmark.ui.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * Issue 15.2 without a screen: L, Tab (nearest first), Shift+Tab, Enter and Esc make a link from
 * the selected tag, in either direction the codebook allows; a click picks a target; the
 * selected tag's links are listed and its other ends highlighted; J walks along links; Delete
 * in the list unlinks; undo and redo reach all of it; another analyst's layer is read-only.
 */
class LinkingViewModelTest {

    //                   0         1         2         3         4         5         6         7         8         9
    //                   0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456
    static final String TEXT = "The mayor said 40% of roads are broken. Critics called the figure made up. Officials say 12 bridges are safe.";

    @TempDir
    Path dir;
    ProjectSession session;
    ScriptedDialogs dialogs;
    WorkbenchViewModel vm;
    LinkingViewModel links;
    Document doc;
    Analyst ana;
    Annotation roads;
    Annotation forty;
    Annotation critics;
    Annotation bridges;
    Annotation twelve;
    Annotation frame;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        ana = session.analyst("Ana");
        List<Label> l = session.labels();
        roads = session.annotations().tag(doc, ana, l.get(0), new Span(0, 38));
        forty = session.annotations().tag(doc, ana, l.get(1), new Span(15, 18));
        critics = session.annotations().tag(doc, ana, l.get(2), new Span(40, 73));
        bridges = session.annotations().tag(doc, ana, l.get(0), new Span(75, 109));
        twelve = session.annotations().tag(doc, ana, l.get(1), new Span(89, 99));
        frame = session.annotations().tag(doc, ana, l.get(3), new Span(28, 38));
        dialogs = new ScriptedDialogs();
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), dialogs);
        vm.openDocument(doc.id());
        links = vm.linking();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private void select(Annotation a) {
        vm.selectedProperty().set(vm.annotations().stream().filter(x -> x.id() == a.id()).findFirst().orElseThrow());
    }

    private List<String> rowTexts() {
        return links.rows().stream().map(LinkRow::text).toList();
    }

    private long stored() {
        return TestProjects.store(session).links().count(doc.id(), ana.id());
    }

    @Test
    void tabStepsThroughTheTargetsNearestFirstAndEnterLinks() {
        select(forty);
        links.mode().start();
        assertTrue(links.mode().activeProperty().get());
        assertEquals(roads.id(), links.mode().targetProperty().get().id(), "the claim around the statistic is nearest");
        links.mode().step(true);
        assertEquals(bridges.id(), links.mode().targetProperty().get().id(), "Tab: the next claim");
        links.mode().step(true);
        assertEquals(roads.id(), links.mode().targetProperty().get().id(), "round to the first");
        links.mode().step(false);
        assertEquals(bridges.id(), links.mode().targetProperty().get().id(), "Shift+Tab back");
        assertTrue(links.mode().promptProperty().get().startsWith("Linking: Tab / Shift+Tab choose the target (2 of 2)"), links.mode().promptProperty().get());
        links.mode().step(false);
        links.mode().confirm();

        assertFalse(links.mode().activeProperty().get());
        assertNull(links.mode().targetProperty().get());
        assertEquals("", links.mode().promptProperty().get(), "the banner goes");
        assertEquals(1, stored(), "committed at once");
        assertEquals(forty.id(), vm.selectedProperty().get().id(), "the statistic stays selected");
        assertEquals(List.of("supports \u2192 claim \u201cThe mayor said 40% of roads are broken\u201d"), rowTexts());
        assertEquals(List.of(roads.id()), links.linkedEnds().stream().map(Annotation::id).toList());
        assertTrue(vm.messageProperty().get().startsWith("Linked: statistic \u201c40%\u201d supports claim"), vm.messageProperty().get());
    }

    @Test
    void fromTheClaimTheStatisticAndTheOpinionAreTargetsAndTheLinkKeepsItsDeclaredDirection() {
        select(roads);
        links.mode().start();
        List<Long> order = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            order.add(links.mode().targetProperty().get().id());
            links.mode().step(true);
        }
        assertEquals(List.of(forty.id(), critics.id(), twelve.id()), order, "nearest first; framing is no target");
        links.mode().step(true); // round to the opinion
        links.mode().confirm();
        var made = TestProjects.store(session).links().forDocument(doc.id(), ana.id());
        assertEquals(1, made.size());
        assertEquals(critics.id(), made.get(0).fromTagId(), "responds to goes from the opinion to the claim");
        assertEquals(roads.id(), made.get(0).toTagId());
        assertEquals(List.of("\u2190 responds to \u00b7 attributed opinion \u201cCritics called the figure made up\u201d"), rowTexts());
    }

    @Test
    void aTypeIsAskedForWhenMoreThanOneFitsAndCancellingMakesNoLink() {
        LinkType sameEnds = TestProjects.store(session).links().insertType(new LinkType(0, "disputes",
                List.of(session.labels().get(1).id()), List.of(session.labels().get(0).id()), ""));
        vm.reloadProjectData();
        select(forty);
        links.mode().start();
        dialogs.answer(null);
        links.mode().confirm();
        assertEquals(0, stored(), "cancelled: nothing linked");
        assertEquals(1, dialogs.questions.size());

        links.mode().start();
        dialogs.answer("disputes: statistic \u201c40%\u201d \u2192 claim \u201cThe mayor said 40% of roads are broken\u201d");
        links.mode().confirm();
        var made = TestProjects.store(session).links().forDocument(doc.id(), ana.id());
        assertEquals(List.of(sameEnds.id()), made.stream().map(x -> x.typeId()).toList());

        links.mode().start();
        assertEquals(roads.id(), links.mode().targetProperty().get().id(), "the other type still fits the same claim");
        links.mode().confirm(); // one fit left: no question
        assertEquals(2, stored());
        assertEquals(2, dialogs.questions.size());
    }

    @Test
    void aClickOnATargetLinksAndAClickElsewhereKeepsLinking() {
        select(forty);
        links.mode().start();
        assertTrue(links.mode().clicked(List.of(frame)), "the click belongs to the link");
        assertTrue(links.mode().activeProperty().get(), "a framing tag is no target: still linking");
        assertTrue(vm.messageProperty().get().contains("cannot be linked"), vm.messageProperty().get());
        assertTrue(links.mode().clicked(List.of(bridges)));
        assertEquals(List.of(bridges.id()), links.linkedEnds().stream().map(Annotation::id).toList());
        assertFalse(links.mode().clicked(List.of(roads)), "not linking: an ordinary click");
    }

    @Test
    void escOrSelectingAnotherTagStopsWithoutALink() {
        select(forty);
        links.mode().start();
        links.mode().cancel();
        assertFalse(links.mode().activeProperty().get());
        assertEquals("No link made.", vm.messageProperty().get());
        links.mode().start();
        select(bridges);
        assertFalse(links.mode().activeProperty().get());
        assertEquals(0, stored());
    }

    @Test
    void undoAndRedoTakeTheLinkBackAndRestoreIt() {
        select(forty);
        links.mode().start();
        links.mode().confirm();
        vm.undo();
        assertEquals(List.of(), rowTexts());
        assertEquals(0, stored());
        assertEquals(List.of(), links.linkedEnds());
        vm.redo();
        assertEquals(1, rowTexts().size());
        assertEquals(1, stored());
    }

    @Test
    void deletingALinkedTagTakesItsLinksAndUndoBringsThemBack() {
        select(forty);
        links.mode().start();
        links.mode().confirm();
        select(roads);
        vm.deleteSelected();
        select(forty);
        assertEquals(List.of(), rowTexts(), "the link went with the claim");
        vm.undo();
        select(forty);
        assertEquals(1, rowTexts().size(), "undo: the claim and its link");
        assertEquals(roads.id(), links.linkedEnds().get(0).id());
    }

    @Test
    void deletingAnUnlinkedTagLeavesTheArcsAloneAndALinkedOneRedrawsThem() {
        select(forty);
        links.mode().start();
        links.mode().confirm(); // 40% supports roads
        int before = links.revisionProperty().get();
        select(frame);
        vm.deleteSelected();
        vm.undo();
        assertEquals(before, links.revisionProperty().get(), "no link touched the framing tag: the arcs stay as drawn");
        assertEquals(List.of(), rowTexts());
        select(roads);
        assertEquals(1, links.drawnBetween(0, TEXT.length()).size(), "drawn before the delete");
        vm.deleteSelected();
        assertTrue(links.revisionProperty().get() > before, "the claim's link went with it: the arcs are drawn anew");
        assertEquals(List.of(), links.drawnBetween(0, TEXT.length()));
        vm.undo();
        assertEquals(1, links.drawnBetween(0, TEXT.length()).size(), "undo brings the tag and its arc back");
    }

    @Test
    void jWalksAlongLinksAndTheListUnlinks() {
        select(forty);
        links.mode().start();
        links.mode().confirm(); // 40% supports roads
        select(critics);
        links.mode().start();
        links.mode().confirm(); // critics respond to roads (nearest claim)
        select(roads);
        assertEquals(2, links.rows().size());
        assertEquals(forty.id(), links.jump(true).orElseThrow().id(), "J: along the first link");
        assertEquals(roads.id(), links.jump(true).orElseThrow().id(), "the statistic's only link leads back");
        assertEquals(critics.id(), links.jump(true).orElseThrow().id(), "then the claim's next link");
        select(roads);
        links.unlink(links.rows().get(0));
        assertEquals(1, stored());
        assertEquals(1, links.rows().size());
        vm.undo();
        assertEquals(2, links.rows().size(), "undo brings the link back");
    }

    @Test
    void arcsAreTheLinksWithBothEndsInTheStretchTheSelectedTagsStrong() {
        select(forty);
        links.mode().start();
        links.mode().step(true);
        links.mode().confirm(); // 40% supports bridges
        select(twelve);
        links.mode().start();
        links.mode().confirm(); // 12 supports bridges
        List<DrawnLink> all = links.drawnBetween(0, TEXT.length());
        assertEquals(2, all.size());
        assertEquals(List.of(false, true), all.stream().map(DrawnLink::emphasized).toList(), "the selected tag's link is strong");
        assertEquals(List.of(twelve.span()), links.drawnBetween(75, TEXT.length()).stream().map(DrawnLink::from).toList(),
                "the link from 40% starts off this stretch");
        assertEquals("supports", all.get(0).type());
    }

    @Test
    void anotherAnalystsLayerShowsLinksButMakesNone() {
        select(forty);
        links.mode().start();
        links.mode().confirm();
        Analyst bo = session.analyst("Bo");
        vm.showLayerOf(bo);
        vm.showLayerOf(ana);
        select(forty);
        assertEquals(1, links.rows().size(), "the layer's links read again");
        vm.showLayerOf(bo);
        vm.selectedProperty().set(null);
        links.mode().start();
        assertFalse(links.mode().activeProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Select a tag first"), vm.messageProperty().get());
    }

    @Test
    void aTagWithNothingToLinkToSaysWhatTheCodebookAllows() {
        select(frame);
        links.mode().start();
        assertFalse(links.mode().activeProperty().get());
        assertTrue(vm.messageProperty().get().contains("supports (statistic \u2192 claim)"), vm.messageProperty().get());
        vm.selectedProperty().set(null);
        assertTrue(links.jump(true).isEmpty());
    }
}
