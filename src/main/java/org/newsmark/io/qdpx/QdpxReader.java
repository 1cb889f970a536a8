package org.newsmark.io.qdpx;

import java.nio.file.Path;
import org.newsmark.io.ImportException;
import org.newsmark.io.exchange.ExchangeRead;
import org.w3c.dom.Element;

/**
 * Reads a REFI-QDA project exchange file (.qdpx) written by Newsmark, QualCoder, MAXQDA, ATLAS.ti or
 * NVivo (docs/formats.md ("REFI-QDA project")). What cannot be taken (pictures, PDFs, audio, video, sets, graphs,
 * cases, codings of codes that are not codable, selections outside their text) is listed in
 * {@link ExchangeRead#notTaken()}; a file that is not a readable .qdpx is an {@link ImportException}.
 */
public final class QdpxReader {

    private QdpxReader() {
    }

    /** Positions read as code points with a CRLF counted once (twice in a file whose origin is NVivo). */
    public static ExchangeRead read(Path file) throws ImportException {
        return read(file, RefiPositions.Unit.CODE_POINTS);
    }

    /** Positions read in this unit; the CRLF rule still follows the file's origin ({@link RefiPositions#countsCrlfTwice}). */
    public static ExchangeRead read(Path file, RefiPositions.Unit unit) throws ImportException {
        try (QdpxArchive zip = QdpxArchive.open(file)) {
            String qde = zip.qdeName();
            Element root = RefiXml.parse(zip.read(qde), zip.fileName() + " (" + qde + ")").getDocumentElement();
            if (!"Project".equals(root.getLocalName())) {
                throw new ImportException(zip.fileName(), qde + " holds <" + root.getTagName() + ">, not a REFI-QDA <Project>");
            }
            return new QdeReader(zip, root, unit).read();
        }
    }
}
