package org.newsmark.ui.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Attribute;
import org.newsmark.domain.AttributeValues;
import org.newsmark.domain.Label;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.ui.common.ScriptedDialogs;

/** The form of a tag-all's values without a screen: the label's fields, checks, a source by name, a fresh form each time, cancel. */
class NewTagValuesViewModelTest {

    @TempDir
    Path dir;
    ProjectSession session;
    NewTagValuesViewModel form;
    List<String> asked = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        session = TestProjects.create(dir.resolve("p.newsmark"));
        form = new NewTagValuesViewModel(session.codebook(), session.sources(), new ScriptedDialogs());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private Label label(String name) {
        return session.labels().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    private Attribute field(String name) {
        return form.fields().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aSourceIsGivenByNameAndTheChoiceIsChecked() {
        long minister = session.sources().namedOrNew("Minister").id();
        form.askWith((title, f) -> {
            asked.add(title);
            assertFalse(f.commit(field("speaker type"), List.of("a cat")), "not one of its choices");
            assertTrue(f.commit(field("speaker type"), List.of("named person")));
            assertTrue(f.commit(field("speaker"), List.of("minister")), "a name, as the Tags panel takes it");
            return true;
        });
        AttributeValues given = form.ask("Tag All", label("attributed opinion")).orElseThrow();
        assertEquals(List.of("Tag All"), asked);
        assertEquals(List.of(Long.toString(minister)), given.get(field("speaker").id()), "stored as the source's id");
        assertEquals("speaker = Minister, speaker type = named person", form.describe());
        assertEquals(1, session.sources().all().size(), "the source named so, not a new one");
    }

    @Test
    void eachAskStartsEmptyAndCancelGivesNothing() {
        form.askWith((title, f) -> f.commit(field("frame"), List.of("Economic")));
        assertTrue(form.ask("Tag All", label("framing")).orElseThrow().has(field("frame").id()));
        form.askWith((title, f) -> {
            asked.add(f.valuesProperty().get().toString());
            return false;
        });
        assertEquals(Optional.empty(), form.ask("Tag All", label("framing")));
        assertEquals(List.of("{}"), asked, "the values of the last tag-all are not carried over");
    }

    @Test
    void aLabelWithoutAttributesAsksNothing() {
        Label place = session.addLabel("place", "#0072B2", null, "A place named.");
        form.askWith((title, f) -> {
            asked.add(title);
            return false;
        });
        assertEquals(Optional.of(AttributeValues.EMPTY), form.ask("Tag All", place));
        assertEquals(List.of(), asked);
        assertEquals("", form.describe());
    }
}
