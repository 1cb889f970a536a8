package org.newsmark.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.ScriptedDialogs;
import org.newsmark.ui.workbench.WorkbenchViewModel;

/** A source attribute in the attribute panel: a name typed picks the source so named or creates one; undo takes the value back. */
class SourceAttributeViewModelTest {

    static final String TEXT = "\"The bridge is safe,\" said Ángela Merkel on Monday.";

    @TempDir
    Path dir;
    ProjectSession session;
    WorkbenchViewModel vm;
    AttributesViewModel attributes;
    Annotation opinion;
    Attribute speaker;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        var doc = session.documents().add("Bridge", "b.txt", TEXT).document();
        vm = new WorkbenchViewModel(session, session.analyst("Ana"), new ImmediateTasks(), new ScriptedDialogs());
        vm.openDocument(doc.id());
        attributes = vm.attributes();
        var label = session.labels().stream().filter(l -> l.name().equals("attributed opinion")).findFirst().orElseThrow();
        opinion = vm.tag(label, 1, 19).orElseThrow();
        vm.selectedProperty().set(opinion);
        speaker = attributes.fields().stream().filter(a -> a.name().equals("speaker")).findFirst().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void aTypedNameOfAnExistingSourcePicksItAndTheFieldShowsItsName() {
        Source merkel = session.sources().create("Angela Merkel", SourceKind.NAMED_PERSON, "", "");
        assertTrue(attributes.commit(speaker, List.of("angela MERKEL")));
        assertEquals(List.of(merkel.valueId()), attributes.valuesProperty().get().get(speaker.id()));
        assertEquals("Angela Merkel", attributes.sourceName(merkel.valueId()));
        assertEquals(List.of(merkel), attributes.sources());
        vm.undo();
        assertEquals(List.of(), session.annotations().annotations(opinion.documentId(), opinion.analystId()).get(0)
                .attributes().get(speaker.id()), "setting a source is a tag edit like any: undone");
    }

    @Test
    void aNewNameCreatesANamedPerson() {
        assertTrue(attributes.commit(speaker, List.of("Ilse Marten")));
        Source made = session.sources().named("Ilse Marten").orElseThrow();
        assertEquals(SourceKind.NAMED_PERSON, made.kind());
        assertEquals(List.of(made.valueId()), attributes.valuesProperty().get().get(speaker.id()));
        assertTrue(attributes.commit(speaker, List.of()), "an empty field clears the value");
        assertEquals(List.of(), attributes.valuesProperty().get().get(speaker.id()));
        assertEquals(1, session.sources().all().size(), "clearing removes no source");
        int version = attributes.sourcesVersionProperty().get();
        session.sources().edit(new Source(made.id(), "Ilse Marten-Vogel", made.kind(), "", "", made.created()));
        assertEquals(version + 1, attributes.sourcesVersionProperty().get(), "a renamed source: the panel shows the names anew");
        assertEquals("Ilse Marten-Vogel", attributes.sourceName(made.valueId()));
    }
}
