package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.domain.Annotation;
import org.newsmark.domain.Document;
import org.newsmark.domain.IsoInstants;
import org.newsmark.domain.Label;
import org.newsmark.domain.Names;
import org.newsmark.domain.TaskControl;
import org.newsmark.domain.TextHash;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;
import org.newsmark.io.brat.BratAnalystList;
import org.newsmark.io.csv.CsvInjectionGuard;
import org.newsmark.reliability.FuzzProjects.Snapshot;
import org.newsmark.service.ImportReport;
import org.newsmark.service.ProjectSession;
import org.newsmark.service.TestProjects;
import org.newsmark.service.port.NotSavedException;
import org.newsmark.service.port.ProjectRefusedException;

/**
 * Seeded fuzzing of everything a user hands Newsmark as a file: annotation CSV, brat folders and
 * project files. Each case mutates a valid file and checks the one promise every reader makes:
 * the file is refused with a message naming it (and its line, where it has one) and the project
 * is exactly as before, or it is imported exactly as the file says. Nothing else may happen: no
 * other exception type, no hang.
 *
 * <p>Deterministic: case N of a format uses the seed {@code mix(SEED, format, N)}; every failure
 * message names the seed and the case and says how the mutant was made. Replay one case with
 * {@code -Dnewsmark.fuzzSeed=S -Dnewsmark.fuzzOnly=N}; run more with {@code -Dnewsmark.fuzzCases=N}
 * (N cases for every format; by default {@value #CSV_CASES} CSV, {@value #BRAT_CASES} brat and
 * {@value #PROJECT_CASES} project-file cases: a brat case reads a whole folder and costs twice a
 * CSV case, and the class should stay under about 20 s on a busy 2-core machine).
 *
 * <p>The inspector's time limit ({@code newsmark.inspectMillis}, 60 s) is set to 5 s here when
 * nothing set it, so a file that makes SQLite loop is refused quickly; that only works when this
 * class is the first to load the storage classes (as with {@code -Dtest=FuzzTest}). In a full run
 * the limit already read applies. Either way each case has a hard limit, {@link #CASE_LIMIT},
 * above the inspector's: a case that reaches it is reported as a hang.
 *
 * <p>Statistics (refused and accepted per format and per mutation kind, the most frequent
 * refusal messages) are printed once, after all cases.
 */
class FuzzTest {

    static {
        if (System.getProperty("newsmark.inspectMillis") == null) {
            System.setProperty("newsmark.inspectMillis", "5000");
        }
    }

    static final int CSV_CASES = 300;
    static final int BRAT_CASES = 200;
    static final int PROJECT_CASES = 300;
    static final Integer CASES = Integer.getInteger("newsmark.fuzzCases");
    static final long SEED = Long.getLong("newsmark.fuzzSeed", 20_261_125L);
    static final Integer ONLY = Integer.getInteger("newsmark.fuzzOnly");
    /** A case that takes longer hangs: twice the inspector's own limit plus 15 s, since the inspector must answer first. */
    static final Duration CASE_LIMIT = Duration.ofMillis(inspectorLimitMillis() * 2 + 15_000);
    /**
     * Whether an opened project must pass SQLite's full integrity_check. The inspector runs
     * quick_check, which does not compare indexes with their tables (integrity_check took 18 s
     * instead of 0.9 s on a 1M-tag project); by default a mutant that only integrity_check finds
     * wrong is let through, its quick check checked on our own, and its case listed.
     */
    static final boolean STRICT_INTEGRITY = Boolean.getBoolean("newsmark.fuzzStrictIntegrity");
    static final List<Integer> QUICK_CHECK_ONLY = new ArrayList<>();
    /** {@code -Dnewsmark.fuzzKeep=FOLDER}: the folders of failing cases (and the base files) are copied there. */
    static final Path KEEP = System.getProperty("newsmark.fuzzKeep") == null ? null : Path.of(System.getProperty("newsmark.fuzzKeep"));
    /** {@code -Dnewsmark.fuzzTrace=true}: one line per case, its mutations and how it ended. */
    static final boolean TRACE = Boolean.getBoolean("newsmark.fuzzTrace");
    static final int MAX_FAILURES = Integer.getInteger("newsmark.fuzzMaxFailures", 12);

    @TempDir
    static Path tempDir;
    /**
     * Where the cases work: a folder in {@code /dev/shm} where there is one (Linux), else the JUnit
     * temp folder. Every case opens and closes a project, and on a busy disk the fsyncs of
     * {@code synchronous=FULL} would take most of the time; on tmpfs they cost nothing, and
     * nothing tested here depends on the disk.
     */
    static Path dir;

    static FuzzProjects fx;
    static Snapshot targetBefore;
    static Map<Long, AnnotationModel.Row> targetRowsBefore;
    static List<String> shas;
    static byte[] targetBytes;
    static final Map<String, Stats> STATS = new LinkedHashMap<>();

    enum Outcome { REFUSED, ACCEPTED }

    /** Counts per format, per mutation kind, and the refusal messages seen (digits and quotes folded). */
    static final class Stats {
        int cases;
        int refused;
        int accepted;
        final Map<String, int[]> byKind = new TreeMap<>();
        final Map<String, Integer> problems = new HashMap<>();
        long millis;
        volatile long cpuNanos;

        synchronized void count(Outcome o, List<String> kinds, String problem) {
            cases++;
            if (o == Outcome.REFUSED) {
                refused++;
            } else {
                accepted++;
            }
            for (String k : new HashSet<>(kinds)) {
                byKind.computeIfAbsent(k, x -> new int[2])[o == Outcome.REFUSED ? 0 : 1]++;
            }
            if (problem != null) {
                problems.merge((o == Outcome.ACCEPTED ? "[accepted] " : "") + problem.replace('\n', ' ').replaceAll("'[^']*'|\"[^\"]*\"", "…").replaceAll("[0-9]+", "N"), 1, Integer::sum);
            }
        }
    }

    /** One case: its seed, its mutations, its folder. */
    record Case(String format, int n, long seed, FuzzMutations m, Path dir) {
        String where() {
            return format + " seed " + SEED + " case " + n + " (replay: -Dnewsmark.fuzzSeed=" + SEED + " -Dnewsmark.fuzzOnly="
                    + n + "; case seed " + seed + "; mutations: " + m.describe() + ")";
        }
    }

    /** What a case found: how it ended, and for a refusal the message's problem. */
    record Result(Outcome outcome, String problem) {
    }

    @FunctionalInterface
    interface CaseBody {
        Result run(Case c) throws Exception;
    }

    @BeforeAll
    static void makeProjects() throws Exception {
        Path shm = Path.of("/dev/shm");
        dir = Files.isDirectory(shm) && Files.isWritable(shm) && !Boolean.getBoolean("newsmark.fuzzOnDisk")
                ? Files.createTempDirectory(shm, "newsmark-fuzz-") : tempDir;
        fx = FuzzProjects.make(dir.resolve("base"));
        Path copy = dir.resolve("before.newsmark");
        Files.copy(fx.target, copy);
        try (ProjectSession s = TestProjects.open(copy)) {
            targetBefore = Snapshot.of(s);
            targetRowsBefore = ProjectFixture.allRows(s);
        }
        shas = targetBefore.documents().stream().map(Document::sha256).toList();
        targetBytes = Files.readAllBytes(fx.target);
    }

    @AfterAll
    static void printStatistics() {
        if (dir != null && !dir.equals(tempDir)) {
            FuzzProjects.deleteTree(dir);
        }
        StringBuilder b = new StringBuilder("FuzzTest statistics (seed " + SEED + "; target project sha256 "
                + (targetBytes == null ? "-" : TextHash.sha256(new String(targetBytes, StandardCharsets.ISO_8859_1)).substring(0, 16))
                + "):\n");
        STATS.forEach((format, s) -> {
            b.append(String.format(Locale.ROOT, "  %-8s %4d cases: %4d refused, %4d accepted (%.1f s, %.1f s CPU in the cases)%n",
                    format, s.cases, s.refused, s.accepted, s.millis / 1000.0, s.cpuNanos / 1e9));
            b.append("    by mutation kind (refused/accepted):");
            int width = 200;
            for (Map.Entry<String, int[]> e : s.byKind.entrySet()) {
                String item = "  " + e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1];
                if (width + item.length() > 110) {
                    b.append("\n     ");
                    width = 5;
                }
                b.append(item);
                width += item.length();
            }
            b.append('\n');
            b.append("    most frequent refusals:\n");
            s.problems.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                    .forEach(e -> b.append(String.format(Locale.ROOT, "      %4d  %s%n", e.getValue(),
                            e.getKey().length() > 110 ? e.getKey().substring(0, 110) + "…" : e.getKey())));
        });
        if (!QUICK_CHECK_ONLY.isEmpty()) {
            b.append("  project cases that opened although integrity_check finds them damaged (quick_check passes): "
                    + QUICK_CHECK_ONLY + "\n");
        }
        System.out.print(b);
    }

    // ================================================================ CSV

    @Test
    void csvMutantsAreRefusedWithTheirFileAndLineOrImportedExactly() {
        List<byte[]> bases = List.of(read(fx.csvRaw), read(fx.csvGuarded), read(fx.csvExcel));
        run("csv", CSV_CASES, c -> {
            byte[] base = bases.get(c.m().below(bases.size()));
            byte[] mutant = c.m().csv(base, shas);
            Files.createDirectories(c.dir());
            String name = "mutant-" + c.n() + ".csv";
            Path file = c.dir().resolve(name);
            Files.write(file, mutant);
            Path project = c.dir().resolve("target.newsmark");
            Files.copy(fx.target, project);
            ImportException refused = null;
            try (ProjectSession s = TestProjects.open(project)) {
                ImportReport report = null;
                try {
                    report = s.annotationImports().importCsv(file, TaskControl.NONE);
                } catch (ImportException e) {
                    refused = e;
                }
                Snapshot after = Snapshot.of(s);
                assertEquals("ok", s.integrityCheck(), "integrity after the import");
                if (refused != null) {
                    checkMessage(refused, Set.of(name), lineCount(mutant));
                    assertUnchanged(s, after, "after the refused import");
                } else {
                    checkCsvImportedExactly(mutant, after, report);
                }
            }
            if (refused != null) {
                assertReopensUnchanged(project);
                return new Result(Outcome.REFUSED, refused.problem());
            }
            return new Result(Outcome.ACCEPTED, null);
        });
    }

    /** What the accepted mutant says, read on its own (commons-csv plus the documented rules), equals what was added. */
    static void checkCsvImportedExactly(byte[] mutant, Snapshot after, ImportReport report) throws IOException {
        String text;
        try {
            int skip = mutant.length >= 3 && (mutant[0] & 0xFF) == 0xEF && (mutant[1] & 0xFF) == 0xBB && (mutant[2] & 0xFF) == 0xBF ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(mutant, skip, mutant.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("accepted a file that is not UTF-8");
        }
        Map<String, Integer> index = new HashMap<>();
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get()).get()) {
            records = p.getRecords();
        }
        CSVRecord header = records.get(0);
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!h.isEmpty()) {
                index.putIfAbsent(h, i);
            }
        }
        for (String required : List.of("analyst", "label", "start", "end")) {
            assertTrue(index.containsKey(required), "accepted without the column " + required);
        }
        assertTrue(index.containsKey("document_sha256") || index.containsKey("document_id"), "accepted without a document column");

        Map<TagKey, Expected> expected = new LinkedHashMap<>();
        Set<String> rowAnalysts = new HashSet<>();
        Set<String> rowLabels = new HashSet<>();
        Map<Long, String> shaOfId = new HashMap<>();
        Map<String, Long> idOfSha = new HashMap<>();
        int rows = 0;
        for (CSVRecord rec : records.subList(1, records.size())) {
            if (rec.stream().allMatch(String::isEmpty)) {
                continue;
            }
            rows++;
            String at = "record " + rec.getRecordNumber() + " (the header is record 1): ";
            assertEquals(header.size(), rec.size(), at + "accepted with another number of cells than the header");
            String sha = blankToNull(cell(rec, index, "document_sha256"));
            if (sha != null) {
                sha = sha.strip().toLowerCase(Locale.ROOT);
                assertTrue(sha.matches("[0-9a-f]{64}"), at + "accepted document_sha256 " + sha);
            }
            Long id = digits(cell(rec, index, "document_id"), at + "document_id", false);
            digits(cell(rec, index, "annotation_id"), at + "annotation_id", false);
            if (sha != null && id != null) {
                String s0 = shaOfId.putIfAbsent(id, sha);
                Long i0 = idOfSha.putIfAbsent(sha, id);
                assertTrue((s0 == null || s0.equals(sha)) && (i0 == null || i0.equals(id)),
                        at + "accepted a document_id and document_sha256 that disagree with an earlier row");
            }
            String shaFinal = sha;
            Document d = sha != null
                    ? targetBefore.documents().stream().filter(x -> x.sha256().equals(shaFinal)).findFirst().orElse(null)
                    : targetBefore.document(id);
            assertNotNull(d, at + "accepted a row whose article is not in the project (sha " + sha + ", id " + id + ")");
            String analyst = name(cell(rec, index, "analyst"), true, at);
            String label = name(cell(rec, index, "label"), false, at);
            rowAnalysts.add(analyst);
            rowLabels.add(label);
            long start = digits(cell(rec, index, "start"), at + "start", true);
            long end = digits(cell(rec, index, "end"), at + "end", true);
            int cpLength = d.text().codePointCount(0, d.text().length());
            assertTrue(start < end && end <= cpLength, at + "accepted start " + start + " end " + end + " in an article of "
                    + cpLength + " code points");
            String cellText = blankToNull(cell(rec, index, "text"));
            String slice = pythonSlice(d.text(), (int) start, (int) end);
            if (cellText != null) {
                assertEquals(slice, CsvInjectionGuard.unguard(cellText), at + "accepted a text that is not text[start:end]");
            }
            String note = cell(rec, index, "note");
            Instant created = time(cell(rec, index, "created_at"), at);
            Instant updated = time(cell(rec, index, "updated_at"), at);
            int b16 = d.text().offsetByCodePoints(0, (int) start);
            int e16 = d.text().offsetByCodePoints(0, (int) end);
            expected.putIfAbsent(new TagKey(d.id(), analyst, label, b16, e16),
                    new Expected(note == null ? "" : CsvInjectionGuard.unguard(note), created,
                            updated != null ? updated : created));
        }
        compareAdded(expected, after, "csv");
        assertEquals(targetBefore.documents(), after.documents(), "a CSV import adds no articles");
        int added = (int) expected.keySet().stream().filter(k -> !keysOf(targetBefore).contains(k)).count();
        assertEquals(added, report.annotationsAdded(), "the report's count of added tags");
        assertEquals(rows - added, report.alreadyPresent(), "the report's count of tags already present");
        assertNamesAdded(rowAnalysts, rowLabels, after);
    }

    // ================================================================ brat

    @Test
    void bratMutantsAreRefusedWithTheirFileAndLineOrImportedExactly() throws IOException {
        Map<String, String> base = treeDigest(fx.brat);
        run("brat", BRAT_CASES, c -> {
            Files.createDirectories(c.dir());
            Path folder = c.dir().resolve("brat");
            FuzzProjects.linkTree(fx.brat, folder);
            Set<String> touched = c.m().brat(folder);
            Path project = c.dir().resolve("target.newsmark");
            Files.copy(fx.target, project);
            ImportException refused = null;
            try (ProjectSession s = TestProjects.open(project)) {
                ImportReport report = null;
                try {
                    report = s.annotationImports().importBrat(folder, TaskControl.NONE);
                } catch (ImportException e) {
                    refused = e;
                }
                Snapshot after = Snapshot.of(s);
                assertEquals("ok", s.integrityCheck(), "integrity after the import");
                if (refused != null) {
                    Path named = folder.resolve(refused.file() == null ? "" : refused.file());
                    checkMessage(refused, touched, Files.isRegularFile(named) ? lineCount(Files.readAllBytes(named)) : 0);
                    assertUnchanged(s, after, "after the refused import");
                } else {
                    checkBratImportedExactly(folder, after, report);
                }
            }
            if (refused != null) {
                assertReopensUnchanged(project);
                return new Result(Outcome.REFUSED, refused.problem());
            }
            return new Result(Outcome.ACCEPTED, null);
        });
        assertEquals(base, treeDigest(fx.brat), "the mutants' folders are linked to the export: it must be unchanged");
    }

    static Map<String, String> treeDigest(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), TextHash.sha256(
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)));
            }
        }
        return out;
    }

    /**
     * Reads the accepted folder on its own (docs/formats.md: ANALYST/NAME.ann beside NAME.txt,
     * analysts.tsv, T and # lines, code points, fragments joined by a space) and compares.
     */
    static void checkBratImportedExactly(Path folder, Snapshot after, ImportReport report) throws Exception {
        Map<String, String> analystOf = new HashMap<>();
        Path list = folder.resolve("analysts.tsv");
        if (Files.exists(list)) {
            try {
                String content = StrictText.utf8(Files.readAllBytes(list), "analysts.tsv");
                for (var e : BratAnalystList.parse(content)) {
                    analystOf.put(e.folder(), e.analyst());
                }
                if (!analystOf.values().stream().allMatch(Names::isValid)) {
                    analystOf.clear(); // a list naming an analyst no project may have cannot be used
                }
            } catch (ImportException e) {
                analystOf.clear();
            }
        }
        Map<TagKey, Expected> expected = new LinkedHashMap<>();
        Map<TagKey, String> groups = new HashMap<>();
        Map<String, String> newTexts = new LinkedHashMap<>(); // sha → normalised text of articles the project lacks
        Map<String, String> newSources = new HashMap<>();
        Set<String> analysts = new HashSet<>();
        Set<String> labels = new HashSet<>();
        int fragments = 0;
        for (Path sub : listFolder(folder)) {
            String folderName = sub.getFileName().toString();
            if (!Files.isDirectory(sub) || folderName.startsWith(".")) {
                continue;
            }
            for (Path ann : listFolder(sub)) {
                String annName = ann.getFileName().toString();
                if (!annName.endsWith(".ann") || annName.startsWith(".")) {
                    continue;
                }
                String at = folderName + "/" + annName + " ";
                String analyst = analystOf.getOrDefault(folderName, folderName);
                assertTrue(Names.isValid(analyst), at + "accepted under the invalid analyst name " + Names.shown(analyst));
                analyst = Names.analyst(analyst);
                analysts.add(analyst);
                String docName = annName.substring(0, annName.length() - 4);
                Path txt = sub.resolve(docName + ".txt");
                assertTrue(Files.isRegularFile(txt), at + "accepted without its .txt");
                String raw = strictUtf8(Files.readAllBytes(txt), at + "accepted a .txt that is not UTF-8");
                String annText = strictUtf8(Files.readAllBytes(ann), at + "accepted an .ann that is not UTF-8");
                // stored texts use LF only: CRLF and lone CR become LF, and offsets shift with them
                StringBuilder norm = new StringBuilder();
                int[] mapped = new int[raw.length() + 1];
                for (int i = 0; i < raw.length(); i++) {
                    mapped[i] = norm.length();
                    char ch = raw.charAt(i);
                    if (ch != '\r') {
                        norm.append(ch);
                    } else if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                        norm.append('\n');
                    }
                }
                mapped[raw.length()] = norm.length();
                String text = norm.toString();
                String sha = TextHash.sha256(text);
                Document existing = targetBefore.documents().stream().filter(d -> d.sha256().equals(sha)).findFirst().orElse(null);
                long docId;
                if (existing != null) {
                    docId = existing.id();
                } else {
                    assertFalse(text.isBlank(), at + "accepted an article with no text to tag: " + FuzzMutations.visible(text));
                    newTexts.putIfAbsent(sha, text);
                    newSources.putIfAbsent(sha, docName + ".txt");
                    docId = -1 - new ArrayList<>(newTexts.keySet()).indexOf(sha);
                }
                int[] cps = raw.codePoints().toArray();
                Map<String, String> notes = new HashMap<>();
                List<String[]> tLines = new ArrayList<>();
                String[] lines = annText.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
                    String lineAt = at + "line " + (i + 1) + " ";
                    if (line.isBlank()) {
                        continue;
                    }
                    char kind = line.charAt(0);
                    if (kind == 'T') {
                        tLines.add(new String[] {line, lineAt});
                    } else if (kind == '#') {
                        String[] f = line.split("\t", 3);
                        String[] target = f.length < 2 ? new String[0] : f[1].strip().split(" +");
                        assertEquals(2, target.length, lineAt + "accepted a note line without a target: " + line);
                        notes.merge(target[1], f.length == 3 ? f[2] : "", (x, y) -> x + "\n" + y);
                    } else {
                        assertTrue("REAMN*".indexOf(kind) >= 0, lineAt + "accepted a line of unknown kind: " + line);
                    }
                }
                for (String[] tl : tLines) {
                    String line = tl[0];
                    String lineAt = tl[1];
                    String[] f = line.split("\t", 3);
                    assertEquals(3, f.length, lineAt + "accepted a T line without three fields");
                    String typeAndOffsets = f[1].strip();
                    int space = typeAndOffsets.indexOf(' ');
                    assertTrue(space > 0, lineAt + "accepted a T line without offsets");
                    String label = typeAndOffsets.substring(0, space).replace('_', ' ');
                    assertTrue(Names.isValid(label), lineAt + "accepted the invalid label " + Names.shown(label));
                    label = Names.label(label);
                    labels.add(label);
                    List<int[]> frags = new ArrayList<>();
                    StringBuilder covered = new StringBuilder();
                    for (String piece : typeAndOffsets.substring(space + 1).split(";")) {
                        String[] be = piece.strip().split(" +");
                        assertEquals(2, be.length, lineAt + "accepted the fragment " + FuzzMutations.visible(piece));
                        int b = Integer.parseInt(be[0]);
                        int e = Integer.parseInt(be[1]);
                        assertTrue(0 <= b && b < e && e <= cps.length, lineAt + "accepted the fragment " + b + " " + e
                                + " in a text of " + cps.length + " code points");
                        if (covered.length() > 0) {
                            covered.append(' ');
                        }
                        covered.append(new String(cps, b, e - b));
                        int b16 = raw.offsetByCodePoints(0, b);
                        int e16 = raw.offsetByCodePoints(0, e);
                        frags.add(new int[] {mapped[b16], mapped[e16]});
                    }
                    assertEquals(flatten(covered.toString()), flatten(f[2]), lineAt + "accepted a T line whose text is not its span's");
                    String group = frags.size() > 1 ? docName + ":" + f[0] + "@" : null;
                    for (int[] fr : frags) {
                        fragments++;
                        TagKey key = new TagKey(docId, analyst, label, fr[0], fr[1]);
                        if (!expected.containsKey(key)) {
                            expected.put(key, new Expected(notes.getOrDefault(f[0], ""), null, null));
                            groups.put(key, group);
                        }
                    }
                }
            }
        }
        // the articles the project lacked were added, with exactly the texts the folder holds
        List<Document> added = after.documents().stream().filter(d -> !targetBefore.documents().contains(d)).toList();
        assertTrue(after.documents().containsAll(targetBefore.documents()), "the project's articles are kept");
        assertEquals(newTexts.size(), added.size(), "articles added");
        Map<Long, Long> idOf = new HashMap<>();
        List<String> order = new ArrayList<>(newTexts.keySet());
        for (Document d : added) {
            assertTrue(newTexts.containsKey(d.sha256()), "an article added that the folder does not hold: " + d.title());
            assertEquals(newTexts.get(d.sha256()), d.text(), "the text of the article added");
            assertEquals(newSources.get(d.sha256()), d.sourceName(), "the source of the article added");
            idOf.put(-1L - order.indexOf(d.sha256()), d.id());
        }
        Map<TagKey, Expected> resolved = new LinkedHashMap<>();
        Map<TagKey, String> resolvedGroups = new HashMap<>();
        expected.forEach((k, v) -> {
            TagKey r = k.document() < 0 ? new TagKey(idOf.get(k.document()), k.analyst(), k.label(), k.begin(), k.end()) : k;
            resolved.put(r, v);
            resolvedGroups.put(r, groups.get(k));
        });
        compareAdded(resolved, after, "brat");
        Set<Long> oldIds = targetBefore.annotations().stream().map(Annotation::id).collect(Collectors.toSet());
        for (Annotation a : after.annotations()) {
            if (!oldIds.contains(a.id())) {
                String prefix = resolvedGroups.get(keyOf(after, a));
                if (prefix == null) {
                    assertEquals(null, a.fragmentGroup(), "a continuous span with a fragment group: " + a);
                } else {
                    assertTrue(a.fragmentGroup() != null && a.fragmentGroup().startsWith(prefix),
                            "fragment group " + a.fragmentGroup() + " of a piece of " + prefix);
                }
            }
        }
        int addedTags = (int) resolved.keySet().stream().filter(k -> !keysOf(targetBefore).contains(k)).count();
        assertEquals(addedTags, report.annotationsAdded(), "the report's count of added tags");
        assertEquals(fragments - addedTags, report.alreadyPresent(), "the report's count of tags already present");
        assertEquals(newTexts.size(), report.documentsAdded(), "the report's count of articles added");
        assertNamesAdded(analysts, labels, after);
    }

    static String flatten(String s) {
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    static String strictUtf8(byte[] b, String problem) {
        int skip = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(problem);
        }
    }

    // ================================================================ project files

    @Test
    void projectFileMutantsAreRefusedUntouchedOrOpenAndReadSoundly() {
        run("project", PROJECT_CASES, c -> {
            Files.createDirectories(c.dir());
            String name = "mutant-" + c.n() + ".newsmark";
            Path file = c.dir().resolve(name);
            int planted = c.m().planted(c.n());
            if (planted >= 0) {
                Files.write(file, targetBytes);
                try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + file);
                     Statement st = con.createStatement()) {
                    for (String q : FuzzMutations.PLANTED[planted]) {
                        st.execute(q);
                    }
                }
                assertEquals(List.of(file), listFolder(c.dir()), "planting left side files");
            } else {
                Files.write(file, c.m().projectBytes(targetBytes));
            }
            byte[] before = Files.readAllBytes(file);
            ProjectSession s;
            try {
                s = TestProjects.open(file);
            } catch (ProjectRefusedException e) {
                assertNotNull(e.getMessage(), "a refusal without a message");
                assertTrue(e.getMessage().contains(name), "the refusal does not name the file: " + e.getMessage());
                assertTrue(Arrays.equals(before, Files.readAllBytes(file)), "the refused file was changed: "
                        + e.getMessage());
                assertEquals(List.of(file), listFolder(c.dir()), "the refusal left files beside the project: " + e.getMessage());
                return new Result(Outcome.REFUSED, e.getMessage().replace(name, "FILE"));
            }
            if (planted >= 0 && planted < FuzzMutations.PLANTED_REFUSED) {
                s.close();
                fail("opened a project with planted code or a changed schema");
            }
            String unreadable = null;
            boolean quickCheckOnly = false;
            try (s) {
                String integrity;
                try {
                    integrity = s.integrityCheck();
                } catch (NotSavedException e) {
                    integrity = "stopped: " + e.getMessage().replace(name, "FILE");
                }
                if (!integrity.equals("ok")) {
                    assertFalse(STRICT_INTEGRITY, "opened, but the integrity check found: " + integrity);
                    quickCheckOnly = true;
                    unreadable = "integrity_check (not quick_check): " + integrity;
                    synchronized (QUICK_CHECK_ONLY) {
                        QUICK_CHECK_ONLY.add(c.n());
                    }
                }
                try {
                    readEverything(s);
                } catch (NotSavedException e) {
                    unreadable = (unreadable == null ? "" : unreadable + "; ") + "reading refused: "
                            + e.getMessage().replace(name, "FILE");
                }
            }
            if (quickCheckOnly) {
                // what the inspector promises, checked on our own: SQLite's quick check finds nothing
                try (Connection con = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
                     Statement st = con.createStatement();
                     ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                    assertTrue(rs.next() && rs.getString(1).equals("ok"), "opened a file that fails the quick check");
                }
            }
            return new Result(Outcome.ACCEPTED, unreadable == null ? null : "opened; " + unreadable);
        });
    }

    /** Every document, analyst, label and tag, through the session as the program reads them. */
    static void readEverything(ProjectSession s) {
        s.analysts();
        s.labels();
        for (var summary : s.documents().summaries(null)) {
            Document d = s.documents().find(summary.id()).orElseThrow();
            d.text().length();
            TestProjects.store(s).annotations().forDocument(d.id(), null);
            for (var a : s.analysts()) {
                s.annotations().annotations(d.id(), a.id());
            }
            s.documents().countsByAnalyst(d.id());
        }
        TestProjects.store(s).annotations().forEach(null, null, a -> { });
    }

    // ================================================================ shared checks

    record TagKey(long document, String analyst, String label, int begin, int end) {
    }

    /** What a tag must hold; a null time is the import's own time (not compared). */
    record Expected(String note, Instant created, Instant updated) {
    }

    static Set<TagKey> keysOf(Snapshot s) {
        return s.annotations().stream().map(a -> keyOf(s, a)).collect(Collectors.toSet());
    }

    static TagKey keyOf(Snapshot s, Annotation a) {
        return new TagKey(a.documentId(), s.analystName(a.analystId()), s.labelName(a.labelId()), a.begin(), a.end());
    }

    /** The tags added are exactly those expected that the project did not have; the old ones are all unchanged. */
    static void compareAdded(Map<TagKey, Expected> expected, Snapshot after, String what) {
        Set<Long> oldIds = targetBefore.annotations().stream().map(Annotation::id).collect(Collectors.toSet());
        for (Annotation old : targetBefore.annotations()) {
            assertTrue(after.annotations().contains(old), "a tag the project had was changed or removed: " + old);
        }
        Set<TagKey> had = keysOf(targetBefore);
        Map<TagKey, Annotation> added = new HashMap<>();
        for (Annotation a : after.annotations()) {
            if (!oldIds.contains(a.id())) {
                assertFalse(added.containsKey(keyOf(after, a)), "two tags with the same key: " + a);
                added.put(keyOf(after, a), a);
            }
        }
        Set<TagKey> want = new HashSet<>(expected.keySet());
        want.removeAll(had);
        Set<TagKey> missing = new HashSet<>(want);
        missing.removeAll(added.keySet());
        Set<TagKey> extra = new HashSet<>(added.keySet());
        extra.removeAll(want);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + " import: tags the file holds but the project does not: "
                + missing + "; tags added that the file does not hold: " + extra);
        for (TagKey k : want) {
            Annotation a = added.get(k);
            Expected e = expected.get(k);
            assertEquals(e.note(), a.note(), "the note of " + k);
            if (e.created() != null) {
                assertEquals(e.created(), a.created(), "created_at of " + k);
            }
            if (e.updated() != null) {
                assertEquals(e.updated(), a.updated(), "updated_at of " + k);
            }
        }
    }

    /** Analysts and labels: the old ones unchanged, new ones exactly those the file names that the project lacked. */
    static void assertNamesAdded(Set<String> analysts, Set<String> labels, Snapshot after) {
        assertTrue(after.analysts().containsAll(targetBefore.analysts()), "the project's analysts are kept: " + after.analysts());
        assertTrue(after.labels().containsAll(targetBefore.labels()), "the project's labels are kept: " + after.labels());
        Set<String> wantAnalysts = new HashSet<>(analysts);
        targetBefore.analysts().forEach(a -> wantAnalysts.remove(a.name()));
        Set<String> gotAnalysts = after.analysts().stream().filter(a -> !targetBefore.analysts().contains(a))
                .map(a -> a.name()).collect(Collectors.toSet());
        assertEquals(wantAnalysts, gotAnalysts, "analysts added");
        Set<String> wantLabels = new HashSet<>(labels);
        targetBefore.labels().forEach(l -> wantLabels.remove(l.name()));
        Set<String> gotLabels = after.labels().stream().filter(l -> !targetBefore.labels().contains(l))
                .map(Label::name).collect(Collectors.toSet());
        assertEquals(wantLabels, gotLabels, "labels added");
    }

    /**
     * The refusal names one of {@code files} (as the message's start), its line when it has one,
     * and that line lies in the file.
     */
    static void checkMessage(ImportException e, Set<String> files, long lines) {
        String m = e.getMessage();
        assertNotNull(m, "a refusal without a message");
        assertTrue(files.contains(e.file()), "the refusal names " + e.file() + ", not the file at fault " + files + ": " + m);
        String prefix = e.line() > 0 ? e.file() + " line " + e.line() + ": " : e.file() + ": ";
        assertTrue(m.startsWith(prefix), "the message does not start with '" + prefix + "': " + m);
        assertTrue(e.line() <= lines, "line " + e.line() + " is beyond the file's " + lines + " lines: " + m);
        assertFalse(e.problem() == null || e.problem().isBlank(), "a refusal that does not say why: " + m);
    }

    static void assertUnchanged(ProjectSession s, Snapshot after, String when) {
        assertEquals(targetBefore.documents(), after.documents(), "documents " + when);
        assertEquals(targetBefore.analysts(), after.analysts(), "analysts " + when);
        assertEquals(targetBefore.labels(), after.labels(), "labels " + when);
        assertEquals(targetBefore.annotations(), after.annotations(), "tags " + when);
        assertEquals(targetRowsBefore, ProjectFixture.allRows(s), "ProjectFixture.allRows " + when);
    }

    /**
     * The project file after a refused import and close: byte for byte the target it was copied
     * from (which opens with integrity "ok"), or else it must reopen with integrity "ok" and
     * unchanged. (A refusal rolls back in the WAL, so the file is normally identical.)
     */
    static void assertReopensUnchanged(Path project) throws Exception {
        assertFalse(Files.exists(project.resolveSibling(project.getFileName() + "-wal")), "a WAL left after closing");
        if (Arrays.equals(targetBytes, Files.readAllBytes(project))) {
            return;
        }
        try (ProjectSession again = TestProjects.open(project)) {
            assertEquals("ok", again.integrityCheck(), "integrity on reopening");
            assertUnchanged(again, Snapshot.of(again), "on reopening");
        }
    }

    /** Line ends as commons-csv and our readers count them (CRLF, CR or LF), plus one. */
    static long lineCount(byte[] b) {
        long n = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' || (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /** What {@code text[start:end]} gives in Python: slicing by code points. */
    static String pythonSlice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    private static String cell(CSVRecord r, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= r.size() ? null : r.get(i);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Long digits(String v, String what, boolean required) {
        if (v == null || v.isEmpty()) {
            assertFalse(required, "accepted an empty " + what);
            return null;
        }
        assertTrue(v.matches("[0-9]+"), "accepted " + what + " " + FuzzMutations.visible(v) + " (digits 0-9 only)");
        BigInteger n = new BigInteger(v);
        assertTrue(n.compareTo(BigInteger.valueOf(required ? Integer.MAX_VALUE : Long.MAX_VALUE)) <= 0,
                "accepted " + what + " " + v + ", too large");
        return n.longValue();
    }

    private static String name(String raw, boolean analyst, String at) {
        String unguarded = CsvInjectionGuard.unguard(raw);
        assertTrue(Names.isValid(unguarded), at + "accepted the invalid " + (analyst ? "analyst" : "label") + " name "
                + Names.shown(unguarded));
        return analyst ? Names.analyst(unguarded) : Names.label(unguarded);
    }

    private static Instant time(String v, String at) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            return IsoInstants.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new AssertionError(at + "accepted the time " + FuzzMutations.visible(v));
        }
    }

    // ================================================================ running cases

    /** Runs every case of a format with a time limit each, collecting failures (up to {@link #MAX_FAILURES}). */
    static void run(String format, int defaultCases, CaseBody body) {
        int cases = CASES != null ? CASES : defaultCases;
        Stats stats = new Stats();
        STATS.put(format, stats);
        List<String> failures = new ArrayList<>();
        ExecutorService worker = newWorker();
        long t0 = System.nanoTime();
        try {
            for (int n = 0; n < cases && failures.size() < MAX_FAILURES; n++) {
                if (ONLY != null && n != ONLY) {
                    continue;
                }
                long seed = caseSeed(format, n);
                Case c = new Case(format, n, seed, new FuzzMutations(new Random(seed)), dir.resolve(format + "-" + n));
                Future<Result> f = worker.submit(() -> {
                    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    try {
                        return body.run(c);
                    } finally {
                        stats.cpuNanos += ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
                    }
                });
                boolean failed = true;
                try {
                    Result r = f.get(CASE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                    stats.count(r.outcome(), c.m().kinds(), r.problem());
                    if (TRACE) {
                        System.out.println(format + " case " + n + ": " + r.outcome() + " [" + c.m().describe() + "] "
                                + (r.problem() == null ? "" : r.problem().replace('\n', ' ')));
                    }
                    failed = false;
                } catch (ExecutionException e) {
                    failures.add(c.where() + ":\n    " + describe(e.getCause()));
                } catch (TimeoutException e) {
                    failures.add(c.where() + ":\n    no answer within " + CASE_LIMIT.toSeconds() + " s (a hang)");
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = newWorker();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                } finally {
                    if (failed && KEEP != null) {
                        keep(c.dir(), KEEP.resolve(c.dir().getFileName()));
                    }
                    FuzzProjects.deleteTree(c.dir());
                }
            }
        } finally {
            worker.shutdownNow();
            stats.millis = (System.nanoTime() - t0) / 1_000_000;
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " " + format + " case(s) broke a guarantee:\n" + String.join("\n", failures));
        }
    }

    private static void keep(Path from, Path to) {
        try {
            FuzzProjects.deleteTree(to);
            FuzzProjects.copyTree(from, to);
            if (!Files.exists(KEEP.resolve("base"))) {
                FuzzProjects.copyTree(dir.resolve("base"), KEEP.resolve("base"));
            }
        } catch (IOException e) {
            System.err.println("could not keep " + from + ": " + e);
        }
    }

    static long caseSeed(String format, int n) {
        long x = SEED * 0x9E3779B97F4A7C15L + format.hashCode() * 0xBF58476D1CE4E5B9L + n;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }

    /** The limit the inspector really has: it reads the property once, maybe before this class set it. */
    private static long inspectorLimitMillis() {
        try {
            Field f = Class.forName("org.newsmark.storage.ProjectFileInspector")
                    .getDeclaredField("TIME_LIMIT_MILLIS");
            f.setAccessible(true);
            return f.getLong(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 60_000;
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    private static String describe(Throwable t) {
        if (t instanceof AssertionError) {
            return t.getMessage();
        }
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String trace = w.toString();
        return "threw " + (trace.length() > 3000 ? trace.substring(0, 3000) + "…" : trace);
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> listFolder(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
