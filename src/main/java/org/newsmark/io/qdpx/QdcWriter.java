package org.newsmark.io.qdpx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.newsmark.domain.Codebook;

/**
 * The codebook alone as a REFI-QDA codebook (.qdc, namespace urn:QDA-XML:codebook:1.0): the codes
 * of {@link CodesXml}. Article codes and link types have no place in it (they travel in a .qdpx).
 */
public final class QdcWriter {

    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    private QdcWriter() {
    }

    /** Writes UTF-8 without a BOM and closes nothing. An empty codebook cannot be written: the schema needs a code. */
    public static void write(Codebook codebook, OutputStream out) throws IOException {
        if (codebook.labels().isEmpty()) {
            throw new IllegalArgumentException("A REFI-QDA codebook needs at least one label; this codebook has none.");
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        XmlOut x = new XmlOut(w);
        x.start("CodeBook").attr("xmlns", NAMESPACE).attr("origin", QdpxWriter.ORIGIN);
        CodesXml.write(x, codebook);
        x.end();
        w.flush();
    }
}
