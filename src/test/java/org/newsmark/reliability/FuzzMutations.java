package org.newsmark.reliability;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Seeded mutations of CSV, brat and project bytes for {@link FuzzTest}. Every operation appends
 * what it did to {@link #log}, so a failure message says how the mutant was made; the same seed
 * gives the same mutant.
 */
final class FuzzMutations {

    /** Numbers a reader has to refuse or take exactly. */
    static final String[] NUMBERS = {"0", "00", "007", "-1", "-0", "+1", "1.0", " 1", "1 ", "1e3", "0x10", "2147483647",
        "2147483648", "4294967296", "9223372036854775807", "9223372036854775808", "99999999999999999999999", "١٢",
        "５", "1\u00A0", "", "1 2", "1,2", "NaN", "½", "𝟙", "٣"};
    /** Characters that break names, quotes, lines or decoding. */
    static final String[] NASTY = {"\u0000", "\u0007", "\r", "\n", "\r\n", "\uFEFF", "\u202E", "\u200B", "\u2028", "\"",
        ",", "'", "\t", " ", "\u00A0", "\uFFFF", "😀", "e\u0301", "=", "-", "@", "+", ";", "_", "\\"};
    static final char[] NON_ASCII_DIGITS = {'\u0660', '\u06F0', '\u0966', '\uFF10', '\u09E6', '\u0E50'};

    final Random r;
    final List<String> log = new ArrayList<>();

    FuzzMutations(Random r) {
        this.r = r;
    }

    String describe() {
        return String.join("; ", log);
    }

    /** The first word of each operation: the mutation kinds used, for the statistics. */
    List<String> kinds() {
        return log.stream().map(s -> s.split("[ (:]", 2)[0]).toList();
    }

    int below(int n) {
        return n <= 0 ? 0 : r.nextInt(n);
    }

    <T> T pick(T[] a) {
        return a[r.nextInt(a.length)];
    }

    <T> T pick(List<T> a) {
        return a.get(r.nextInt(a.size()));
    }

    // ---------------------------------------------------------------- bytes

    /** One byte-level damage: flip, insert, delete, overwrite with a non-UTF-8 byte, truncate. */
    byte[] bytes(byte[] b) {
        int op = r.nextInt(6);
        int at = below(b.length);
        switch (op) {
            case 0 -> {
                if (b.length == 0) {
                    log.add("no-op (empty)");
                    return b;
                }
                int bit = r.nextInt(8);
                log.add("byte-flip bit " + bit + " at " + at);
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << bit);
                return c;
            }
            case 1 -> {
                byte v = pickByte();
                log.add(String.format("byte-insert 0x%02X at %d", v & 0xFF, at));
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, at);
                c[at] = v;
                System.arraycopy(b, at, c, at + 1, b.length - at);
                return c;
            }
            case 2 -> {
                int n = Math.min(b.length - at, 1 + r.nextInt(4));
                log.add("byte-delete " + n + " at " + at);
                byte[] c = new byte[b.length - n];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + n, c, at, b.length - at - n);
                return c;
            }
            case 3 -> {
                if (b.length == 0) {
                    log.add("no-op (empty)");
                    return b;
                }
                byte v = (byte) (int) pick(new Integer[] {0x80, 0xBF, 0xC0, 0xC3, 0xED, 0xF0, 0xF8, 0xFE, 0xFF});
                log.add(String.format("byte-set 0x%02X at %d", v & 0xFF, at));
                byte[] c = b.clone();
                c[at] = v;
                return c;
            }
            case 4 -> {
                log.add("byte-truncate to " + at);
                return Arrays.copyOf(b, at);
            }
            default -> {
                int n = 1 + r.nextInt(16);
                byte[] junk = new byte[n];
                r.nextBytes(junk);
                log.add("byte-append " + n + " random");
                byte[] c = Arrays.copyOf(b, b.length + n);
                System.arraycopy(junk, 0, c, b.length, n);
                return c;
            }
        }
    }

    private byte pickByte() {
        return switch (r.nextInt(4)) {
            case 0 -> (byte) "\0,\"\r\n\t; '#T".charAt(r.nextInt(11));
            case 1 -> (byte) (0x80 + r.nextInt(128));
            default -> (byte) r.nextInt(256);
        };
    }

    // ---------------------------------------------------------------- lines and characters

    /** One text-level damage on physical lines or characters. */
    String text(String s) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("(?<=\n)", -1)));
        int n = lines.size();
        switch (r.nextInt(9)) {
            case 0 -> {
                int i = below(n);
                log.add("line-duplicate " + (i + 1));
                lines.add(i, lines.get(i));
            }
            case 1 -> {
                int i = below(n);
                log.add("line-drop " + (i + 1));
                lines.remove(i);
            }
            case 2 -> {
                int i = below(n);
                int j = below(n);
                log.add("line-swap " + (i + 1) + " and " + (j + 1));
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 3 -> {
                int at = codePointBoundary(s, below(s.length() + 1));
                log.add("char-truncate to " + at);
                return s.substring(0, at);
            }
            case 4, 5 -> {
                int at = codePointBoundary(s, below(s.length() + 1));
                String what = pick(NASTY);
                log.add("char-insert " + visible(what) + " at " + at);
                return s.substring(0, at) + what + s.substring(at);
            }
            case 6 -> {
                int at = codePointBoundary(s, below(s.length()));
                int end = at >= s.length() ? at : s.offsetByCodePoints(at, 1);
                log.add("char-delete at " + at);
                return s.substring(0, at) + s.substring(end);
            }
            case 7 -> {
                boolean toCrlf = r.nextBoolean();
                log.add(toCrlf ? "line-ends CRLF" : "line-ends LF");
                return toCrlf ? s.replace("\r\n", "\n").replace("\n", "\r\n") : s.replace("\r\n", "\n");
            }
            default -> {
                int q = nth(s, '"', r.nextInt(Math.max(1, count(s, '"'))));
                if (q < 0) {
                    log.add("quote-insert at 0");
                    return "\"" + s;
                }
                boolean delete = r.nextBoolean();
                log.add((delete ? "quote-delete at " : "quote-double at ") + q);
                return delete ? s.substring(0, q) + s.substring(q + 1) : s.substring(0, q) + "\"" + s.substring(q);
            }
        }
        return String.join("", lines);
    }

    static int codePointBoundary(String s, int i) {
        if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
            return i - 1;
        }
        return i;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static int nth(String s, char c, int n) {
        for (int i = 0, seen = 0; i < s.length(); i++) {
            if (s.charAt(i) == c && seen++ == n) {
                return i;
            }
        }
        return -1;
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA1) || Character.getType(cp) == Character.FORMAT
                    || cp == 0x2028 || cp == 0xFFFF) {
                b.append(String.format("<U+%04X>", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return "'" + (b.length() > 40 ? b.substring(0, 40) + "…(" + s.length() + " chars)" : b) + "'";
    }

    /** A cell's text changed by one code point: replaced, dropped, added, or NFC/NFD applied. */
    String changeText(String t) {
        switch (r.nextInt(6)) {
            case 0 -> {
                log.add("text-nfc");
                return Normalizer.normalize(t, Normalizer.Form.NFC);
            }
            case 1 -> {
                log.add("text-nfd");
                return Normalizer.normalize(t, Normalizer.Form.NFD);
            }
            case 2 -> {
                if (t.isEmpty()) {
                    return "x";
                }
                log.add("text-drop-last");
                return t.substring(0, t.offsetByCodePoints(t.length(), -1));
            }
            case 3 -> {
                log.add("text-append");
                return t + pick(new String[] {" ", "x", "😀", "\u0301", "\n"});
            }
            case 4 -> {
                if (t.isEmpty()) {
                    return "y";
                }
                log.add("text-replace-first");
                return pick(new String[] {"X", "ё", "😃", "'"}) + t.substring(t.offsetByCodePoints(0, 1));
            }
            default -> {
                log.add("text-case");
                return t.toUpperCase(Locale.ROOT);
            }
        }
    }

    /** A number cell changed: off by one, a digit changed, a non-ASCII digit, or one of {@link #NUMBERS}. */
    String changeNumber(String v) {
        switch (r.nextInt(5)) {
            case 0 -> {
                try {
                    long n = Long.parseLong(v) + (r.nextBoolean() ? 1 : -1);
                    log.add("number-off-by-one " + v + "→" + n);
                    return Long.toString(n);
                } catch (NumberFormatException e) {
                    log.add("number-set 1");
                    return "1";
                }
            }
            case 1 -> {
                if (v.isEmpty()) {
                    return "3";
                }
                int i = below(v.length());
                char d = (char) ('0' + r.nextInt(10));
                log.add("number-digit " + i + "→" + d);
                return v.substring(0, i) + d + v.substring(i + 1);
            }
            case 2 -> {
                if (v.isEmpty()) {
                    return "\u0661";
                }
                int i = below(v.length());
                char c = v.charAt(i);
                char d = Character.isDigit(c) ? (char) (pick(new Character[] {'\u0660', '\u06F0', '\u0966', '\uFF10'}) + (c - '0')) : '\u0660';
                log.add("number-non-ascii-digit at " + i);
                return v.substring(0, i) + d + v.substring(i + 1);
            }
            case 3 -> {
                String n = pick(NUMBERS);
                log.add("number-set " + visible(n));
                return n;
            }
            default -> {
                log.add("number-leading-zeros");
                return "000" + v;
            }
        }
    }

    // ---------------------------------------------------------------- CSV

    /** A mutated copy of a valid Newsmark CSV export. */
    byte[] csv(byte[] base, List<String> shas) throws IOException {
        boolean bom = base.length >= 3 && (base[0] & 0xFF) == 0xEF;
        String text = new String(base, bom ? 3 : 0, base.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        int ops = 1 + (r.nextInt(10) < 3 ? 1 : 0) + (r.nextInt(10) == 0 ? 1 : 0);
        List<List<String>> grid = grid(text);
        boolean gridChanged = false;
        List<Integer> kinds = new ArrayList<>();
        for (int i = 0; i < ops; i++) {
            kinds.add(r.nextInt(10));
        }
        for (int k : kinds) {
            if (k < 6) {
                gridOp(grid, shas);
                gridChanged = true;
            }
        }
        if (gridChanged) {
            text = print(grid, eol);
        }
        for (int k : kinds) {
            if (k >= 6 && k < 8) {
                text = text(text);
            }
        }
        byte[] out = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        for (int k : kinds) {
            if (k >= 8) {
                out = bytes(out);
            }
        }
        return out;
    }

    static List<List<String>> grid(String text) throws IOException {
        List<List<String>> grid = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.RFC4180).get()) {
            for (CSVRecord rec : p) {
                grid.add(new ArrayList<>(rec.toList()));
            }
        }
        return grid;
    }

    static String print(List<List<String>> grid, String eol) throws IOException {
        StringWriter w = new StringWriter();
        CSVFormat f = CSVFormat.RFC4180.builder().setRecordSeparator(eol).setQuoteMode(QuoteMode.MINIMAL).get();
        try (CSVPrinter p = new CSVPrinter(w, f)) {
            for (List<String> row : grid) {
                p.printRecord(row);
            }
        }
        return w.toString();
    }

    private void gridOp(List<List<String>> grid, List<String> shas) {
        List<String> header = grid.get(0);
        int rows = grid.size() - 1;
        int row = 1 + below(rows);
        List<String> cells = grid.get(row);
        int op = r.nextInt(19);
        switch (op) {
            case 0, 1 -> cell(grid, row, pick(new String[] {"start", "end", "start", "end", "document_id"}), this::changeNumber);
            case 2 -> cell(grid, row, "annotation_id", this::changeNumber);
            case 3 -> cell(grid, row, "document_sha256", v -> {
                switch (r.nextInt(5)) {
                    case 0 -> {
                        log.add("sha-upper");
                        return v.toUpperCase(Locale.ROOT);
                    }
                    case 1 -> {
                        log.add("sha-blank");
                        return "";
                    }
                    case 2 -> {
                        String other = pick(shas);
                        log.add("sha-other " + other.substring(0, 8));
                        return other;
                    }
                    case 3 -> {
                        log.add("sha-cut");
                        return v.isEmpty() ? v : v.substring(0, v.length() - 1);
                    }
                    default -> {
                        int i = below(v.length());
                        char c = "0123456789abcdefg".charAt(r.nextInt(17));
                        log.add("sha-digit " + i + "→" + c);
                        return v.isEmpty() ? v : v.substring(0, i) + c + v.substring(i + 1);
                    }
                }
            });
            case 4, 5 -> cell(grid, row, "text", v -> {
                if (r.nextInt(5) == 0) {
                    String other = grid.get(1 + below(rows)).get(Math.max(0, header.indexOf("text")));
                    log.add("text-other-row");
                    return other;
                }
                if (r.nextInt(6) == 0) {
                    log.add("text-blank");
                    return "";
                }
                return changeText(v);
            });
            case 6 -> cell(grid, row, pick(new String[] {"analyst", "label"}), v -> {
                switch (r.nextInt(5)) {
                    case 0 -> {
                        String c = pick(NASTY);
                        log.add("name-insert " + visible(c));
                        int at = codePointBoundary(v, below(v.length() + 1));
                        return v.substring(0, at) + c + v.substring(at);
                    }
                    case 1 -> {
                        log.add("name-pad");
                        return " \u00A0" + v + "  ";
                    }
                    case 2 -> {
                        log.add("name-long");
                        return "n".repeat(195 + r.nextInt(10));
                    }
                    case 3 -> {
                        log.add("name-guard");
                        return "'" + v;
                    }
                    default -> {
                        String n = pick(new String[] {"Zoë 🙂", "", "  ", "=1+1", "'=1", "ana", "Ana", "claim", "a/b"});
                        log.add("name-set " + visible(n));
                        return n;
                    }
                }
            });
            case 7 -> cell(grid, row, pick(new String[] {"note", "text", "analyst", "document_title", "label"}), v -> {
                int n = pick(new Integer[] {201, 70_000, 1_000_000});
                log.add("cell-huge " + n);
                return "h".repeat(n);
            });
            case 8 -> cell(grid, row, pick(new String[] {"created_at", "updated_at"}), v -> {
                String t = pick(new String[] {"", "2026-11-25T19:25:48.375Z", "2026-11-25T19:25:48.123456789Z",
                    "2026-02-30T00:00:00Z", "25/11/2026 19:25", "2026-11-25 19:25:48", "2026-11-25T24:00:00Z",
                    "+12026-01-01T00:00:00Z", "2026-11-25T19:25:48.375+01:00", "1969-12-31T23:59:59.999Z", " " + v});
                log.add("time-set " + visible(t));
                return t;
            });
            case 9 -> {
                int i = below(header.size());
                int j = below(header.size());
                log.add("header-swap " + header.get(i) + "," + header.get(j));
                String t = header.get(i);
                header.set(i, header.get(j));
                header.set(j, t);
            }
            case 10 -> {
                int i = below(header.size());
                int j = below(header.size());
                log.add("header-duplicate " + header.get(j) + " over " + header.get(i));
                header.set(i, header.get(j));
            }
            case 11 -> {
                int i = below(header.size());
                String h = header.get(i);
                String n = pick(new String[] {h.toUpperCase(Locale.ROOT), " " + h + " ", "\uFEFF" + h, h + "\u0000",
                    h + "x", "", h + ",extra", "\"" + h});
                log.add("header-name " + visible(n));
                header.set(i, n);
            }
            case 12 -> {
                int i = below(header.size());
                int j = below(header.size());
                log.add("column-swap " + header.get(i) + "," + header.get(j));
                for (List<String> rr : grid) {
                    if (i < rr.size() && j < rr.size()) {
                        String t = rr.get(i);
                        rr.set(i, rr.get(j));
                        rr.set(j, t);
                    }
                }
            }
            case 13 -> {
                int i = below(header.size());
                log.add("column-drop " + header.get(i));
                for (List<String> rr : grid) {
                    if (i < rr.size()) {
                        rr.remove(i);
                    }
                }
            }
            case 14 -> {
                String name = pick(new String[] {"extra", "comment", "document_title", "text"});
                log.add("column-add " + name);
                for (int k = 0; k < grid.size(); k++) {
                    grid.get(k).add(k == 0 ? name : "v" + k);
                }
            }
            case 15 -> {
                log.add("row-duplicate " + row);
                grid.add(1 + below(rows), new ArrayList<>(cells));
            }
            case 16 -> {
                log.add("row-drop " + row);
                if (rows > 1) {
                    grid.remove(row);
                }
            }
            case 17 -> {
                log.add("row-shuffle");
                List<List<String>> body = new ArrayList<>(grid.subList(1, grid.size()));
                Collections.shuffle(body, r);
                grid.subList(1, grid.size()).clear();
                grid.addAll(body);
            }
            default -> {
                int i = below(cells.size() + 1);
                boolean add = r.nextBoolean();
                log.add((add ? "row-cell-add at " : "row-cell-remove at ") + i + " row " + row);
                if (add) {
                    cells.add(i, "");
                } else if (i < cells.size()) {
                    cells.remove(i);
                }
            }
        }
    }

    private void cell(List<List<String>> grid, int row, String column, UnaryOperator<String> change) {
        int i = grid.get(0).indexOf(column);
        List<String> cells = grid.get(row);
        if (i < 0 || i >= cells.size()) {
            log.add("no-op (no " + column + ")");
            return;
        }
        int before = log.size();
        cells.set(i, change.apply(cells.get(i)));
        if (log.size() > before) {
            log.set(before, log.get(before) + " [" + column + " row " + row + "]");
        }
    }

    // ---------------------------------------------------------------- brat

    /**
     * Mutates a copy of a brat export folder in place. Returns the files a refusal may name, as
     * the import names them ({@code FOLDER/NAME.ann}, {@code FOLDER/NAME.txt}, {@code analysts.tsv}).
     */
    Set<String> brat(Path root) throws IOException {
        Set<String> touched = new TreeSet<>();
        List<Path> anns;
        try (var s = Files.walk(root, 2)) {
            anns = s.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().toList();
        }
        int ops = 1 + (r.nextInt(4) == 0 ? 1 : 0);
        for (int i = 0; i < ops; i++) {
            Path ann = pick(anns);
            String folder = ann.getParent().getFileName().toString();
            String doc = ann.getFileName().toString().replaceFirst("\\.ann$", "");
            Path txt = ann.resolveSibling(doc + ".txt");
            String where = folder + "/" + doc;
            int op = r.nextInt(21);
            if (op < 12) {
                touched.add(where + ".ann");
                if (!Files.exists(ann)) {
                    continue;
                }
                byte[] raw = Files.readAllBytes(ann);
                String txtContent = Files.exists(txt) ? new String(Files.readAllBytes(txt),
                        StandardCharsets.UTF_8) : "";
                byte[] out;
                if (op < 2) {
                    out = bytes(raw);
                } else if (op < 4) {
                    out = text(new String(raw, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                } else {
                    out = annLine(new String(raw, StandardCharsets.UTF_8), txtContent, op).getBytes(StandardCharsets.UTF_8);
                }
                log.set(log.size() - 1, log.get(log.size() - 1) + " [" + where + ".ann]");
                replace(ann, out);
            } else if (op < 17) {
                touched.add(where + ".txt");
                touched.add(where + ".ann");
                txt(txt, where);
            } else if (op == 20) {
                touched.add(where + ".txt");
                touched.add(where + ".ann");
                windowsLineEnds(txt, ann, where);
            } else if (op < 19) {
                String name = "new" + below(3);
                Path dirOf = ann.getParent();
                String text = pick(new String[] {"A new article that only the brat folder has.", "   \n\t ", "",
                    "\uFEFFBOM first, then text.", "x"});
                log.add("new-document " + visible(text) + " [" + folder + "/" + name + "]");
                replace(dirOf.resolve(name + ".txt"), text);
                String content = r.nextBoolean() ? "" : "T1\tclaim 0 1\t" + (text.isEmpty() ? "" : text.substring(0, 1)) + "\n";
                replace(dirOf.resolve(name + ".ann"), content);
                touched.add(folder + "/" + name + ".ann");
                touched.add(folder + "/" + name + ".txt");
            } else {
                touched.add("analysts.tsv");
                analystList(root.resolve("analysts.tsv"));
            }
        }
        return touched;
    }

    /** One change to the T or # lines of an .ann: offsets, fragments, label, text, notes, kinds. */
    private String annLine(String ann, String txt, int op) {
        List<String> lines = new ArrayList<>(Arrays.asList(ann.split("\n", -1)));
        List<Integer> tLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("T")) {
                tLines.add(i);
            }
        }
        if (tLines.isEmpty()) {
            log.add("no-op (no T line)");
            return ann;
        }
        int li = pick(tLines);
        String[] f = lines.get(li).split("\t", 3);
        if (f.length < 3) {
            log.add("no-op (broken T line)");
            return ann;
        }
        int space = f[1].indexOf(' ');
        String type = space < 0 ? f[1] : f[1].substring(0, space);
        String offsets = space < 0 ? "" : f[1].substring(space + 1);
        String text = f[2];
        String at = " line " + (li + 1);
        switch (op) {
            case 4, 5 -> {
                String[] nums = offsets.split("[ ;]");
                int k = below(nums.length);
                if (r.nextInt(4) == 0 && nums.length >= 2) {
                    log.add("offset-swap" + at);
                    String t = nums[0];
                    nums[0] = nums[1];
                    nums[1] = t;
                } else {
                    int before = log.size();
                    nums[k] = changeNumber(nums[k]);
                    log.set(before, "offset-" + log.get(before) + at);
                }
                StringBuilder b = new StringBuilder();
                String[] seps = offsets.replaceAll("[^ ;]", "").split("");
                for (int j = 0; j < nums.length; j++) {
                    b.append(nums[j]);
                    if (j < seps.length && j < nums.length - 1) {
                        b.append(seps[j]);
                    }
                }
                offsets = b.toString();
            }
            case 6, 7 -> {
                String[] frags = offsets.split(";");
                int k = below(frags.length);
                String[] be = frags[k].trim().split(" +");
                int kind = r.nextInt(6);
                if (be.length == 2 && be[0].matches("[0-9]+") && be[1].matches("[0-9]+") && kind < 3) {
                    int b0 = Integer.parseInt(be[0]);
                    int e0 = Integer.parseInt(be[1]);
                    int[] cps = txt.codePoints().toArray();
                    if (e0 - b0 >= 2 && e0 <= cps.length) {
                        int m = b0 + 1 + below(e0 - b0 - 1);
                        frags[k] = b0 + " " + m + ";" + m + " " + e0;
                        offsets = String.join(";", frags);
                        if (kind < 2) {
                            text = joined(cps, offsets);
                            log.add("fragment-split-fixed at " + m + at);
                        } else {
                            log.add("fragment-split at " + m + at);
                        }
                        break;
                    }
                }
                String extra = pick(new String[] {";", ";;", "; ", ";" + frags[k].trim(), " ;", ";0 1", ";-1 2", ";5"});
                log.add("fragment-append " + visible(extra) + at);
                offsets = offsets + extra;
                if (extra.equals(";" + frags[k].trim()) && frags.length == 1 && r.nextBoolean()) {
                    text = text + " " + text; // the same fragment twice, text fixed: valid
                }
            }
            case 8 -> {
                String t = switch (r.nextInt(8)) {
                    case 0 -> type.substring(0, type.length() / 2) + " " + type.substring(type.length() / 2);
                    case 1 -> type + "_x";
                    case 2 -> "_" + type + "_";
                    case 3 -> type + pick(NASTY);
                    case 4 -> "l".repeat(195 + r.nextInt(10));
                    case 5 -> "";
                    case 6 -> "Zoë_🙂";
                    default -> pick(NASTY) + type;
                };
                log.add("label-set " + visible(t) + at);
                type = t;
            }
            case 9 -> {
                if (r.nextInt(4) == 0) {
                    log.add("text-field-drop" + at);
                    lines.set(li, f[0] + "\t" + type + (offsets.isEmpty() ? "" : " " + offsets));
                    return String.join("\n", lines);
                }
                text = changeText(text);
                log.set(log.size() - 1, log.get(log.size() - 1) + at);
            }
            case 10 -> {
                String id = f[0];
                String note = pick(new String[] {"#9\tAnnotatorNotes " + id + "\tadded note, =1+1",
                    "#9\tAnnotatorNotes " + id + "\t", "#9\tAnnotatorNotes " + id, "#9\tAnnotatorNotes T999\tnobody's",
                    "#9 AnnotatorNotes " + id + " no tabs", "#9\tAnnotatorNotes\t" + id, "#9\tOtherNote " + id + "\tkind",
                    "R1\tRel Arg1:" + id + " Arg2:T2", "A1\tNegated " + id, "*\tAlias " + id + " T2", "E1\tEv:" + id});
                log.add("note-line " + visible(note) + at);
                lines.add(li + 1, note);
                return String.join("\n", lines);
            }
            default -> {
                String k = pick(new String[] {"X", "t", " ", "R", "A", "#", "\uFEFF", "", "TT"});
                log.add("kind-set " + visible(k) + at);
                lines.set(li, k + lines.get(li).substring(1));
                return String.join("\n", lines);
            }
        }
        lines.set(li, f[0] + "\t" + type + " " + offsets + "\t" + text);
        return String.join("\n", lines);
    }

    /** The text of "a b;c d" in {@code cps}, fragments joined by a space, line breaks and tabs as spaces. */
    private static String joined(int[] cps, String offsets) {
        StringBuilder b = new StringBuilder();
        for (String frag : offsets.split(";")) {
            String[] be = frag.trim().split(" +");
            if (b.length() > 0) {
                b.append(' ');
            }
            int s = Integer.parseInt(be[0]);
            int e = Integer.parseInt(be[1]);
            b.append(new String(cps, s, e - s));
        }
        return b.toString().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    /**
     * A valid pair as a Windows tool writes it: the .txt with CRLF (or lone CR) line ends and
     * every offset in the .ann moved to count them. The import must store LF and map the spans back.
     */
    private void windowsLineEnds(Path txt, Path ann, String where) throws IOException {
        if (!Files.exists(txt) || !Files.exists(ann)) {
            log.add("no-op (no txt or ann) [" + where + "]");
            return;
        }
        String t = Files.readString(txt);
        String eol = r.nextInt(3) == 0 ? "\r" : "\r\n";
        log.add("txt-windows-line-ends " + visible(eol) + " with offsets moved [" + where + "]");
        int[] cps = t.codePoints().toArray();
        int[] moved = new int[cps.length + 1];
        int extra = 0;
        for (int i = 0; i < cps.length; i++) {
            moved[i] = i + extra;
            if (cps[i] == '\n' && eol.length() == 2) {
                extra++;
            }
        }
        moved[cps.length] = cps.length + extra;
        StringBuilder lines = new StringBuilder();
        for (String line : Files.readString(ann).split("\n", -1)) {
            String[] f = line.split("\t", 3);
            if (line.startsWith("T") && f.length == 3 && f[1].indexOf(' ') > 0) {
                String type = f[1].substring(0, f[1].indexOf(' '));
                StringBuilder offsets = new StringBuilder();
                for (String frag : f[1].substring(type.length() + 1).split(";")) {
                    String[] be = frag.split(" ");
                    offsets.append(offsets.length() == 0 ? "" : ";").append(moved[Integer.parseInt(be[0])]).append(' ')
                            .append(moved[Integer.parseInt(be[1])]);
                }
                line = f[0] + "\t" + type + " " + offsets + "\t" + f[2];
            }
            lines.append(lines.length() == 0 ? "" : "\n").append(line);
        }
        replace(txt, t.replace("\n", eol));
        replace(ann, lines.toString());
    }

    /** One change to a .txt: gone, a character changed, a line break added, a BOM, text appended, emptied, bad UTF-8. */
    private void txt(Path txt, String where) throws IOException {
        if (!Files.exists(txt)) {
            log.add("no-op (no txt) [" + where + ".txt]");
            return;
        }
        String t = Files.readString(txt);
        int at = codePointBoundary(t, below(t.length() + 1));
        String out;
        switch (r.nextInt(9)) {
            case 0 -> {
                log.add("txt-delete [" + where + ".txt]");
                Files.delete(txt);
                return;
            }
            case 1 -> {
                String c = pick(new String[] {"\r\n", "\r", "\n", "\r\r\n"});
                log.add("txt-insert " + visible(c) + " at " + at + " [" + where + ".txt]");
                out = t.substring(0, at) + c + t.substring(at);
            }
            case 2 -> {
                log.add("txt-crlf [" + where + ".txt]");
                out = t.replace("\n", "\r\n");
            }
            case 3 -> {
                log.add("txt-bom [" + where + ".txt]");
                out = "\uFEFF" + t;
            }
            case 4 -> {
                log.add("txt-append [" + where + ".txt]");
                out = t + " And one more sentence.";
            }
            case 5 -> {
                String e = pick(new String[] {"", " \n\t\u00A0"});
                log.add("txt-empty " + visible(e) + " [" + where + ".txt]");
                out = e;
            }
            case 6 -> {
                byte[] b = Files.readAllBytes(txt);
                int i = below(b.length);
                log.add("txt-bad-utf8 at " + i + " [" + where + ".txt]");
                b[i] = (byte) 0xFF;
                replace(txt, b);
                return;
            }
            default -> {
                int end = at >= t.length() ? at : t.offsetByCodePoints(at, 1);
                String c = pick(new String[] {"X", "ä", "😀", "", "  "});
                log.add("txt-char " + visible(c) + " at " + at + " [" + where + ".txt]");
                out = t.substring(0, at) + c + t.substring(end);
            }
        }
        replace(txt, out);
    }

    private void analystList(Path list) throws IOException {
        if (!Files.exists(list)) {
            log.add("no-op (no analysts.tsv)");
            return;
        }
        String s = Files.readString(list);
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int li = 1 + below(Math.max(1, lines.size() - 2));
        String[] f = lines.get(li).split("\t", -1);
        switch (r.nextInt(6)) {
            case 0 -> {
                log.add("tsv-delete");
                Files.delete(list);
                return;
            }
            case 1 -> {
                replace(list, bytes(s.getBytes(StandardCharsets.UTF_8)));
                log.set(log.size() - 1, "tsv-" + log.get(log.size() - 1));
                return;
            }
            case 2 -> {
                if (f.length == 4) {
                    String n = pick(new String[] {"\\t", "a\\nb", "\\r", "\u0007bell", "\u202Eevil", "  ", "",
                        "n".repeat(201), "Zoë", "Ana", "\\", "x\\q"});
                    log.add("tsv-analyst " + visible(n) + " line " + (li + 1));
                    f[1] = n;
                    lines.set(li, String.join("\t", f));
                }
            }
            case 3 -> {
                if (f.length == 4) {
                    log.add("tsv-folder line " + (li + 1));
                    f[0] = pick(new String[] {"nope", "", ".hidden", "a/b", f[0] + " "});
                    lines.set(li, String.join("\t", f));
                }
            }
            case 4 -> {
                log.add("tsv-header");
                lines.set(0, lines.get(0).toUpperCase(Locale.ROOT));
            }
            default -> {
                log.add("tsv-swap-analysts");
                String[] a = lines.get(1).split("\t", -1);
                String[] b = lines.size() > 3 ? lines.get(2).split("\t", -1) : a;
                if (a.length == 4 && b.length == 4) {
                    String t = a[1];
                    a[1] = b[1];
                    b[1] = t;
                    lines.set(1, String.join("\t", a));
                    lines.set(2, String.join("\t", b));
                }
            }
        }
        replace(list, String.join("\n", lines));
    }

    // ---------------------------------------------------------------- project files

    /** SQL that plants code or changes the schema or data behind Newsmark's back, run on a copy by {@link FuzzTest}. */
    static final String[][] PLANTED = {
        {"CREATE TRIGGER planted AFTER INSERT ON annotations BEGIN DELETE FROM documents; END"},
        {"CREATE TRIGGER planted BEFORE DELETE ON documents BEGIN SELECT 1; END"},
        {"CREATE VIEW planted AS SELECT * FROM documents"},
        {"ALTER TABLE documents ADD COLUMN planted TEXT"},
        {"ALTER TABLE annotations ADD COLUMN planted INTEGER DEFAULT 0"},
        {"CREATE INDEX planted ON documents(title)"},
        {"CREATE TABLE planted(x)"},
        {"DROP INDEX annotations_by_analyst"},
        {"PRAGMA application_id = 1"},
        {"PRAGMA user_version = 99"},
        {"PRAGMA user_version = 0"},
        {"PRAGMA user_version = 1"},
        {"PRAGMA writable_schema = ON", "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') WHERE name = 'labels'"},
        {"CREATE VIRTUAL TABLE planted USING fts4(x)"},
        {"ANALYZE"},
        {"UPDATE annotations SET created_at = 'not a time' WHERE id = (SELECT min(id) FROM annotations)"},
        {"UPDATE annotations SET end_utf16 = 99999 WHERE id = (SELECT min(id) FROM annotations)"},
        {"UPDATE documents SET text = 'short' WHERE id = 1"},
        {"UPDATE documents SET sha256 = 'x' WHERE id = 2"},
        {"UPDATE labels SET color = 'red', shortcut = 'F13' WHERE id = 1"},
        {"UPDATE documents SET title = x'ff00fe' WHERE id = 1"},
        {"UPDATE annotations SET note = zeroblob(10) WHERE id = (SELECT max(id) FROM annotations)"},
        {"UPDATE annotations SET begin_utf16 = '3', end_utf16 = 4.5 WHERE id = (SELECT max(id) FROM annotations)"},
        {"UPDATE annotations SET end_utf16 = 'abc' WHERE id = (SELECT max(id) FROM annotations)"},
        {"UPDATE documents SET imported_at = 'yesterday' WHERE id = 1"},
        {"INSERT INTO annotations(document_id, analyst_id, label_id, begin_utf16, end_utf16, created_at, updated_at)"
            + " VALUES (1, 1, 1, 0, 1, '', '')"},
        {"PRAGMA foreign_keys = OFF", "INSERT INTO annotations(document_id, analyst_id, label_id, begin_utf16, end_utf16,"
            + " created_at, updated_at) VALUES (77, 88, 99, 0, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"},
    };

    /** The first entries of {@link #PLANTED}, up to here, plant code or change the schema: they must be refused. */
    static final int PLANTED_REFUSED = 14;

    /**
     * The index in {@link #PLANTED} of the change to plant, or -1: then {@link #projectBytes}
     * damages the bytes instead. Case N below PLANTED.length plants change N, so that every run
     * tries each; later cases plant one in six times, at random.
     */
    int planted(int caseNo) {
        int i = caseNo < PLANTED.length ? caseNo : r.nextInt(6) == 0 ? r.nextInt(PLANTED.length) : -1;
        if (i >= 0) {
            log.add("sql-" + i + " " + String.join("; ", PLANTED[i]));
        }
        return i;
    }

    /** Damage to a closed project file: its header, page 1 with the schema, other pages, its length. */
    byte[] projectBytes(byte[] base) {
        int pageSize = ((base[16] & 0xFF) << 8 | (base[17] & 0xFF)) == 1 ? 65536 : ((base[16] & 0xFF) << 8 | (base[17] & 0xFF));
        int pages = base.length / pageSize;
        byte[] b = base.clone();
        int ops = 1 + (r.nextInt(5) == 0 ? 1 : 0);
        int[] kinds = new int[ops];
        for (int k = 0; k < ops; k++) {
            kinds[k] = r.nextInt(12);
        }
        // changes of length last, so that the others find the pages they look for
        Arrays.sort(kinds);
        for (int kind : kinds) {
            switch (kind) {
                case 0 -> {
                    int at = r.nextInt(100);
                    int v = r.nextInt(256);
                    log.add("header-byte " + at + "=" + v);
                    b[at] = (byte) v;
                }
                case 1, 2 -> {
                    // offset, width: page size, write/read version, reserved, payload fractions, change counter,
                    // size in pages, freelist, schema cookie, schema format, cache, autovacuum, encoding,
                    // user_version, incremental vacuum, application_id, version-valid-for, SQLite version
                    int[][] fields = {{16, 2}, {18, 1}, {19, 1}, {20, 1}, {21, 1}, {22, 1}, {23, 1}, {24, 4}, {28, 4},
                        {32, 4}, {36, 4}, {40, 4}, {44, 4}, {48, 4}, {52, 4}, {56, 4}, {60, 4}, {64, 4}, {68, 4},
                        {92, 4}, {96, 4}};
                    int[] f = pick(fields);
                    long v = pick(new Long[] {0L, 1L, 2L, 3L, 4L, 5L, 255L, 256L, 512L, 1024L, 65535L, 65536L,
                        (long) pages - 1, (long) pages + 1, (long) pages * 2, 0x7FFFFFFFL, 0xFFFFFFFFL,
                        (long) r.nextInt()});
                    log.add("header-field " + f[0] + "=" + v);
                    for (int i = 0; i < f[1]; i++) {
                        b[f[0] + i] = (byte) (v >>> (8 * (f[1] - 1 - i)));
                    }
                }
                case 3, 4 -> {
                    int n = 1 + r.nextInt(4);
                    log.add("schema-page " + n + " byte(s)");
                    for (int i = 0; i < n; i++) {
                        int at = 100 + r.nextInt(Math.min(pageSize, b.length) - 100);
                        b[at] = r.nextInt(3) == 0 ? (byte) (b[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
                        log.set(log.size() - 1, log.get(log.size() - 1) + " @" + at);
                    }
                }
                case 5 -> {
                    List<Integer> creates = new ArrayList<>();
                    byte[] word = "CREATE".getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i + word.length < b.length; i++) {
                        if (b[i] == 'C' && Arrays.equals(b, i, i + word.length, word, 0, word.length)) {
                            creates.add(i);
                        }
                    }
                    int at = creates.isEmpty() ? 100 : pick(creates) + r.nextInt(160);
                    at = Math.min(at, b.length - 1);
                    byte v = (byte) pick(new Integer[] {(int) ' ', (int) '(', (int) ')', (int) ',', (int) 'x', 0, (int) '"', (int) ';'}).intValue();
                    log.add("schema-sql @" + at + "=" + (v & 0xFF));
                    b[at] = v;
                }
                case 6, 7 -> {
                    int page = 1 + r.nextInt(Math.max(1, pages - 1));
                    int n = 1 + r.nextInt(8);
                    log.add("page-bytes page " + (page + 1) + " x" + n);
                    for (int i = 0; i < n; i++) {
                        int at = page * pageSize + (r.nextBoolean() ? r.nextInt(12) : r.nextInt(pageSize));
                        if (at < b.length) {
                            b[at] = r.nextBoolean() ? (byte) (b[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
                        }
                    }
                }
                case 8 -> {
                    int page = r.nextInt(pages);
                    boolean zero = r.nextBoolean();
                    int from = r.nextInt(pages);
                    log.add(zero ? "page-zero " + (page + 1) : "page-copy " + (from + 1) + " over " + (page + 1));
                    for (int i = 0; i < pageSize && page * pageSize + i < b.length; i++) {
                        b[page * pageSize + i] = zero ? 0 : base[from * pageSize + i];
                    }
                }
                case 9 -> {
                    int page = r.nextInt(pages);
                    int at = page * pageSize + (page == 0 ? 100 : 0) + r.nextInt(12);
                    int v = r.nextInt(256);
                    log.add("btree-header page " + (page + 1) + " @" + at + "=" + v);
                    if (at < b.length) {
                        b[at] = (byte) v;
                    }
                }
                case 10 -> {
                    int len = switch (r.nextInt(4)) {
                        case 0 -> r.nextInt(100);
                        case 1 -> pageSize * r.nextInt(Math.max(1, pages));
                        default -> below(b.length);
                    };
                    log.add("truncate to " + len);
                    b = Arrays.copyOf(b, len);
                }
                default -> {
                    int n = r.nextBoolean() ? pageSize : 1 + r.nextInt(600);
                    byte[] junk = new byte[n];
                    if (r.nextBoolean()) {
                        r.nextBytes(junk);
                    }
                    log.add("append " + n + " bytes");
                    b = Arrays.copyOf(b, b.length + n);
                    System.arraycopy(junk, 0, b, b.length - n, n);
                }
            }
        }
        return b;
    }

    /** Writes a new file at {@code p}: the copied folder holds hard links to the base files, which must stay as they are. */
    static void replace(Path p, byte[] content) throws IOException {
        Files.deleteIfExists(p);
        Files.write(p, content);
    }

    static void replace(Path p, String content) throws IOException {
        replace(p, content.getBytes(StandardCharsets.UTF_8));
    }
}
