package org.newsmark.io.qdpx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.newsmark.domain.Codebook;
import org.newsmark.io.codebook.CodebookJson;

/**
 * The codebook alone as a REFI-QDA codebook (.qdc, namespace urn:QDA-XML:codebook:1.0): the codes
 * of {@link CodesXml}, and Newsmark's own codebook file in the description of a set named
 * {@value #CODEBOOK_SET}, so that Newsmark reads back attribute types, article codes and link types exactly.
 */
public final class QdcWriter {

    public static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    /** The set whose description holds Newsmark's codebook file, read back by {@link QdcReader}. */
    static final String CODEBOOK_SET = "Newsmark codebook";

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
        // the codes are what other tools read; the exact codebook (types, choices, keys, link types) rides in a set's description
        StringWriter json = new StringWriter();
        CodebookJson.write(codebook, json);
        x.start("Sets");
        x.start("Set").attr("guid", QdaGuids.of("set", "codebook")).attr("name", CODEBOOK_SET);
        x.textElement("Description", json.toString());
        x.end();
        x.end();
        x.end();
        w.flush();
    }
}
