/**
 * W3C Web Annotation (JSON-LD) export and import: one annotation per tag with a TextQuoteSelector
 * and a TextPositionSelector counted in code points, links and article codes as annotations of
 * their own, the codebook, sources and article metadata in the collection under Newsmark's own
 * context. See docs/formats.md ("W3C Web Annotation") and docs/decisions/0042-web-annotation.md. No JavaFX, no JDBC.
 */
package org.newsmark.io.webanno;
