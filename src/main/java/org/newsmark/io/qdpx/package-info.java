/**
 * REFI-QDA 1.0 project exchange (.qdpx: a zip holding project.qde and Sources/) and codebook (.qdc),
 * written and read with the JDK's XML support, no DTDs and no external entities. Positions are
 * Unicode code points with a CRLF counted as one character, but as two when reading a file from NVivo
 * ({@link org.newsmark.io.qdpx.RefiPositions});
 * see docs/formats.md ("REFI-QDA project") and docs/decisions/0040-refi-qda-exchange.md.
 */
package org.newsmark.io.qdpx;
