package org.newsmark.service;

import java.nio.file.Path;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/**
 * The worked example of docs/agreement.md as a real project file: "Angela Merkel met Macron in
 * Paris on Monday." tagged by Ann (A) and Ben (B): one match, one boundary, one label conflict,
 * one span only Ben marked. A second document is tagged by Ann alone.
 */
public final class TwoAnalystFixture {

    public static final String TEXT = "Angela Merkel met Macron in Paris on Monday.";

    public final ProjectSession session;
    public final Document doc;
    public final Document annOnly;
    public final Analyst ann;
    public final Analyst ben;
    public final Label per;
    public final Label loc;
    public final Label org;

    public TwoAnalystFixture(Path file) throws Exception {
        session = TestProjects.create(file);
        per = session.addLabel("PER", "#0072B2", null, "person");
        loc = session.addLabel("LOC", "#D55E00", null, "location");
        org = session.addLabel("ORG", "#009E73", null, "organisation");
        doc = session.documents().add("Merkel", "merkel.txt", TEXT).document();
        annOnly = session.documents().add("Other", "other.txt", "Only Ann tagged this one.").document();
        ann = session.analyst("Ann");
        ben = session.analyst("Ben");
        AnnotationService s = session.annotations();
        s.tag(doc, ann, per, new Span(0, 13));
        s.tag(doc, ann, per, new Span(18, 24));
        s.tag(doc, ann, loc, new Span(28, 33));
        s.tag(doc, ben, per, new Span(7, 13));
        s.tag(doc, ben, per, new Span(18, 24));
        s.tag(doc, ben, org, new Span(28, 33));
        s.tag(doc, ben, org, new Span(37, 43));
        s.tag(annOnly, ann, per, new Span(0, 4));
    }

    private TwoAnalystFixture(ProjectSession session) {
        this.session = session;
        java.util.Map<String, Label> labels = new java.util.HashMap<>();
        session.labels().forEach(l -> labels.put(l.name(), l));
        per = labels.get("PER");
        loc = labels.get("LOC");
        org = labels.get("ORG");
        var docs = session.documents().summaries(null);
        doc = session.comparisons().requireDocument(docs.get(0).id());
        annOnly = session.comparisons().requireDocument(docs.get(1).id());
        ann = session.findAnalyst("Ann").orElseThrow();
        ben = session.findAnalyst("Ben").orElseThrow();
    }

    /** The fixture's project file opened again (after its session was closed): what a new start of Newsmark sees. */
    public static TwoAnalystFixture reopen(Path file) throws Exception {
        return new TwoAnalystFixture(TestProjects.open(file));
    }
}
