package org.newsmark.io.qdpx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.newsmark.io.ImportException;
import org.newsmark.io.xml.SecureXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads REFI-QDA XML: parsed by {@link SecureXml}'s DOM parser (nothing read but the bytes given,
 * no DOCTYPE, so no entity), its errors said in REFI-QDA's words, and the few DOM walks the
 * readers need.
 */
final class RefiXml {

    private RefiXml() {
    }

    static Document parse(byte[] bytes, String where) throws ImportException {
        try {
            return SecureXml.documentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            String problem = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "has a DOCTYPE, which a REFI-QDA file never needs; refused so that no entity is ever expanded"
                    : "is not well-formed XML: " + e.getMessage();
            throw new ImportException(where, Math.max(e.getLineNumber(), 0), problem);
        } catch (SAXException | IOException e) {
            throw new ImportException(where, "could not be read as XML: " + e.getMessage());
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
