package org.newsmark.io.brat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsmark.domain.CodePointOffsets;

/**
 * Writes one analyst's annotations of one document as brat standoff: {@code NAME.txt} (the
 * article text exactly, UTF-8 without BOM) and {@code NAME.ann}. T ids are numbered in text
 * order. Labels go through {@link BratLabelNames#toBrat}. A note becomes
 * {@code #N<TAB>AnnotatorNotes Tk<TAB>note}, with line breaks and tabs replaced by spaces because
 * an .ann line cannot contain them (brat shows notes on one line anyway); likewise in the T line's
 * text column.
 */
public final class BratWriter {

    private BratWriter() {
    }

    /**
     * Writes {@code dir/name.txt} and {@code dir/name.ann}; returns the .ann path. Both files are
     * new (an existing file or a symbolic link at either name is an error, never overwritten or
     * followed) and are flushed to the disk before this returns.
     */
    public static Path write(Path dir, String name, String text, List<BratExportAnnotation> annotations)
            throws IOException {
        return write(dir, name, text, annotations, List.of());
    }

    /** As above, with the links between the annotations as R lines after the T, # and A lines. */
    public static Path write(Path dir, String name, String text, List<BratExportAnnotation> annotations,
                             List<BratExportRelation> relations) throws IOException {
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        Files.createDirectories(dir);
        writeNew(dir.resolve(name + ".txt"), text);
        Path ann = dir.resolve(name + ".ann");
        writeNew(ann, annContent(text, annotations, relations));
        return ann;
    }

    /** Creates {@code file} (it must not exist; a symbolic link there is not followed), writes UTF-8, fsyncs. */
    public static void writeNew(Path file, String content) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
    }

    public static String annContent(String text, List<BratExportAnnotation> annotations) {
        return annContent(text, annotations, List.of());
    }

    /**
     * A relation goes between the T lines of its two tags (a fragment of a discontinuous span
     * stands for its whole T line); one naming a tag not among {@code annotations} is an error.
     * The same relation twice (two fragments of one T line) is written once.
     */
    public static String annContent(String text, List<BratExportAnnotation> annotations, List<BratExportRelation> relations) {
        Map<Long, String> tIds = new java.util.HashMap<>();
        CodePointOffsets offsets = new CodePointOffsets(text);
        StringBuilder out = new StringBuilder();
        int noteNo = 0;
        int tNo = 0;
        int aNo = 0;
        for (List<BratExportAnnotation> group : groups(annotations)) {
            String id = "T" + (++tNo);
            StringBuilder ranges = new StringBuilder();
            StringBuilder covered = new StringBuilder();
            Set<String> notes = new LinkedHashSet<>();
            for (BratExportAnnotation a : group) {
                if (a.tagId() != 0) {
                    tIds.put(a.tagId(), id);
                }
                if (!ranges.isEmpty()) {
                    ranges.append(';');
                    covered.append(' ');
                }
                ranges.append(offsets.toCodePoints(a.span().begin())).append(' ')
                        .append(offsets.toCodePoints(a.span().end()));
                covered.append(a.span().textOf(text));
                if (!a.note().isBlank()) {
                    notes.add(oneLine(a.note()));
                }
            }
            out.append(id).append('\t').append(BratLabelNames.toBrat(group.get(0).label())).append(' ')
                    .append(ranges).append('\t').append(BratTextCheck.flatten(covered.toString())).append('\n');
            if (!notes.isEmpty()) {
                out.append('#').append(++noteNo).append("\tAnnotatorNotes ").append(id).append('\t')
                        .append(String.join(" ", notes)).append('\n');
            }
            // brat has one value per attribute line: a multiple choice becomes one line per value
            for (var attribute : group.get(0).attributes().entrySet()) {
                for (String value : attribute.getValue()) {
                    out.append('A').append(++aNo).append('\t').append(BratLabelNames.toBrat(attribute.getKey())).append(' ')
                            .append(id).append(' ').append(BratLabelNames.toBrat(value)).append('\n');
                }
            }
        }
        Set<String> written = new java.util.HashSet<>();
        int rNo = 0;
        for (BratExportRelation r : relations) {
            String from = tIds.get(r.fromTagId());
            String to = tIds.get(r.toTagId());
            if (from == null || to == null) {
                throw new IllegalArgumentException("a " + r.type() + " link names tag " + (from == null ? r.fromTagId() : r.toTagId())
                        + ", which is not among the annotations written");
            }
            String body = BratLabelNames.toBrat(r.type()) + " Arg1:" + from + " Arg2:" + to;
            if (written.add(body)) {
                out.append('R').append(++rNo).append('\t').append(body).append('\n');
            }
        }
        return out.toString();
    }

    /** Each group = one T line: a lone annotation, or all fragments of one fragmentGroup and label. */
    private static List<List<BratExportAnnotation>> groups(List<BratExportAnnotation> annotations) {
        Map<String, List<BratExportAnnotation>> byKey = new LinkedHashMap<>();
        int single = 0;
        for (BratExportAnnotation a : annotations) {
            String key = a.fragmentGroup() == null ? "\u0000" + (single++) : a.fragmentGroup() + "\u0000" + a.label();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
        }
        List<List<BratExportAnnotation>> groups = new ArrayList<>();
        for (List<BratExportAnnotation> g : byKey.values()) {
            g.sort(Comparator.comparing(BratExportAnnotation::span));
            groups.add(g);
        }
        groups.sort(Comparator.comparing((List<BratExportAnnotation> g) -> g.get(0).span())
                .thenComparing(g -> g.get(0).label()));
        return groups;
    }

    private static String oneLine(String note) {
        return note.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').strip();
    }
}
