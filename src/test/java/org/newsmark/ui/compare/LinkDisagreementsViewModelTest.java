package org.newsmark.ui.compare;

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
import org.newsmark.domain.Span;
import org.newsmark.service.AdjudicationService;
import org.newsmark.service.TestProjects;
import org.newsmark.service.LinkCompareFixture;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.ScriptedDialogs;

/** The compare window's links table and "Link disagreements" tab, without a screen. */
class LinkDisagreementsViewModelTest {

    @TempDir
    Path dir;
    LinkCompareFixture f;
    ComparisonViewModel vm;
    LinkDisagreementsViewModel links;

    @BeforeEach
    void setUp() throws Exception {
        f = new LinkCompareFixture(dir.resolve("links-vm.newsmark"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        vm = new ComparisonViewModel(f.session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
        links = vm.links();
    }

    @AfterEach
    void tearDown() {
        vm.close();
        f.session.close();
    }

    private List<String> rows() {
        return links.rows().stream().map(r -> r.link().side() + " " + r.link().type() + " " + r.status()).toList();
    }

    @Test
    void theTableHasAllDocumentsRowsAndTheChosenDocumentsToo() {
        assertEquals(List.of("all docs all link types 1/3/3 0.333", "all docs responds to 0/1/1 0.000", "all docs supports 1/2/2 0.500"),
                links.figureRows().stream().map(r -> r.scope() + " " + r.type() + " " + r.result().matched() + "/" + r.result().a()
                        + "/" + r.result().b() + " " + LinkTable.format(r.result().f1())).toList());
        vm.scopeProperty().set(vm.documentChoices().stream().filter(c -> c.id() != null && c.id() == f.noLinks.id()).findFirst().orElseThrow());
        assertEquals(6, links.figureRows().size(), "this doc's three rows, then all docs'");
        assertEquals("—", LinkTable.format(links.figureRows().get(0).result().f1()), "no link in this doc: undefined, shown —");
        assertTrue(links.tsv().startsWith("Scope\tLink type\tMatch\tA\tB\tP\tR\tF1\nthis doc\tall link types\t0\t0\t0\t—\t—\t—\n"), links.tsv());
        assertEquals(List.of(), links.rows(), "no link disagreements in that document");
    }

    @Test
    void walkingSelectsEachLinkAndShowsItsDocument() {
        assertEquals(List.of("A supports OPEN", "A responds to OPEN", "B supports OPEN", "B responds to OPEN"), rows());
        links.previous();
        assertEquals(3, links.rows().indexOf(links.selectedProperty().get()), "previous from nothing wraps to the end");
        links.next();
        assertEquals(0, links.rows().indexOf(links.selectedProperty().get()));
        assertEquals(f.doc.id(), vm.shownDocumentProperty().get().id());
        assertEquals("A (Ann) · supports · “dddd” → “bbbb”  (doc " + f.doc.id() + ")", links.text(links.selectedProperty().get()),
                "two articles compared: the row names its article");
        assertEquals(5, links.selectedProperty().get().begin(), "the panes select from the claim at 5");
        assertEquals(19, links.selectedProperty().get().end(), "to the end of the statistic at 19");
    }

    @Test
    void acceptingMarksTheLinkMovesOnAndTheWindowsUndoTakesItBack() {
        links.next();
        links.acceptB();
        assertEquals("Analyst B has no such link: this one is A's. Nothing to accept.", vm.messageProperty().get());
        links.acceptA();
        assertEquals(List.of("A supports IN_CONSENSUS", "A responds to OPEN", "B supports OPEN", "B responds to OPEN"), rows());
        assertEquals(1, links.rows().indexOf(links.selectedProperty().get()), "moves on to the next open one");
        assertEquals("1 of 4 settled", links.progressProperty().get());
        Analyst consensus = f.session.findAnalyst(AdjudicationService.DEFAULT_CONSENSUS).orElseThrow();
        assertEquals(1, f.session.annotations().links(f.doc.id(), consensus.id()).size());
        List<Span> spans = f.session.annotations().annotations(f.doc.id(), consensus.id()).stream().map(Annotation::span).toList();
        assertEquals(List.of(new Span(5, 9), new Span(15, 19)), spans.stream().sorted().toList());

        links.reject();
        assertEquals(List.of("A supports IN_CONSENSUS", "A responds to REJECTED", "B supports OPEN", "B responds to OPEN"), rows());
        assertEquals("2 of 4 settled", links.progressProperty().get());

        vm.undo();
        assertEquals(List.of("A supports OPEN", "A responds to REJECTED", "B supports OPEN", "B responds to OPEN"), rows(),
                "Ctrl+Z took the link back and the list was told");
        assertEquals(List.of(), f.session.annotations().annotations(f.doc.id(), consensus.id()), "and both its tags");
    }

    @Test
    void aRejectionIsKeptInTheProjectOutlivesTheLinksIdAndAcceptingClearsIt() {
        links.next();
        links.next();
        links.reject(); // A's "responds to"
        assertEquals(List.of("A supports OPEN", "A responds to REJECTED", "B supports OPEN", "B responds to OPEN"), rows());
        vm.close();

        ScriptedDialogs dialogs = new ScriptedDialogs();
        ComparisonViewModel again = new ComparisonViewModel(f.session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
        LinkDisagreementsViewModel reopened = again.links();
        assertEquals("1 of 4 settled", reopened.progressProperty().get(), "a new window reads the rejection from the project");
        var responds = reopened.rows().get(1).link();
        f.session.annotations().unlink(responds.link());
        f.session.annotations().link(responds.from(), responds.to(), f.respondsTo);
        assertEquals(List.of("A supports OPEN", "A responds to REJECTED", "B supports OPEN", "B responds to OPEN"),
                reopened.rows().stream().map(r -> r.link().side() + " " + r.link().type() + " " + r.status()).toList(),
                "the same link made again under a new id is still the rejected one");
        reopened.selectedProperty().set(reopened.rows().get(1));
        reopened.acceptA();
        assertEquals("A responds to IN_CONSENSUS", reopened.rows().get(1).link().side() + " " + reopened.rows().get(1).link().type()
                + " " + reopened.rows().get(1).status());
        Analyst consensus = f.session.findAnalyst(AdjudicationService.DEFAULT_CONSENSUS).orElseThrow();
        assertEquals(java.util.Set.of(), TestProjects.store(f.session).linkRejections().inDocument(f.doc.id(), consensus.id()),
                "accepted after all: the rejection is gone");
        again.close();
    }

    @Test
    void aLinkMadeByAOrBComputesTheComparisonAnew() {
        var bens = f.session.annotations().annotations(f.doc.id(), f.ben.id());
        Annotation opinion = bens.stream().filter(x -> x.labelId() == f.opinion.id()).findFirst().orElseThrow();
        Annotation firstClaim = bens.stream().filter(x -> x.span().equals(LinkCompareFixture.slot(0))).findFirst().orElseThrow();
        f.session.annotations().link(opinion, firstClaim, f.respondsTo);
        assertEquals(List.of("A supports OPEN", "B supports OPEN", "B responds to OPEN"), rows(), "Ann's responds-to now matches Ben's new one");
        assertEquals(1, links.figureRows().stream().filter(r -> r.type().equals("responds to")).findFirst().orElseThrow().result().matched());
        vm.close();
        f.session.annotations().unlink(f.session.annotations().links(f.doc.id(), f.ben.id()).get(3));
        assertEquals(3, links.rows().size(), "a closed window no longer listens");
    }
}
