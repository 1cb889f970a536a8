/**
 * Import and export of articles and annotations: plain text, HTML, DOCX, PDF, CSV, JSON Lines,
 * brat standoff and SemEval-2020 Task 11; and of the codebook file (JSON, {@code io.codebook}). Pure: no JavaFX, no SQL. Readers produce parsed,
 * validated values; storing them is the service layer's job. Inside Java, offsets are UTF-16;
 * in every file they are Unicode code points (see docs/formats.md).
 */
package org.newsmark.io;
