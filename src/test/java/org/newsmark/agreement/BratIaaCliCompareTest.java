package org.newsmark.agreement;

import org.newsmark.service.TestProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.app.cli.NewsmarkCli;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.domain.Label;
import org.newsmark.service.ProjectSession;

/**
 * The bratiaa example loaded into a real project through the services, then compared pair by
 * pair with {@code newsmark compare --format json}: the mean over the 6 pairs must equal
 * brat-iaa's instance-based (exact-match) F1, overall and per label.
 */
class BratIaaCliCompareTest {

    private static final Path PROJECT = BratTestFiles.sharedFolder().resolve("realdata/bratiaa/example-files/example-project");
    private static final List<String> ANALYSTS = List.of("Lisa", "Maria", "Max", "Peter");

    @TempDir
    Path dir;

    @Test
    void cliCompareReproducesBratIaaExactF1() throws Exception {
        assumeTrue(Files.isDirectory(PROJECT), "bratiaa example not found at " + PROJECT.toAbsolutePath());
        Path file = dir.resolve("bratiaa.newsmark");
        load(file);
        Map<String, Double> sums = new HashMap<>();
        for (int i = 0; i < ANALYSTS.size(); i++) {
            for (int j = i + 1; j < ANALYSTS.size(); j++) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = NewsmarkCli.execute(new String[] {"compare", file.toString(), "--a", ANALYSTS.get(i),
                        "--b", ANALYSTS.get(j), "--format", "json"}, new PrintWriter(out), new PrintWriter(err));
                assertEquals(0, code, err.toString());
                JsonNode root = new ObjectMapper().readTree(out.toString());
                assertEquals(7, root.get("documents").asInt());
                sums.merge("overall", root.get("overall").get("exact_f1").asDouble(), Double::sum);
                root.get("labels").fields().forEachRemaining(e -> sums.merge(e.getKey(), e.getValue().get("exact_f1").asDouble(), Double::sum));
            }
        }
        assertEquals(0.890, sums.get("overall") / 6, 0.0005);
        assertEquals(0.819, sums.get("LOC") / 6, 0.0005);
        assertEquals(0.840, sums.get("MISC") / 6, 0.0005);
        assertEquals(0.906, sums.get("ORG") / 6, 0.0005);
        assertEquals(0.938, sums.get("PER") / 6, 0.0005);
    }

    private static void load(Path file) throws Exception {
        try (ProjectSession s = TestProjects.create(file)) {
            Map<String, Label> labels = new HashMap<>();
            for (String name : List.of("LOC", "MISC", "ORG", "PER")) {
                labels.put(name, s.addLabel(name, org.newsmark.domain.DefaultCodebook.colorFor(labels.size()), null, ""));
            }
            for (String analystName : ANALYSTS) {
                Analyst analyst = s.analyst(analystName);
                Path folder = PROJECT.resolve(analystName);
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        String text = BratTestFiles.text(txt);
                        Document d = s.documents().add(txt.getFileName().toString(), txt.getFileName().toString(), text).document();
                        Path ann = folder.resolve(txt.getFileName().toString().replace(".txt", ".ann"));
                        for (LabeledSpan span : BratTestFiles.spans(ann, text)) {
                            s.annotations().tag(d, analyst, labels.get(span.label()), span.span());
                        }
                    }
                }
            }
        }
    }
}
