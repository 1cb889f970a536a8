/**
 * UIMA CAS XMI for INCEpTION: {@link org.newsmark.io.xmi.XmiWriter} writes a project as a zip of one
 * XMI per article and analyst with its TypeSystem.xml, which is also INCEpTION's project archive
 * (exportedproject.json, source/, annotation_ser/); {@link org.newsmark.io.xmi.XmiReader} reads
 * that zip back, an INCEpTION project exported as XMI or in its binary form, or one .xmi with
 * TypeSystem.xml beside it.
 * Offsets are UTF-16, as in the CAS and inside Newsmark: nothing is converted. See
 * docs/formats.md ("UIMA CAS XMI"), docs/inception-archive.md and decisions 0041 and 0045.
 */
package org.newsmark.io.xmi;
