package org.newsmark.io.qdpx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.newsmark.io.ImportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses REFI-QDA XML with the JDK's DOM parser set so that it never reads anything but the bytes
 * given: secure processing, no DOCTYPE at all (so no entities, internal or external), no XInclude,
 * and errors thrown, not printed.
 */
final class SecureXml {

    private SecureXml() {
    }

    static Document parse(byte[] bytes, String where) throws ImportException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not stop a file that parses
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            String problem = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "has a DOCTYPE, which a REFI-QDA file never needs; refused so that no entity is ever expanded"
                    : "is not well-formed XML: " + e.getMessage();
            throw new ImportException(where, Math.max(e.getLineNumber(), 0), problem);
        } catch (SAXException | IOException e) {
            throw new ImportException(where, "could not be read as XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a secure setting", e);
        }
    }

    /** The child elements named {@code local} (any namespace: files say urn:QDA-XML:project:1.0 or an older one). */
    static java.util.List<Element> children(Element parent, String local) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String local) {
        java.util.List<Element> all = children(parent, local);
        return all.isEmpty() ? null : all.get(0);
    }

    static String text(Element parent, String local) {
        Element e = child(parent, local);
        return e == null ? null : e.getTextContent();
    }

    /** An attribute, null when absent or empty. */
    static String attr(Element e, String name) {
        String v = e.getAttribute(name);
        return v.isEmpty() ? null : v;
    }
}
