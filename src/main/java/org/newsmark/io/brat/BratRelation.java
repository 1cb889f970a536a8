package org.newsmark.io.brat;

/**
 * A brat {@code R} line, {@code R1<TAB>supports Arg1:T3 Arg2:T1}: a relation of {@code type}
 * (underscores read back as spaces, as for labels) from the T annotation {@code from} (the first
 * argument) to {@code to} (the second), whatever the arguments' role names.
 */
public record BratRelation(String id, String type, String from, String to, long line) {
}
