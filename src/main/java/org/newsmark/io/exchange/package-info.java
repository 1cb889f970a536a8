/**
 * The project as exchange formats see it ({@link org.newsmark.io.exchange.ExchangeProject}), shared by
 * the REFI-QDA, UIMA XMI and W3C Web Annotation writers and readers. No JavaFX, no JDBC.
 */
package org.newsmark.io.exchange;
