package org.newsmark.io.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsmark.domain.CodePointOffsets;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;

/** Real data: 7 CoNLL-2002 documents annotated by 4 people in brat (../shared, absent in a fresh clone). */
class BratExampleProjectTest {

    static Path exampleProject() {
        Path shared = Path.of(System.getProperty("newsmark.shared", "../shared"));
        return shared.resolve("realdata/bratiaa/example-files/example-project");
    }

    @Test
    void everyAnnParsesAndEveryTextBoundMatchesItsTxt() throws IOException, ImportException {
        Path project = exampleProject();
        assumeTrue(Files.isDirectory(project), "shared brat example project not present: " + project);
        int files = 0;
        int textBounds = 0;
        for (String analyst : List.of("Lisa", "Maria", "Max", "Peter")) {
            List<Path> anns;
            try (Stream<Path> s = Files.list(project.resolve(analyst))) {
                anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
            }
            assertEquals(7, anns.size(), analyst);
            for (Path annPath : anns) {
                BratAnnFile ann = BratAnnReader.read(annPath);
                String name = annPath.getFileName().toString().replace(".ann", "");
                String text = StrictText.utf8(Files.readAllBytes(annPath.resolveSibling(name + ".txt")), name + ".txt");
                CodePointOffsets offsets = new CodePointOffsets(text);
                for (BratTextBound tb : ann.textBounds()) {
                    BratTextCheck.verify(analyst + "/" + annPath.getFileName(), tb, text, offsets);
                    assertTrue(List.of("PER", "LOC", "ORG", "MISC").contains(tb.label()), tb.label());
                }
                BratDocument doc = BratDocumentReader.read(annPath);
                assertEquals(ann.textBounds().stream().mapToInt(t -> t.fragments().size()).sum(), doc.spans().size());
                textBounds += ann.textBounds().size();
                files++;
            }
        }
        assertEquals(28, files);
        assertTrue(textBounds > 100, "only " + textBounds + " T lines");
    }
}
