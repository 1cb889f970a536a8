package org.newsmark.io.xmi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.newsmark.domain.Analyst;
import org.newsmark.domain.Document;
import org.newsmark.io.codebook.CodebookJson;
import org.newsmark.io.exchange.ExchangeProject;
import org.xml.sax.SAXException;

/**
 * Writes a project as a zip for INCEpTION: {@code TypeSystem.xml}; {@code annotation/<article>/<analyst>.xmi}
 * for every analyst with tags, links or codes in the article, and {@code annotation/<article>/INITIAL_CAS.xmi}
 * with the text and metadata alone, as INCEpTION lays out its own XMI export; and, for Newsmark's own
 * reading back, {@code codebook.json} (the codebook file) and {@code sources.json}. Each XMI is
 * written by UIMA's {@link XmiCasSerializer} (XML 1.0, UTF-8); its sofa is the article's text as
 * stored and every offset is a UTF-16 index into it, as INCEpTION's are.
 */
public final class XmiWriter {

    /** The entries' names. */
    public static final String TYPE_SYSTEM = "TypeSystem.xml";
    public static final String CODEBOOK = "codebook.json";
    public static final String ANNOTATION_FOLDER = "annotation/";

    private XmiWriter() {
    }

    /**
     * Writes {@code project} to {@code zip} and finishes the zip; the stream is left open (the
     * caller's {@code AtomicOutput} closes it).
     *
     * @throws IllegalArgumentException when a text or value holds a character XML 1.0 cannot carry
     */
    public static void write(ExchangeProject project, OutputStream zip) throws IOException {
        XmiSchema schema = XmiSchema.of(project);
        CAS cas;
        try {
            cas = CasCreationUtils.createCas(schema.description(), null, null);
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("the type system Newsmark makes is always valid", e);
        }
        ZipOutputStream out = new ZipOutputStream(zip);
        put(out, TYPE_SYSTEM, bytes -> {
            try {
                schema.description().toXML(bytes);
            } catch (SAXException e) {
                throw new IOException("TypeSystem.xml could not be written", e);
            }
        });
        put(out, CODEBOOK, bytes -> CodebookJson.write(project.codebook(), bytes));
        put(out, SourcesJson.ENTRY, bytes -> SourcesJson.write(project.sources(), bytes));
        CasFiller filler = new CasFiller(project, schema);
        FileNames folders = new FileNames();
        for (Document d : project.documents()) {
            String folder = ANNOTATION_FOLDER + folders.allocate(d.sourceName() == null || d.sourceName().isBlank()
                    ? d.title() : d.sourceName()) + "/";
            FileNames files = new FileNames(XmiTypes.INITIAL_CAS);
            put(out, folder + XmiTypes.INITIAL_CAS + ".xmi", bytes -> serialize(filler.fill(cas, d, null), bytes));
            for (Analyst a : analystsOf(project, d)) {
                put(out, folder + files.allocate(a.name()) + ".xmi", bytes -> serialize(filler.fill(cas, d, a), bytes));
            }
        }
        out.finish();
        out.flush();
    }

    private static List<Analyst> analystsOf(ExchangeProject p, Document d) {
        TreeSet<Long> ids = new TreeSet<>();
        p.tagsOf(d.id()).forEach(t -> ids.add(t.analystId()));
        p.linksOf(d.id()).forEach(l -> ids.add(l.analystId()));
        p.articleCodes().stream().filter(c -> c.documentId() == d.id()).forEach(c -> ids.add(c.analystId()));
        List<Analyst> out = new ArrayList<>();
        ids.forEach(id -> p.analyst(id).ifPresent(out::add));
        return out;
    }

    private static void serialize(CAS cas, OutputStream out) throws IOException {
        try {
            XmiCasSerializer.serialize(cas, out);
        } catch (SAXException e) {
            throw new IOException("An XMI could not be written: " + e.getMessage(), e);
        }
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static void put(ZipOutputStream zip, String name, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.write(bytes);
        zip.putNextEntry(new ZipEntry(name));
        bytes.writeTo(zip);
        zip.closeEntry();
    }
}
