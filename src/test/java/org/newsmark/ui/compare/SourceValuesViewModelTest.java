package org.newsmark.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Document;
import org.newsmark.domain.Source;
import org.newsmark.domain.SourceKind;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ImmediateTasks;
import org.newsmark.ui.common.SaveStatusViewModel;
import org.newsmark.ui.common.ScriptedDialogs;

/** The Attribute values tab on a source attribute: values shown by name, a typed name set into consensus as its source. */
class SourceValuesViewModelTest {

    @TempDir
    Path dir;
    ProjectSession session;
    ComparisonViewModel vm;
    ScriptedDialogs dialogs = new ScriptedDialogs();
    Attribute speaker;
    Source merkel;
    Source merz;

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        Document d = session.documents().add("One", "one.txt", "Merkel said the plan works.").document();
        var label = session.codebook().codebook().label("attributed opinion").orElseThrow();
        speaker = session.codebook().codebook().attributes().stream().filter(a -> a.name().equals("speaker")).findFirst().orElseThrow();
        merkel = session.sources().create("Angela Merkel", SourceKind.NAMED_PERSON, "", "");
        merz = session.sources().create("Friedrich Merz", SourceKind.NAMED_PERSON, "", "");
        for (var who : List.of(session.analyst("Ann"), session.analyst("Ben"))) {
            var tag = session.annotations().tag(d, who, label, new Span(0, 26));
            Source s = who.name().equals("Ann") ? merkel : merz;
            session.annotations().setAttributes(tag, AttributeValues.EMPTY.with(speaker.id(), List.of(s.valueId())));
        }
        vm = new ComparisonViewModel(session, new ImmediateTasks(), dialogs, new SaveStatusViewModel(dialogs, null));
    }

    @AfterEach
    void tearDown() {
        vm.close();
        session.close();
    }

    @Test
    void aSourceDifferenceIsShownByNameAndATypedNameBecomesItsSource() {
        var x = vm.valueConflicts().stream().filter(c -> c.attribute().id() == speaker.id()).findFirst().orElseThrow();
        assertEquals("Angela Merkel", vm.shownValues(x.attribute(), x.a()));
        assertEquals("Friedrich Merz", vm.shownValues(x.attribute(), x.b()));
        assertEquals("—", vm.shownValues(x.attribute(), x.consensus()));
        vm.selectedConflictProperty().set(x);
        dialogs.answer("angela merkel");
        vm.typeValue();
        var after = vm.valueConflicts().stream().filter(c -> c.attribute().id() == speaker.id()).findFirst().orElseThrow();
        assertEquals(List.of(merkel.valueId()), after.consensus(), "the name typed is the existing source's id");
        assertEquals(2, session.sources().all().size(), "no source made for a name that exists");
    }
}
