package org.newsmark.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;

/**
 * Issue 13's case as a project file: statistics tagged in an article, a note starting with a
 * minus, and one span that a spreadsheet would run ({@code -2+3}). An emoji before the tags makes
 * code points and UTF-16 differ. Ana tags all four; Ben tags the first two, for compare.
 */
public final class StatisticsFixture {

    public static final String TEXT = "Sales rose +12% 📈 in May; -2+3 was how the minister put it. Prices: -3.5 and +1,200.";
    public static final List<String> TAGGED = List.of("+12%", "-2+3", "-3.5", "+1,200");
    public static final String NOTE = "-check against the 2019 figure";

    public final ProjectSession session;
    public final Document doc;
    public final Analyst ana;
    public final Analyst ben;
    public final Label statistic;
    public final List<Annotation> tags = new ArrayList<>();

    public StatisticsFixture(Path file) throws Exception {
        session = TestProjects.create(file);
        statistic = session.labels().stream().filter(l -> l.name().equals("statistic")).findFirst().orElseThrow();
        doc = session.documents().add("Sales", "sales.txt", TEXT).document();
        ana = session.analyst("Ana");
        ben = session.analyst("Ben");
        AnnotationService s = session.annotations();
        for (String t : TAGGED) {
            int b = TEXT.indexOf(t);
            tags.add(s.tag(doc, ana, statistic, new Span(b, b + t.length())));
        }
        tags.set(0, s.setNote(tags.get(0), NOTE));
        for (String t : TAGGED.subList(0, 2)) {
            int b = TEXT.indexOf(t);
            s.tag(doc, ben, statistic, new Span(b, b + t.length()));
        }
    }

    /** Python's {@code text[start:end]}: code points, end exclusive. */
    public static String pythonSlice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }
}
