package org.newsmark.io.qdpx;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML writer that indents elements and escapes what the JDK's writer leaves alone: a CR in
 * text and CR, LF and TAB in attributes, which a parser would otherwise turn into LF or spaces and
 * so change a note or a name. Characters XML 1.0 cannot hold become U+FFFD.
 */
final class XmlOut {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean hadChildren;

    XmlOut(Writer out) throws IOException {
        this.out = out;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    XmlOut start(String name) throws IOException {
        closeStartTag(true);
        indent(open.size());
        out.write('<');
        out.write(name);
        open.push(name);
        startTagOpen = true;
        hadChildren = false;
        return this;
    }

    /** An attribute of the element just started; null writes nothing. */
    XmlOut attr(String name, Object value) throws IOException {
        if (value == null) {
            return this;
        }
        out.write(' ');
        out.write(name);
        out.write("=\"");
        escape(value.toString(), true);
        out.write('"');
        return this;
    }

    /** A child element holding only text. */
    XmlOut textElement(String name, String text) throws IOException {
        start(name);
        out.write('>');
        startTagOpen = false;
        escape(text, false);
        out.write("</");
        out.write(open.pop());
        out.write('>');
        hadChildren = true;
        return this;
    }

    XmlOut end() throws IOException {
        String name = open.pop();
        if (startTagOpen) {
            out.write("/>");
            startTagOpen = false;
        } else {
            indent(open.size());
            out.write("</");
            out.write(name);
            out.write('>');
        }
        hadChildren = true;
        if (open.isEmpty()) {
            out.write('\n');
        }
        return this;
    }

    private void closeStartTag(boolean child) throws IOException {
        if (startTagOpen && child) {
            out.write('>');
            startTagOpen = false;
        }
    }

    private void indent(int depth) throws IOException {
        if (depth > 0 || hadChildren) {
            out.write('\n');
        }
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void escape(String s, boolean attribute) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\r' -> out.write("&#13;");
                case '\n' -> out.write(attribute ? "&#10;" : "\n");
                case '\t' -> out.write(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.write(c);
                        out.write(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        out.write('\uFFFD');
                    } else {
                        out.write(c);
                    }
                }
            }
        }
    }
}
