package org.newsmark.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.domain.Span;
import org.newsmark.io.article.ArticleText;
import org.newsmark.service.port.ProjectRefusedException;

/**
 * The project a new user starts with: two short articles written for Newsmark, tagged by two
 * analysts who sometimes disagree, so that every feature has something to show.
 */
public final class SampleProject {

    static final String FILE_NAME = "Sample project.newsmark";
    private static final List<String> ARTICLES = List.of("harbour-bridge-budget.txt", "river-school-reading.txt");
    /** The outlet of each sample article, so the Sources view counts per outlet. */
    private static final List<String> OUTLETS = List.of("Harbour Gazette", "Riverside Weekly");

    /**
     * phrase, label, analyst index and, optionally, attribute values ("name=value;name=value"):
     * where the two sample analysts agree and where they do not, on spans and on attributes.
     */
    private static final String[][] TAGS = {
            {"repairs to the Old Harbour Bridge will cost 48 million euros", "claim", "0", "check-worthy=yes"},
            {"repairs to the Old Harbour Bridge will cost 48 million euros", "claim", "1", "check-worthy=yes"},
            {"48 million euros", "statistic", "0", "value=48;unit=million euros;source=the city council"},
            {"48 million euros", "statistic", "1", "value=48;unit=million euros;source=city council"},
            {"312 of the bridge's 1,140 steel cables", "statistic", "0", "value=312;unit=steel cables;source=council engineers"},
            {"corrosion in 312 of the bridge's 1,140 steel cables", "statistic", "1"},
            {"\"We were handed a bridge that had been neglected for two decades,\"", "attributed opinion", "0", "speaker=Ilse Marten;speaker type=named person"},
            {"We were handed a bridge that had been neglected for two decades", "attributed opinion", "1", "speaker=Ilse Marten;speaker type=named person"},
            {"a blank cheque written in a hurry", "framing", "0"},
            {"a blank cheque written in a hurry", "attributed opinion", "1"},
            {"a slow strangulation of the old town's shops", "framing", "0", "frame=Economic"},
            {"a slow strangulation of the old town's shops", "framing", "1", "frame=Quality of life"},
            {"about 35,000 vehicles a day", "statistic", "1"},
            {"rose from 61 percent to 68 percent", "statistic", "0", "value=68;unit=percent;source=the regional education office"},
            {"rose from 61 percent to 68 percent", "statistic", "1", "value=68;unit=percent"},
            {"Small groups give quiet children a voice", "attributed opinion", "0", "speaker=Amara Osei;speaker type=named person"},
            {"a turning point for a generation of readers", "framing", "0", "frame=Policy prescription and evaluation"},
            {"a turning point for a generation of readers", "framing", "1", "frame=Policy prescription and evaluation"},
            {"one year of data was too little to draw conclusions", "attributed opinion", "1", "speaker=Lena Vogt;speaker type=named person"},
    };

    /** article index, analyst index, code, value: the tone and frame each analyst gave the articles. */
    private static final String[][] CODES = {
            {"0", "0", "tone", "negative"}, {"0", "0", "primary frame", "Economic"},
            {"0", "1", "tone", "negative"}, {"0", "1", "primary frame", "Capacity and resources"},
            {"1", "0", "tone", "positive"}, {"1", "0", "primary frame", "Policy prescription and evaluation"},
            {"1", "1", "tone", "neutral"}, {"1", "1", "primary frame", "Policy prescription and evaluation"},
    };

    /**
     * from phrase and label, to phrase and label, link type, analyst index: links the compare view can set side by
     * side (the deputy mayor's quote is left for the guide's picture of making a link).
     */
    private static final String[][] LINKS = {
            {"48 million euros", "statistic", "repairs to the Old Harbour Bridge will cost 48 million euros", "claim", "supports", "0"},
            {"48 million euros", "statistic", "repairs to the Old Harbour Bridge will cost 48 million euros", "claim", "supports", "1"},
            {"312 of the bridge's 1,140 steel cables", "statistic", "repairs to the Old Harbour Bridge will cost 48 million euros", "claim",
                    "supports", "0"},
    };

    private SampleProject() {
    }

    /** Where the sample lives under the user's home folder. */
    public static Path defaultLocation(Path home) {
        return home.resolve("Newsmark").resolve(FILE_NAME);
    }

    /** Creates the sample project at {@code file} unless a file is already there. */
    public static Path ensure(ProjectSessions projects, Path file) throws ProjectRefusedException, IOException {
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ProjectSession project = projects.create(file)) {
            fill(project);
        }
        return file;
    }

    static void fill(ProjectSession project) throws IOException {
        var documents = project.documents();
        var annotations = project.annotations();
        List<Analyst> analysts = List.of(project.analyst("Alex"), project.analyst("Sam"));
        List<Label> labels = project.labels();
        var book = project.codebook().codebook();
        List<Document> added = new java.util.ArrayList<>();
        java.util.Map<String, org.newsmark.domain.Annotation> tags = new java.util.HashMap<>();
        for (String name : ARTICLES) {
            String text = resource(name);
            Document d = documents.add(ArticleText.titleFrom(text, name), name, text).document();
            added.add(d);
            project.sources().setOutlet(d.id(), OUTLETS.get(ARTICLES.indexOf(name)));
            for (String[] tag : TAGS) {
                int at = text.indexOf(tag[0]);
                if (at >= 0) {
                    Label label = labels.stream().filter(l -> l.name().equals(tag[1])).findFirst().orElseThrow();
                    var made = annotations.tag(d, analysts.get(Integer.parseInt(tag[2])), label, new Span(at, at + tag[0].length()));
                    tags.put(added.size() - 1 + "|" + tag[2] + "|" + tag[0] + "|" + tag[1], made);
                    if (tag.length > 3) {
                        annotations.setAttributes(made, values(project.sources(), book, label, tag[3]));
                    }
                }
            }
        }
        var types = annotations.linkTypes();
        for (String[] link : LINKS) {
            var from = tags.get("0|" + link[5] + "|" + link[0] + "|" + link[1]);
            var to = tags.get("0|" + link[5] + "|" + link[2] + "|" + link[3]);
            var type = types.stream().filter(t -> t.name().equals(link[4])).findFirst();
            if (from != null && to != null && type.isPresent()) {
                annotations.link(from, to, type.get());
            }
        }
        for (String[] code : CODES) {
            var attribute = book.articleCodes().stream().filter(a -> a.name().equals(code[2])).findFirst().orElseThrow();
            project.codebook().setArticleCode(added.get(Integer.parseInt(code[0])).id(),
                    analysts.get(Integer.parseInt(code[1])).id(), attribute, List.of(code[3]));
        }
    }

    private static org.newsmark.domain.AttributeValues values(SourceService sources, org.newsmark.domain.Codebook book, Label label,
                                                              String spec) {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        for (String pair : spec.split(";")) {
            String[] nv = pair.split("=", 2);
            var attribute = book.attributesOf(label.id()).stream().filter(a -> a.name().equals(nv[0])).findFirst().orElseThrow();
            // a speaker is a source: the sample names it, the value is its id
            String value = attribute.type() == org.newsmark.domain.AttributeType.SOURCE ? sources.namedOrNew(nv[1]).valueId() : nv[1];
            out.put(attribute.id(), attribute.normalise(List.of(value)).values());
        }
        return org.newsmark.domain.AttributeValues.of(out);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SampleProject.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("sample article " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
