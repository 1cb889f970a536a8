package org.newsmark.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.DocumentSummary;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/**
 * File › Merge Analysts from Project… through the workbench: a clashing name is asked until it is
 * free (or kept knowingly), the merge lands in one piece and is reported, a cancel writes nothing.
 */
class MergeViewModelTest {

    static final String TEXT = "The mayor said 40% of roads are broken. Critics called the figure made up.";
    static final String THEIRS_ONLY = "An article only the other project has.";

    @TempDir
    Path dir;
    Path ours;
    Path theirs;
    ProjectSession session;
    ScriptedDialogs dialogs;
    ImmediateTasks tasks;
    WorkbenchViewModel vm;
    Document doc;

    @BeforeEach
    void setUp() throws Exception {
        theirs = dir.resolve("theirs.newsmark");
        try (ProjectSession other = TestProjects.create(theirs)) {
            Document d = other.documents().add("Roads", "roads.txt", TEXT).document();
            Document only = other.documents().add("Only theirs", "only.txt", THEIRS_ONLY).document();
            Label quote = other.addLabel("quote", "#000000", null, "a direct quote");
            Label claim = other.labels().get(0);
            Analyst ana = other.analyst("Ana");
            Analyst cy = other.analyst("Cy");
            other.annotations().tag(d, ana, claim, new Span(4, 9)); // the same tag our Ana has
            other.annotations().tag(d, ana, quote, new Span(40, 47));
            other.annotations().tag(only, cy, claim, new Span(0, 10));
        }
        ours = dir.resolve("ours.newsmark");
        session = TestProjects.create(ours);
        doc = session.documents().add("Roads", "roads.txt", TEXT).document();
        Analyst ana = session.analyst("Ana");
        Analyst bo = session.analyst("Bo");
        session.annotations().tag(doc, ana, session.labels().get(0), new Span(4, 9));
        session.annotations().tag(doc, bo, session.labels().get(1), new Span(15, 18));
        dialogs = new ScriptedDialogs();
        tasks = new ImmediateTasks();
        vm = new WorkbenchViewModel(session, ana, tasks, dialogs);
        vm.openDocument(doc.id());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    /** analyst name → number of tags, over the whole project, read by a fresh session. */
    private Map<String, Integer> tagsPerAnalyst() throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(ours)) {
            Map<String, Integer> out = new TreeMap<>();
            for (Analyst a : reader.analysts()) {
                int n = 0;
                for (DocumentSummary d : reader.documents().summaries(null)) {
                    n += reader.annotations().annotations(d.id(), a.id()).size();
                }
                out.put(a.name(), n);
            }
            return out;
        }
    }

    private int documentsOnDisk() throws Exception {
        try (ProjectSession reader = TestProjects.openReadOnly(ours)) {
            return reader.documents().summaries(null).size();
        }
    }

    private static String asked(String name, String other) {
        return "This project already has an analyst named “" + name + "”.\nGive the analyst from " + other
                + " another name (or keep “" + name + "” to add the tags to theirs).";
    }

    @Test
    void aClashIsAskedAndAnotherAnalystsNameIsAskedAgainUntilTheNameIsFree() throws Exception {
        dialogs.answer("Bo").answer(" Cy ").answer("  Ana (field team) ");
        vm.merge().merge(theirs);

        assertEquals(List.of(
                asked("Ana", "theirs.newsmark"),
                "“Bo” is another analyst's name.\n" + asked("Ana", "theirs.newsmark"),
                "“Cy” is another analyst's name.\n" + asked("Ana", "theirs.newsmark")), dialogs.questions,
                "our Bo and their Cy are both taken");
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Merged theirs.newsmark: Added: 2 analysts, 3 tags, 1 new article, 1 new label, 0 links."
                + "\n“Ana” is now “Ana (field team)”."), dialogs.infos);
        assertEquals("Merged theirs.newsmark", vm.messageProperty().get());
        assertEquals(Map.of("Ana", 1, "Bo", 1, "Ana (field team)", 2, "Cy", 1), tagsPerAnalyst(), "our Ana is untouched");
        assertEquals(2, documentsOnDisk());
        assertEquals(java.util.Set.of("Ana", "Bo", "Ana (field team)", "Cy"), java.util.Set.copyOf(
                vm.analysts().stream().map(Analyst::name).toList()), "the Analyst menu is read again");
        assertEquals(2, vm.documents().size(), "the article list is read again");
        assertTrue(vm.labels().stream().anyMatch(l -> l.name().equals("quote")), "and the codebook");
        assertEquals(List.of("Reading theirs.newsmark", "Merging theirs.newsmark"), tasks.titles());
    }

    @Test
    void keepingTheClashingNameAddsTheTagsToOursWithoutTwins() throws Exception {
        dialogs.answer("Ana");
        vm.merge().merge(theirs);
        assertEquals(List.of("Merged theirs.newsmark: Added: 1 analyst, 2 tags, 1 new article, 1 new label, 0 links."),
                dialogs.infos, "Cy is new; of Ana's two tags one was already ours");
        assertEquals(Map.of("Ana", 2, "Bo", 1, "Cy", 1), tagsPerAnalyst());
        assertEquals(List.of("mayor", "Critics"), vm.annotations().stream().map(a -> vm.excerpt(a, 60)).toList(),
                "the merged tag is shown in Ana's open article");
    }

    @Test
    void cancellingTheNameQuestionWritesNothing() throws Exception {
        Map<String, Integer> before = tagsPerAnalyst();
        long size = Files.size(ours);
        vm.merge().merge(theirs);
        assertEquals(1, dialogs.questions.size());
        assertEquals("Merge cancelled: nothing was changed.", vm.messageProperty().get());
        assertEquals(List.of(), dialogs.infos);
        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Reading theirs.newsmark"), tasks.titles(), "the merge itself never ran");
        assertEquals(before, tagsPerAnalyst());
        assertEquals(1, documentsOnDisk());
        assertEquals(size, Files.size(ours));
    }

    @Test
    void twoClashesCannotBeGivenTheSameNewName() throws Exception {
        try (ProjectSession other = TestProjects.open(theirs)) {
            other.annotations().tag(other.documents().find(1).orElseThrow(), other.analyst("Bo"), other.labels().get(0),
                    new Span(0, 3));
        }
        dialogs.answer("Guest").answer("Guest").answer("Guest 2");
        vm.merge().merge(theirs);
        assertEquals(3, dialogs.questions.size(), "the second Guest is asked again: " + dialogs.questions);
        assertEquals("“Guest” is another analyst's name.\n" + asked("Bo", "theirs.newsmark"), dialogs.questions.get(2));
        assertEquals(List.of(), dialogs.errors);
        assertEquals(Map.of("Ana", 1, "Bo", 1, "Guest", 2, "Guest 2", 1, "Cy", 1), tagsPerAnalyst());
    }

    @Test
    void aProjectCannotBeMergedIntoItself() throws Exception {
        Map<String, Integer> before = tagsPerAnalyst();
        vm.merge().merge(ours);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Nothing was merged: A project cannot be merged into itself"),
                dialogs.errors.get(0));
        assertEquals(before, tagsPerAnalyst());
    }

    @Test
    void aFileThatIsNoProjectIsRefusedByName() throws Exception {
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Path bad = Files.write(dir.resolve("junk.newsmark"), junk);
        vm.merge().merge(bad);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Nothing was merged: ") && dialogs.errors.get(0).contains("junk.newsmark"),
                dialogs.errors.get(0));
        assertEquals(Map.of("Ana", 1, "Bo", 1), tagsPerAnalyst());
    }

    @Test
    void aCancelledChooserMergesNothing() throws Exception {
        vm.merge().chooseAndMerge();
        assertEquals(List.of("Merge analysts from project"), dialogs.questions);
        assertEquals(List.of(), tasks.titles());
        assertEquals(Map.of("Ana", 1, "Bo", 1), tagsPerAnalyst());
    }
}
