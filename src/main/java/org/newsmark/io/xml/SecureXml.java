package org.newsmark.io.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The one place where Newsmark makes an XML parser for a file it did not write (REFI-QDA, UIMA XMI
 * and its type system). Every parser made here reads nothing but the bytes given: secure processing
 * (the JDK's entity and size limits), no DOCTYPE at all (so no entity, internal or external, is ever
 * expanded or fetched), no external DTD, no XInclude, and errors thrown, not printed on stderr (the
 * JDK's default handler prints "[Fatal Error] …" before throwing). A DOCTYPE is refused with a
 * {@link SAXParseException} whose message names it ("DOCTYPE is disallowed …"), which the readers
 * turn into their own words.
 */
public final class SecureXml {

    /** Warnings do not stop a file that parses; errors and fatal errors are thrown to the reader. */
    static final ErrorHandler THROWING = new ErrorHandler() {
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
    };

    private SecureXml() {
    }

    /** A namespace-aware DOM parser, set as above; entity references are not expanded. */
    public static DocumentBuilder documentBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            refuseAllButTheBytes(f::setFeature);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(THROWING);
            return b;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a secure setting", e);
        }
    }

    /**
     * A namespace-aware SAX reader, set as above, whose entity resolver refuses any external entity
     * ("refers to an external entity (…)") should one ever get past the DOCTYPE refusal.
     */
    public static XMLReader saxReader() throws SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            refuseAllButTheBytes(f::setFeature);
            XMLReader r = f.newSAXParser().getXMLReader();
            r.setErrorHandler(THROWING);
            r.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("refers to an external entity (" + systemId + ")");
            });
            return r;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser supports secure processing", e);
        }
    }

    /** A factory's setFeature: DOM's and SAX's share no interface. */
    @FunctionalInterface
    private interface Features {
        void set(String name, boolean value) throws ParserConfigurationException, SAXException;
    }

    private static void refuseAllButTheBytes(Features f) throws ParserConfigurationException, SAXException {
        f.set(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.set("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.set("http://xml.org/sax/features/external-general-entities", false);
        f.set("http://xml.org/sax/features/external-parameter-entities", false);
        f.set("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    }
}
