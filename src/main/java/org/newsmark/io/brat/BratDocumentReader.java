package org.newsmark.io.brat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsmark.domain.CodePointOffsets;
import org.newsmark.domain.Span;
import org.newsmark.io.ImportException;
import org.newsmark.io.StrictText;

/**
 * Reads {@code NAME.txt} + {@code NAME.ann}, checks every T line against the text and splits
 * discontinuous ones into per-fragment spans sharing a fragment group. The .txt is decoded as
 * strict UTF-8 and not otherwise changed (no line-end normalisation), because brat counts every
 * character, CR included.
 */
public final class BratDocumentReader {

    private BratDocumentReader() {
    }

    /** @param annFile {@code NAME.ann}; the text is read from {@code NAME.txt} next to it */
    public static BratDocument read(Path annFile) throws ImportException {
        String annName = annFile.getFileName().toString();
        String name = annName.endsWith(".ann") ? annName.substring(0, annName.length() - 4) : annName;
        return read(name, annFile, annFile.resolveSibling(name + ".txt"));
    }

    /**
     * Reads the document {@code name} from {@code annFile} and {@code txtFile}, which may lie
     * elsewhere (the caller has resolved links); messages name {@code name.ann} and
     * {@code name.txt}. A symbolic link at either path itself is not followed.
     */
    public static BratDocument read(String name, Path annFile, Path txtFile) throws ImportException {
        String annName = name + ".ann";
        BratAnnFile ann;
        try {
            ann = BratAnnReader.parse(StrictText.utf8(bytes(annFile), annName), annName);
        } catch (IOException e) {
            throw new ImportException(annName, "could not be read: " + e.getMessage(), e);
        }
        try {
            String text = StrictText.utf8(bytes(txtFile), name + ".txt");
            return read(name, text, ann, annName);
        } catch (IOException e) {
            throw new ImportException(name + ".txt", "could not be read (brat needs NAME.txt next to NAME.ann): "
                    + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        try {
            return org.newsmark.io.ImportFiles.read(file, org.newsmark.io.article.ArticleLimits.MAX_FILE_BYTES, LinkOption.NOFOLLOW_LINKS);
        } catch (ImportException e) {
            throw new IOException(e.problem(), e);
        }
    }

    public static BratDocument read(String name, String text, BratAnnFile ann, String annFileName)
            throws ImportException {
        CodePointOffsets offsets = new CodePointOffsets(text);
        List<BratImportedSpan> spans = new ArrayList<>();
        for (BratTextBound tb : ann.textBounds()) {
            List<Span> pieces = BratTextCheck.verify(annFileName, tb, text, offsets);
            String group = tb.isDiscontinuous() ? name + ":" + tb.id() : null;
            for (Span piece : pieces) {
                spans.add(new BratImportedSpan(tb.label(), piece, ann.noteFor(tb), group, tb.id(), tb.line(), ann.attributesOf(tb)));
            }
        }
        return new BratDocument(name, text, spans, ann.skipped(), ann.relations(), ann.events());
    }
}
