package org.newsmark.io.xmi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.newsmark.io.ImportException;
import org.newsmark.io.xml.SecureXml;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A CAS read as INCEpTION reads one: the type system from TypeSystem.xml, then the XMI by UIMA's
 * {@link XmiCasDeserializer}, not lenient (a type or feature the type system does not declare is an
 * error, not a silent loss). Both go through {@link SecureXml}'s SAX parser (secure processing, no DOCTYPE), so
 * no entity is expanded and nothing outside the file is read; a type system that imports another
 * (by name or location) is refused for the same reason.
 */
final class XmiCas {

    private XmiCas() {
    }

    /** A CAS and the Newsmark roles its type system's feature descriptions name, by type and feature. */
    record Read(CAS cas, Map<String, Map<String, FeatureRole>> roles) {
    }

    static Read read(byte[] typeSystem, String typeSystemName, byte[] xmi, String xmiName) throws ImportException {
        CAS cas;
        TypeSystemDescription tsd = typeSystem(typeSystem, typeSystemName);
        try {
            cas = CasCreationUtils.createCas(tsd, null, null);
        } catch (ResourceInitializationException e) {
            throw new ImportException(typeSystemName, "is not a usable type system: " + rootMessage(e));
        }
        try {
            XMLReader reader = SecureXml.saxReader();
            reader.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, false));
            reader.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(xmi)));
        } catch (SAXParseException e) {
            // UIMA's own errors repeat the place: "Error parsing XCAS or XMI-CAS from source <unknown> at line 13, column 114: …"
            String problem = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Error parsing .*? column \\d+: ", "");
            java.util.regex.Matcher at = java.util.regex.Pattern.compile(" at line (\\d+),").matcher(String.valueOf(e.getMessage()));
            long line = e.getLineNumber() > 0 ? e.getLineNumber() : at.find() ? Long.parseLong(at.group(1)) : ImportException.NO_LINE;
            throw new ImportException(xmiName, line, problem.startsWith("unknown ")
                    ? "does not fit " + typeSystemName + ": " + problem : "is not valid XMI: " + problem);
        } catch (SAXException e) {
            throw new ImportException(xmiName, "does not fit " + typeSystemName + ": " + rootMessage(e));
        } catch (IOException | RuntimeException e) {
            throw new ImportException(xmiName, "is not valid XMI: " + rootMessage(e));
        }
        return new Read(cas, roles(tsd));
    }

    /** The Newsmark roles a type system's feature descriptions name, by type and feature. */
    static Map<String, Map<String, FeatureRole>> roles(TypeSystemDescription tsd) {
        Map<String, Map<String, FeatureRole>> out = new HashMap<>();
        for (TypeDescription t : tsd.getTypes()) {
            for (FeatureDescription f : t.getFeatures()) {
                FeatureRole.parse(f.getDescription())
                        .ifPresent(r -> out.computeIfAbsent(t.getName(), k -> new HashMap<>()).put(f.getName(), r));
            }
        }
        return out;
    }

    static TypeSystemDescription typeSystem(byte[] bytes, String name) throws ImportException {
        try {
            XMLReader check = SecureXml.saxReader();
            check.setContentHandler(new DefaultHandler());
            check.parse(new org.xml.sax.InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            throw new ImportException(name, e.getLineNumber(), "is not a type system: " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new ImportException(name, "is not a type system: " + e.getMessage());
        }
        TypeSystemDescription tsd;
        try {
            tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                    new XMLInputSource(new ByteArrayInputStream(bytes), null));
        } catch (InvalidXMLException e) {
            throw new ImportException(name, "is not a type system: " + rootMessage(e));
        }
        if (tsd.getImports() != null && tsd.getImports().length > 0) {
            throw new ImportException(name, "imports another type system; only a self-contained TypeSystem.xml is read");
        }
        return tsd;
    }

    /** The innermost message, which says what is wrong, without the exceptions' class names. */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? "it cannot be read" : m.strip();
    }
}
