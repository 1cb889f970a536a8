package org.newsmark.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Codebook;
import org.newsmark.domain.Document;
import org.newsmark.domain.Link;
import org.newsmark.domain.LinkType;
import org.newsmark.domain.Span;
import org.newsmark.service.ProjectMergeService.MergeReport;

/** A merge brings the links of the merged tags along: on the new tag ids, types by name, a missing type created; again adds none. */
class ProjectMergeLinksTest {

    static final String TEXT = "Exports rose 12 percent, the minister said, so the recovery is real.";

    @TempDir
    Path dir;

    private Path other() throws Exception {
        Path file = dir.resolve("field.newsmark");
        try (ProjectSession o = TestProjects.create(file)) {
            o.codebookFiles().importBuiltIn("parc");
            Codebook book = o.codebook().codebook();
            Document d = o.documents().add("Exports", "e.txt", TEXT).document();
            Analyst cleo = o.analyst("Cleo");
            Annotation content = o.annotations().tag(d, cleo, book.label("content").orElseThrow(), span("Exports rose 12 percent"));
            Annotation source = o.annotations().tag(d, cleo, book.label("source").orElseThrow(), span("the minister"));
            Annotation cue = o.annotations().tag(d, cleo, book.label("cue").orElseThrow(), span("said"));
            Annotation statistic = o.annotations().tag(d, cleo, book.label("statistic").orElseThrow(), span("12 percent"));
            Annotation claim = o.annotations().tag(d, cleo, book.label("claim").orElseThrow(), span("the recovery is real"));
            o.annotations().link(source, content, book.linkType("source of").orElseThrow());
            o.annotations().link(cue, content, book.linkType("cue of").orElseThrow());
            o.annotations().link(statistic, claim, book.linkType("supports").orElseThrow());
        }
        return file;
    }

    private static Span span(String s) {
        int at = TEXT.indexOf(s);
        return new Span(at, at + s.length());
    }

    /** "TYPE from → to" for every link here. */
    private static List<String> links(ProjectSession s) {
        Codebook book = s.codebook().codebook();
        return TestProjects.store(s).links().all(null, null).stream().map(l -> book.linkType(l.typeId()).orElseThrow().name()
                + " " + text(s, l, l.fromTagId()) + " → " + text(s, l, l.toTagId())).toList();
    }

    private static String text(ProjectSession s, Link l, long tagId) {
        Annotation a = TestProjects.store(s).annotations().find(tagId).orElseThrow();
        return TEXT.substring(a.span().begin(), a.span().end());
    }

    @Test
    void linksComeAlongOnTheNewTagsAMissingTypeIsCreatedAnEndWidenedAndAgainAddsNothing() throws Exception {
        Path other = other();
        try (ProjectSession target = TestProjects.create(dir.resolve("t.newsmark"))) {
            Codebook before = target.codebook().codebook();
            LinkType supports = before.linkType("supports").orElseThrow();
            long framing = before.label("framing").orElseThrow().id();
            // here a statistic supports framing only: the incoming statistic → claim link widens the type's end
            TestProjects.store(target).links().setEnds(supports.id(), supports.fromLabels(), List.of(framing));

            MergeReport r = target.merges().merge(other, ProjectMergeService.NameClashResolver.suffixWithFileName()).orElseThrow();
            assertEquals(5, r.tagsAdded());
            assertEquals(3, r.linksAdded());
            assertEquals(2, r.linkTypesAdded(), "source of and cue of are new here");
            assertEquals(List.of("supports: statistic \u2192 claim"), r.linkEndsWidened(), "the widened end is reported");
            assertEquals(List.of("source of the minister → Exports rose 12 percent", "cue of said → Exports rose 12 percent",
                    "supports 12 percent → the recovery is real"), links(target));
            Codebook after = target.codebook().codebook();
            assertEquals(List.of(after.label("source").orElseThrow().id()), after.linkType("source of").orElseThrow().fromLabels(),
                    "the new type's ends are mapped by label name");
            assertEquals(java.util.Set.of(framing, after.label("claim").orElseThrow().id()),
                    java.util.Set.copyOf(after.linkType("supports").orElseThrow().toLabels()), "framing kept, claim added");

            MergeReport again = target.merges().merge(other, (name, file, taken) -> name).orElseThrow();
            assertEquals(0, again.tagsAdded());
            assertEquals(0, again.linksAdded());
            assertEquals(0, again.linkTypesAdded());
            assertEquals(List.of(), again.linkEndsWidened());
            assertEquals(3, links(target).size());
        }
    }
}
