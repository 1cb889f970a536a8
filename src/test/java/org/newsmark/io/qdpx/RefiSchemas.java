package org.newsmark.io.qdpx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/** The REFI-QDA 1.0 schemas (src/test/resources/refi-qda, see its README) and zip helpers for the tests. */
public final class RefiSchemas {

    private RefiSchemas() {
    }

    /** Validates XML against Project.xsd or Codebook.xsd; throws SAXException with the line when it does not. */
    public static void validate(byte[] xml, String xsd) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Schema schema;
        try (var in = RefiSchemas.class.getResourceAsStream("/refi-qda/" + xsd)) {
            schema = f.newSchema(new StreamSource(in));
        }
        Validator v = schema.newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** One entry of a zip's bytes. */
    public static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    /** A zip of the given entries (name to UTF-8 text), in order. */
    public static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    public static byte[] resource(String name) throws IOException {
        try (var in = RefiSchemas.class.getResourceAsStream("/refi-qda/" + name)) {
            if (in == null) {
                throw new AssertionError("no resource " + name);
            }
            return in.readAllBytes();
        }
    }

    public static byte[] bytes(org.newsmark.io.exchange.ExchangeProject p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdpxWriter.write(p, out);
        return out.toByteArray();
    }
}
