package org.newsmark.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.ArticleMetadata;
import org.newsmark.domain.Document;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;

/** The details pane without a screen: values shown, checked as typed, saved at once, custom fields added. */
class ArticleDetailsViewModelTest {

    @TempDir
    Path dir;
    ProjectSession session;
    Document d;

    @BeforeEach
    void open() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        d = session.documents().add("Bridge", "a.txt", "The mayor said the bridge will close.").document();
        session.metadata().declare("wave");
        session.metadata().set(d.id(), new ArticleMetadata("Harbour Gazette", null, "2024-02-08", null, "en", Map.of("wave", "1")));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsTheStoredValuesAndSavesAnEditAtOnce() {
        ArticleDetailsViewModel vm = new ArticleDetailsViewModel(session.metadata(), d.id(), d.title(), false);
        assertEquals("Harbour Gazette", vm.value("outlet").get());
        assertEquals("", vm.value("author").get());
        assertEquals(List.of("wave"), vm.fields().stream().map(ArticleDetailsViewModel.Field::name).toList());
        assertEquals("1", vm.fields().get(0).value().get());
        assertFalse(vm.changedProperty().get());
        vm.value("author").set("Ilse Marten");
        vm.fields().get(0).value().set("2");
        assertTrue(vm.changedProperty().get());
        assertTrue(vm.save());
        assertEquals(new ArticleMetadata("Harbour Gazette", "Ilse Marten", "2024-02-08", null, "en", Map.of("wave", "2")),
                session.metadata().of(d.id()));
        assertFalse(vm.changedProperty().get(), "saved: nothing left to save");
        assertTrue(vm.messageProperty().get().contains("Saved"), vm.messageProperty().get());
    }

    @Test
    void aBadValueIsSaidAsTypedAndNothingIsSaved() {
        ArticleDetailsViewModel vm = new ArticleDetailsViewModel(session.metadata(), d.id(), d.title(), false);
        vm.value("published").set("8 Feb 2024");
        assertEquals("Published \u201c8 Feb 2024\u201d is not an ISO 8601 date (2024-02-08) or date-time (2024-02-08T10:15:00Z).",
                vm.problemProperty().get());
        vm.value("outlet").set("");
        assertFalse(vm.save());
        assertEquals("Harbour Gazette", session.metadata().of(d.id()).outlet(), "nothing written");
        vm.value("published").set("2024-02-08T10:15:00+01:00");
        assertEquals("", vm.problemProperty().get());
        vm.value("url").set("gazette.example");
        assertTrue(vm.problemProperty().get().startsWith("Url \u201cgazette.example\u201d is not an http or https address"),
                vm.problemProperty().get());
    }

    @Test
    void aNewCustomFieldIsDeclaredOnSave() {
        ArticleDetailsViewModel vm = new ArticleDetailsViewModel(session.metadata(), d.id(), d.title(), false);
        vm.newFieldProperty().set("author");
        assertFalse(vm.addField(), "a built-in name is no custom field");
        assertTrue(vm.problemProperty().get().contains("built-in"), vm.problemProperty().get());
        vm.newFieldProperty().set("wave");
        assertFalse(vm.addField());
        vm.newFieldProperty().set(" desk ");
        assertTrue(vm.addField());
        assertEquals("", vm.problemProperty().get());
        vm.fields().get(1).value().set("Local");
        assertTrue(vm.save());
        assertEquals(List.of("wave", "desk"), session.metadata().fields());
        assertEquals("Local", session.metadata().of(d.id()).fields().get("desk"));
    }

    @Test
    void aReadOnlySessionSavesNothing() throws Exception {
        ArticleDetailsViewModel vm = new ArticleDetailsViewModel(session.metadata(), d.id(), d.title(), true);
        vm.value("author").set("Someone");
        assertFalse(vm.save());
        assertTrue(vm.messageProperty().get().contains("read-only"));
        assertEquals(null, session.metadata().of(d.id()).author());
    }
}
