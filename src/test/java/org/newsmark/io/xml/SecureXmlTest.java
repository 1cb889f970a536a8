package org.newsmark.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class SecureXmlTest {

    @TempDir
    Path dir;

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private String xxe() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        return "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<r>&x;</r>";
    }

    @Test
    void theDomParserIsNamespaceAwareAndReadsAPlainFile() throws Exception {
        Document d = SecureXml.documentBuilder().parse(bytes("<p:r xmlns:p=\"urn:x\"><p:c a=\"1\"/></p:r>"));
        assertEquals("r", d.getDocumentElement().getLocalName());
        assertEquals("urn:x", d.getDocumentElement().getNamespaceURI());
    }

    @Test
    void theDomParserRefusesADoctypeSoNoEntityIsRead() throws Exception {
        String xml = xxe();
        SAXParseException e = assertThrows(SAXParseException.class, () -> SecureXml.documentBuilder().parse(bytes(xml)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"));
        assertEquals(2, e.getLineNumber());
    }

    @Test
    void theSaxReaderRefusesADoctypeEvenWithAnInternalEntityOnly() throws Exception {
        XMLReader r = SecureXml.saxReader();
        r.setContentHandler(new DefaultHandler());
        SAXParseException e = assertThrows(SAXParseException.class,
                () -> r.parse(new InputSource(bytes("<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY a \"aaaa\">]><t>&a;</t>"))));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        XMLReader again = SecureXml.saxReader();
        String xml = xxe();
        SAXParseException external = assertThrows(SAXParseException.class, () -> again.parse(new InputSource(bytes(xml))));
        assertFalse(external.getMessage().contains("SECRET"));
    }

    @Test
    void aBrokenFileIsThrownNotPrintedOnStandardError() throws Exception {
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThrows(SAXParseException.class, () -> SecureXml.documentBuilder().parse(bytes("<r><unclosed></r>")));
            XMLReader r = SecureXml.saxReader();
            r.setContentHandler(new DefaultHandler());
            assertThrows(SAXParseException.class, () -> r.parse(new InputSource(bytes("<r><unclosed></r>"))));
        } finally {
            System.setErr(before);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
