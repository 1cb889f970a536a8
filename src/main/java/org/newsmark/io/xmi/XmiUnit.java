package org.newsmark.io.xmi;

/**
 * One XMI to read: the article it belongs to (its folder's name, e.g. {@code plans.txt}), the
 * user its file names (null when the layout names none), and its bytes with its type system's.
 * For a binary CAS ({@link SerializedUnits}) the three byte and type-system fields are null.
 */
record XmiUnit(String article, String user, String xmiName, byte[] xmi, String typeSystemName, byte[] typeSystem) {
}
