/**
 * File-system safety shared by io, storage and services: which files are the same file whatever
 * their names, and outputs that appear whole or not at all. No JavaFX, no JDBC.
 */
package org.newsmark.fs;
