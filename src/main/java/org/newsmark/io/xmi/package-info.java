/**
 * UIMA CAS XMI for INCEpTION: {@link org.newsmark.io.xmi.XmiWriter} writes a project as a zip of one
 * XMI per article and analyst with its TypeSystem.xml; {@link org.newsmark.io.xmi.XmiReader} reads
 * that zip back, an INCEpTION project exported as XMI, or one .xmi with TypeSystem.xml beside it.
 * Offsets are UTF-16, as in the CAS and inside Newsmark: nothing is converted. See
 * docs/formats.md ("UIMA CAS XMI") and docs/decisions/0041-uima-xmi-for-inception.md.
 */
package org.newsmark.io.xmi;
