package org.newsmark.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.ArticleStatus;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;

/** Issue 16.3 and 16.4 without a screen: the table's filters and sort, the status keys, progress, a reviewer's view. */
class ArticleTableViewModelTest {

    @TempDir
    Path dir;
    Path file;
    ProjectSession session;
    WorkbenchViewModel vm;
    ArticleTableViewModel table;
    Document roads;
    Document bridges;
    Document parks;
    Analyst ana;
    Analyst bo;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("study.newsmark");
        session = TestProjects.create(file);
        roads = session.documents().add("Roads in the city", "roads.txt", "The mayor said 40% of roads are broken.").document();
        bridges = session.documents().add("Bridges", "bridges.txt", "A second article about bridges.").document();
        parks = session.documents().add("Parks", "parks.txt", "A third article about parks.").document();
        session.metadata().declare("wave");
        session.metadata().set(roads.id(), new ArticleMetadata("Le Monde", "Élise Durand", "2024-03-01", null, "fr", java.util.Map.of()));
        session.metadata().set(bridges.id(), new ArticleMetadata("Harbour Gazette", null, "2023-11-20", null, null,
                java.util.Map.of("wave", "Second wave")));
        ana = session.analyst("Ana");
        bo = session.analyst("Bo");
        session.annotations().tag(roads, bo, session.labels().get(0), new Span(0, 9));
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), new ScriptedDialogs());
        table = vm.articleTable();
        vm.openDocument(roads.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private List<String> shown() {
        return table.sorted().stream().map(ArticleRow::title).toList();
    }

    @Test
    void theQuickFilterFindsTitleOutletAuthorAndAnyMetadataAccentsAndCaseAside() {
        assertEquals(List.of("Roads in the city", "Bridges", "Parks"), shown());
        table.queryProperty().set("ELISE");
        assertEquals(List.of("Roads in the city"), shown(), "the author, without its accent");
        table.queryProperty().set("harbour");
        assertEquals(List.of("Bridges"), shown(), "the outlet");
        table.queryProperty().set("second WAVE");
        assertEquals(List.of("Bridges"), shown(), "a custom field");
        table.queryProperty().set("parks");
        assertEquals(List.of("Parks"), shown(), "the title");
        assertEquals(List.of(parks.id()), table.filteredIds());
        table.queryProperty().set("  ");
        assertEquals(3, shown().size(), "blank: every article");
    }

    @Test
    void theOutletAndStatusChoosersNarrowTheListAndSortingByDateOrdersIt() {
        assertEquals(List.of("Harbour Gazette", "Le Monde"), table.outlets());
        table.outletFilterProperty().set("Le Monde");
        assertEquals(List.of("Roads in the city"), shown());
        table.outletFilterProperty().set(null);
        table.sorted().setComparator(ArticleTableViewModel.BY_PUBLISHED);
        assertEquals(List.of("Bridges", "Roads in the city", "Parks"), shown(), "oldest first, the undated last");
        assertEquals(List.of(bridges.id(), roads.id(), parks.id()), table.filteredIds(), "in the order shown");

        table.setStatusOfCurrent(ArticleStatus.DONE);
        table.statusFilterProperty().set(ArticleStatus.DONE);
        assertEquals(List.of("Roads in the city"), shown());
        table.statusFilterProperty().set(ArticleStatus.TODO);
        assertEquals(List.of("Bridges", "Parks"), shown());
    }

    @Test
    void theStatusKeysSetMyStatusOfTheOpenArticleSavedAtOnceAndTheProgressFollows() throws Exception {
        assertEquals("Ana: 0 of 3 done", table.progressProperty().get());
        table.setStatusOfCurrent(ArticleStatus.IN_PROGRESS);
        assertEquals("Ana: 0 of 3 done, 1 in progress", table.progressProperty().get());
        table.setStatusOfCurrent(ArticleStatus.DONE);
        vm.openDocument(bridges.id());
        table.setStatusOfCurrent(ArticleStatus.DONE);
        assertEquals("Ana: 2 of 3 done", table.progressProperty().get());
        assertEquals("\u201cBridges\u201d: done for Ana.", vm.messageProperty().get());
        table.setStatusOfCurrent(ArticleStatus.TODO);
        assertEquals("Ana: 1 of 3 done", table.progressProperty().get(), "pressed again: taken back");
        table.queryProperty().set("roads");
        assertEquals("Ana: 1 of 3 done \u00b7 1 shown", table.progressProperty().get());
        try (ProjectSession reader = TestProjects.openReadOnly(file)) {
            assertEquals(ArticleStatus.DONE, reader.statuses().of(roads.id(), ana.id()));
            assertEquals(ArticleStatus.TODO, reader.statuses().of(bridges.id(), ana.id()));
        }
    }

    @Test
    void aReviewerSeesAnotherAnalystsStatusTheLayerShownDecidingByDefault() {
        session.statuses().set(parks.id(), bo, ArticleStatus.DONE);
        session.statuses().set(roads.id(), bo, ArticleStatus.IN_PROGRESS);
        ArticleRow parksRow = table.rows().get(2);
        assertEquals(ArticleStatus.TODO, table.statusOf(parksRow), "Ana's own status shown");
        vm.showLayerOf(bo);
        assertEquals(bo, table.statusOfProperty().get(), "Bo's layer shown: Bo's status");
        assertEquals(ArticleStatus.DONE, table.statusOf(table.rows().get(2)));
        assertEquals("Bo: 1 of 3 done, 1 in progress", table.progressProperty().get());
        assertEquals(List.of(1, 0, 0), table.rows().stream().map(ArticleRow::tags).toList(), "Bo's tag counts");
        vm.showMyLayer();
        table.statusOfProperty().set(bo);
        assertEquals("Bo: 1 of 3 done, 1 in progress", table.progressProperty().get(), "chosen: a reviewer's look at Bo");
        table.statusFilterProperty().set(ArticleStatus.IN_PROGRESS);
        assertEquals(List.of("Roads in the city"), shown());
    }

    @Test
    void aNewTagMovesTheCountInItsRowWithoutAListChangeUnlessTheTableIsSortedByTags() {
        vm.showLayerOf(bo);
        ArticleRow row = table.rows().get(0);
        List<String> changes = new java.util.ArrayList<>();
        table.sorted().addListener((javafx.collections.ListChangeListener<ArticleRow>) c -> changes.add(c.toString()));
        List<Number> counts = new java.util.ArrayList<>();
        row.tagsProperty().addListener((o, a, b) -> counts.add(b));
        session.annotations().tag(roads, bo, session.labels().get(1), new Span(10, 14));
        assertEquals(List.of(2), counts, "the row's count moved");
        assertEquals(List.of(), changes, "no list change: the table lays out one cell, not every row");
        org.junit.jupiter.api.Assertions.assertSame(row, table.rows().get(0));

        // sorted by tags, the row is replaced so that the sorted list moves it
        table.sortedByTagsProperty().set(true);
        table.sorted().setComparator(java.util.Comparator.comparingInt(ArticleRow::tags));
        session.annotations().tag(bridges, bo, session.labels().get(1), new Span(0, 1));
        session.annotations().tag(bridges, bo, session.labels().get(1), new Span(2, 8));
        session.annotations().tag(bridges, bo, session.labels().get(1), new Span(9, 15));
        assertEquals(List.of("Parks", "Roads in the city", "Bridges"), shown(), "3 tags sort after 2");
        assertTrue(!changes.isEmpty());
    }

    @Test
    void aNewTagMovesItsRowsCountWithoutLosingTheFilterAndAReadOnlyProjectRefusesAStatus() throws Exception {
        vm.showLayerOf(bo);
        table.queryProperty().set("roads");
        session.annotations().tag(roads, bo, session.labels().get(1), new Span(10, 14));
        assertEquals(List.of(2), table.sorted().stream().map(ArticleRow::tags).toList());
        session.close();
        session = TestProjects.openReadOnly(file);
        vm = new WorkbenchViewModel(session, ana, new ImmediateTasks(), new ScriptedDialogs());
        vm.openDocument(roads.id());
        vm.articleTable().setStatusOfCurrent(ArticleStatus.DONE);
        assertTrue(vm.messageProperty().get().contains("read-only"), vm.messageProperty().get());
        assertEquals("Ana: 0 of 3 done", vm.articleTable().progressProperty().get());
    }
}
