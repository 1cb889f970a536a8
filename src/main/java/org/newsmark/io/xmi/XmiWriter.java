package org.newsmark.io.xmi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Writes a project as a zip for INCEpTION that is both its XMI layout and its project archive:
 * {@code TypeSystem.xml}; {@code exportedproject.json} ({@link InceptionProjectJson}); per article
 * {@code source/<doc>} (the text, UTF-8), {@code annotation/<doc>/INITIAL_CAS.xmi} and {@code
 * annotation_ser/<doc>/INITIAL_CAS.ser} with the text and metadata alone, and {@code .xmi} and
 * {@code .ser} under the same names for every analyst with tags, links or codes in it; and, for
 * Newsmark's own reading back, {@code codebook.json} and {@code newsmark/sources.json}. {@code <doc>}
 * is one name ending in {@code .txt} ({@link FileNames#allocateText}), the user one name per analyst
 * ({@link InceptionUserNames}). An entry's XMI (UIMA's {@link XmiCasSerializer}, XML 1.0, UTF-8)
 * and binary CAS ({@link SerializedCas}) are written from the same CAS; its sofa is the article's
 * text as stored and every offset is a UTF-16 index into it, as INCEpTION's are.
 */
public final class XmiWriter {

    /** The entries' names. */
    public static final String TYPE_SYSTEM = "TypeSystem.xml";
    public static final String CODEBOOK = "codebook.json";
    public static final String ANNOTATION_FOLDER = "annotation/";
    public static final String SERIALIZED_FOLDER = "annotation_ser/";
    public static final String SOURCE_FOLDER = "source/";

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
        InceptionUserNames users = new InceptionUserNames(project.analysts());
        FileNames docNames = new FileNames();
        List<InceptionProjectJson.Doc> docs = new ArrayList<>();
        Map<String, String> realNames = new LinkedHashMap<>();
        for (Document d : project.documents()) {
            String name = docNames.allocateText(d.sourceName() == null || d.sourceName().isBlank() ? d.title() : d.sourceName());
            docs.add(new InceptionProjectJson.Doc(name, analystsOf(project, d).stream().map(a -> users.of(a.id())).toList()));
        }
        project.analysts().stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .filter(a -> docs.stream().anyMatch(d -> d.users().contains(users.of(a.id()))))
                .forEach(a -> realNames.put(users.of(a.id()), a.name()));

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
        put(out, InceptionProjectJson.ENTRY, bytes -> InceptionProjectJson.write(project.name(), schema, docs, realNames, bytes));
        CasFiller filler = new CasFiller(project, schema);
        for (int i = 0; i < docs.size(); i++) {
            Document d = project.documents().get(i);
            String doc = docs.get(i).name();
            put(out, SOURCE_FOLDER + doc, bytes -> bytes.write(d.text().getBytes(StandardCharsets.UTF_8)));
            casEntries(out, doc, XmiTypes.INITIAL_CAS, filler.fill(cas, d, null));
            for (Analyst a : analystsOf(project, d)) {
                casEntries(out, doc, users.of(a.id()), filler.fill(cas, d, a));
            }
        }
        out.finish();
        out.flush();
    }

    /** The XMI and the binary CAS of one document and user, from the one CAS. */
    private static void casEntries(ZipOutputStream out, String doc, String user, CAS cas) throws IOException {
        put(out, ANNOTATION_FOLDER + doc + "/" + user + ".xmi", bytes -> serialize(cas, bytes));
        put(out, SERIALIZED_FOLDER + doc + "/" + user + ".ser", bytes -> SerializedCas.write(cas, bytes));
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
