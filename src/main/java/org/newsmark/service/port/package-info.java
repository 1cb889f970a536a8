/**
 * What the services need from a place that keeps a project, in the services' own terms: domain
 * records in, domain records out, no JDBC type anywhere. {@code org.newsmark.storage} implements
 * these for an SQLite file; a server backend is a second implementation. Only {@code app} wires
 * an implementation in. See docs/decisions/0009-storage-behind-ports.md.
 */
package org.newsmark.service.port;
