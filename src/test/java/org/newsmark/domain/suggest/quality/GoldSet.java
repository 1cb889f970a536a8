package org.newsmark.domain.suggest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.io.ImportException;
import org.newsmark.io.brat.BratAnnFile;
import org.newsmark.io.brat.BratAnnReader;
import org.newsmark.io.brat.BratRelation;
import org.newsmark.io.brat.BratTextBound;

/**
 * The hand-written gold set of src/test/resources/suggest-gold/ (see its README.md): loads a split's articles
 * and checks an article's .ann against its .txt. The .ann files are brat standoff in code points, read with
 * the app's {@link BratAnnReader}.
 */
public final class GoldSet {

    public static final Path ROOT = Paths.get("src", "test", "resources", "suggest-gold");
    public static final String STATISTIC = "Statistic";
    public static final String OPINION = "Attributed_opinion";
    public static final String CLAIM = "Claim";
    public static final String SOURCE = "Source";
    public static final String CUE = "Cue";
    public static final List<String> TYPES = List.of(STATISTIC, OPINION, CLAIM, SOURCE, CUE);
    public static final String SPEAKER = "Speaker";

    private GoldSet() {
    }

    /** The split's .txt files ("dev", "test"), sorted by name. */
    public static List<Path> texts(String split) {
        try (Stream<Path> files = Files.list(ROOT.resolve(split))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The .txt exactly as stored: UTF-8, CRLF and all. */
    public static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path annOf(Path txt) {
        String n = txt.getFileName().toString();
        return txt.resolveSibling(n.substring(0, n.length() - ".txt".length()) + ".ann");
    }

    /** Every article of a split, each checked first: a problem in any of them throws, naming it. */
    public static List<GoldArticle> load(String split) {
        List<GoldArticle> out = new ArrayList<>();
        for (Path txt : texts(split)) {
            String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            String text = read(txt);
            String ann = read(annOf(txt));
            List<String> problems = check(name, text, ann);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(split + "/" + name + ": " + String.join("; ", problems));
            }
            out.add(parse(split, name, text, ann));
        }
        return out;
    }

    /** The article of a checked .ann (see {@link #check}). */
    public static GoldArticle parse(String split, String name, String text, String ann) {
        BratAnnFile file;
        try {
            file = BratAnnReader.parse(ann, name + ".ann");
        } catch (ImportException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<GoldArticle.Annotation> annotations = new ArrayList<>();
        for (BratTextBound t : file.textBounds()) {
            var f = t.fragments().get(0);
            annotations.add(new GoldArticle.Annotation(t.id(), t.bratType(), new CpSpan(f.begin(), f.end()), t.text()));
        }
        annotations.sort(Comparator.comparing(GoldArticle.Annotation::span));
        Map<String, String> speaker = new HashMap<>();
        Map<String, String> cue = new HashMap<>();
        for (BratRelation r : file.relations()) {
            (r.type().equals(SPEAKER) ? speaker : cue).put(r.from(), r.to());
        }
        return new GoldArticle(split, name, text, annotations, speaker, cue);
    }

    /**
     * What is wrong with {@code ann} as the annotation of {@code text}; empty when nothing is. Checks that it
     * parses as brat, holds only T and R lines, uses only the five types, that each T line's text is the
     * code-point slice of the text and has no whitespace at either end, that no two spans of one type overlap,
     * that relations are Speaker (opinion to Source) or Cue (opinion to Cue), that every opinion has exactly one
     * of each and that every Source and Cue belongs to an opinion.
     */
    public static List<String> check(String name, String text, String ann) {
        List<String> problems = new ArrayList<>();
        BratAnnFile file;
        try {
            file = BratAnnReader.parse(ann, name + ".ann");
        } catch (ImportException e) {
            problems.add(e.getMessage());
            return problems;
        }
        if (!file.notes().isEmpty() || !file.attributes().isEmpty() || !file.events().isEmpty() || !file.skipped().isEmpty()) {
            problems.add("only T and R lines are expected");
        }
        CodePointOffsets cp = new CodePointOffsets(text);
        Map<String, BratTextBound> byId = new HashMap<>();
        Map<String, List<CpSpan>> spansByType = new HashMap<>();
        for (BratTextBound t : file.textBounds()) {
            String where = t.id() + " (line " + t.line() + ")";
            if (byId.put(t.id(), t) != null) {
                problems.add(where + ": id used twice");
            }
            if (!TYPES.contains(t.bratType())) {
                problems.add(where + ": unknown type " + t.bratType());
            }
            if (t.isDiscontinuous()) {
                problems.add(where + ": discontinuous span");
                continue;
            }
            var f = t.fragments().get(0);
            if (f.end() > cp.codePointLength()) {
                problems.add(where + ": end " + f.end() + " is beyond the text's " + cp.codePointLength() + " code points");
                continue;
            }
            String slice = text.substring(cp.toUtf16(f.begin()), cp.toUtf16(f.end()));
            if (!slice.equals(t.text())) {
                problems.add(where + ": text '" + t.text() + "' but the code points " + f.begin() + "-" + f.end() + " are '"
                        + slice + "'");
            } else if (!slice.equals(slice.strip())) {
                problems.add(where + ": span starts or ends with whitespace: '" + slice + "'");
            }
            spansByType.computeIfAbsent(t.bratType(), k -> new ArrayList<>()).add(new CpSpan(f.begin(), f.end()));
        }
        for (Map.Entry<String, List<CpSpan>> e : spansByType.entrySet()) {
            List<CpSpan> spans = new ArrayList<>(e.getValue());
            spans.sort(null);
            for (int i = 1; i < spans.size(); i++) {
                if (spans.get(i - 1).overlaps(spans.get(i))) {
                    problems.add(e.getKey() + " spans " + spans.get(i - 1) + " and " + spans.get(i) + " overlap");
                }
            }
        }
        Map<String, Integer> speakers = new HashMap<>();
        Map<String, Integer> cues = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (BratRelation r : file.relations()) {
            String where = r.id() + " (line " + r.line() + ")";
            BratTextBound from = byId.get(r.from());
            BratTextBound to = byId.get(r.to());
            String wanted = r.type().equals(SPEAKER) ? SOURCE : r.type().equals(CUE) ? CUE : null;
            if (wanted == null) {
                problems.add(where + ": unknown relation type " + r.type());
                continue;
            }
            if (from == null || !from.bratType().equals(OPINION)) {
                problems.add(where + ": Arg1 " + r.from() + " is not an " + OPINION);
            }
            if (to == null || !to.bratType().equals(wanted)) {
                problems.add(where + ": Arg2 " + r.to() + " of a " + r.type() + " relation is not a " + wanted);
            }
            (wanted.equals(SOURCE) ? speakers : cues).merge(r.from(), 1, Integer::sum);
            used.add(r.to());
        }
        for (BratTextBound t : file.textBounds()) {
            if (t.bratType().equals(OPINION)) {
                int s = speakers.getOrDefault(t.id(), 0);
                int c = cues.getOrDefault(t.id(), 0);
                if (s != 1 || c != 1) {
                    problems.add(t.id() + " '" + t.text() + "': " + s + " Speaker and " + c + " Cue relations, one of each expected");
                }
            } else if ((t.bratType().equals(SOURCE) || t.bratType().equals(CUE)) && !used.contains(t.id())) {
                problems.add(t.id() + " '" + t.text() + "': a " + t.bratType() + " of no opinion");
            }
        }
        return problems;
    }
}
