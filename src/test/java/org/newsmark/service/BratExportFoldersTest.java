package org.newsmark.service;

import org.newsmark.domain.TaskControl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Document;
import org.newsmark.domain.Span;

/** issue 11, brat: every analyst gets a folder of their own, on every file system. */
class BratExportFoldersTest {

    /** 𝐀 (U+1D400) is a letter outside the BMP: two UTF-16 chars, kept in file names. */
    static final String WIDE_LETTER = "\uD835\uDC00";
    static final String SHARED_80 = "n".repeat(80);
    static final List<String> AWKWARD = List.of("a/b", "a:b", "a_b", "A_B",
            SHARED_80 + "x".repeat(20), SHARED_80 + "y".repeat(20),
            "e".repeat(79) + "😀 fox", "w".repeat(79) + WIDE_LETTER + WIDE_LETTER + "z");

    @TempDir
    Path dir;

    @Test
    void analystsWhoseNamesDifferOnlyBySlashColonCaseOrBeyondTheCutGetFoldersOfTheirOwn() throws Exception {
        Path out = dir.resolve("brat");
        try (ProjectSession s = TestProjects.create(dir.resolve("p.newsmark"))) {
            Document d = s.documents().add("Story", "story.txt", "Alpha beta gamma delta epsilon.").document();
            int i = 0;
            for (String name : AWKWARD) {
                s.annotations().tag(d, s.analyst(name), s.labels().get(0), new Span(i, i + 1));
                i += 2;
            }
            s.export().exportBrat(out, ExportScope.ALL, TaskControl.NONE);
        }
        List<Path> folders = analystFolders(out);
        Set<String> caseFolded = new HashSet<>();
        for (Path f : folders) {
            String name = f.getFileName().toString();
            assertTrue(caseFolded.add(name.toLowerCase(Locale.ROOT)), "two folders differ only by case: " + name);
            assertTrue(validUtf16(name), "a folder name splits a surrogate pair: " + name);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 200, name);
            try (Stream<Path> files = Files.list(f)) {
                assertEquals(2, files.count(), "one .txt and one .ann in " + name);
            }
        }
        assertEquals(AWKWARD.size(), folders.size(), "one folder per analyst: " + folders);
        List<String> tagLines = new ArrayList<>();
        for (Path f : folders) {
            try (Stream<Path> files = Files.list(f)) {
                Path ann = files.filter(p -> p.toString().endsWith(".ann")).findFirst().orElseThrow();
                List<String> lines = Files.readAllLines(ann);
                assertEquals(1, lines.size(), "only that analyst's one tag in " + f.getFileName());
                tagLines.add(lines.get(0));
            }
        }
        assertEquals(AWKWARD.size(), new HashSet<>(tagLines).size(), "each folder holds a different analyst's tag");
    }

    @Test
    void theSafeFormOfANameIsCutAtACodePointAndAvoidsWindowsTraps() {
        String cut = FileNames.safe("w".repeat(79) + WIDE_LETTER + WIDE_LETTER);
        assertTrue(validUtf16(cut), cut);
        assertEquals("w".repeat(79) + WIDE_LETTER, cut, "80 code points, the last one whole");
        String emoji = FileNames.safe("e".repeat(79) + "😀😀");
        assertTrue(validUtf16(emoji), emoji);
        for (String reserved : List.of("CON", "con", "Nul", "aux.txt", "COM1", "lpt9.log", "PRN ")) {
            String safe = FileNames.safe(reserved);
            String stem = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
            assertFalse(Set.of("con", "nul", "aux", "com1", "lpt9", "prn").contains(stem.strip().toLowerCase(Locale.ROOT)),
                    reserved + " → " + safe + " is a reserved name on Windows");
        }
        assertEquals("Ana", FileNames.safe("Ana. . "), "Windows drops trailing dots and spaces");
        assertEquals("_", FileNames.safe(".."));
        assertEquals("_.hidden", FileNames.safe(".hidden"));
        assertTrue(FileNames.safe("ก".repeat(200)).getBytes(StandardCharsets.UTF_8).length <= 200,
                "a long name in a three-byte script stays under the 255-byte limit of ext4 and APFS");
    }

    @Test
    void documentNamesAreDistinctIgnoringCaseAndCutAtACodePoint() {
        Instant now = Instant.now();
        List<Document> docs = List.of(
                new Document(1, "t", "Story.txt", now, "x", "1"),
                new Document(2, "t", "story.txt", now, "x", "2"),
                new Document(3, "t", "STORY.TXT", now, "x", "3"),
                new Document(4, "t", "w".repeat(79) + WIDE_LETTER + WIDE_LETTER + ".txt", now, "x", "4"),
                new Document(5, "t", "w".repeat(79) + WIDE_LETTER + WIDE_LETTER + "other.txt", now, "x", "5"),
                new Document(6, "t", null, now, "x", "6"),
                new Document(7, "t", "document-6.txt", now, "x", "7"),
                new Document(8, "t", "CON.txt", now, "x", "8"));
        Set<String> seen = new HashSet<>();
        for (Document d : docs) {
            String name = FileNames.documentName(d);
            assertTrue(validUtf16(name), name);
            assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "two documents share the file name " + name);
        }
        assertNotEquals("con", FileNames.documentName(docs.get(7)).toLowerCase(Locale.ROOT));
    }

    static boolean validUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    static List<Path> analystFolders(Path out) throws Exception {
        try (Stream<Path> children = Files.list(out)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
