package org.newsmark.io.brat;

import java.io.IOException;
import java.nio.file.Files;
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
        Path txt = annFile.resolveSibling(name + ".txt");
        try {
            String text = StrictText.utf8(Files.readAllBytes(txt), name + ".txt");
            return read(name, text, BratAnnReader.read(annFile), annName);
        } catch (IOException e) {
            throw new ImportException(name + ".txt", "could not be read (brat needs NAME.txt next to NAME.ann): "
                    + e.getMessage(), e);
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
                spans.add(new BratImportedSpan(tb.label(), piece, ann.noteFor(tb), group, tb.id(), tb.line()));
            }
        }
        return new BratDocument(name, text, spans, ann.skipped());
    }
}
