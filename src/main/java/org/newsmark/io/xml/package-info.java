/**
 * XML parsing shared by the exchange formats ({@code io.qdpx}, {@code io.xmi}): the secure parser
 * factory ({@link org.newsmark.io.xml.SecureXml}), so that every reader of a foreign XML file refuses
 * DOCTYPEs and external entities the same way.
 */
package org.newsmark.io.xml;
