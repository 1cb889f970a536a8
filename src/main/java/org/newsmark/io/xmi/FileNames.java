package org.newsmark.io.xmi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsmark.domain.CodePointOffsets;

/**
 * Names of folders and files inside the zip, made from article and analyst names: no path
 * separators, no characters Windows refuses, no control characters, at most 100 characters, each
 * once (ignoring case) among its siblings. The real names are inside the XMI.
 */
final class FileNames {

    private static final int MAX = 100;

    private final Set<String> taken = new HashSet<>();

    FileNames(String... reserved) {
        for (String r : reserved) {
            taken.add(r.toLowerCase(Locale.ROOT));
        }
    }

    String allocate(String raw) {
        String base = safe(raw);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    /**
     * A document's name in INCEpTION's archive: {@link #safe} and ending in {@code .txt} (the
     * name INCEpTION gives a plain-text document), each once ignoring case, a second one becoming
     * {@code name (2).txt}. {@code .ser} inside the name becomes {@code _ser}, because INCEpTION's
     * importer finds the document of {@code annotation_ser/<doc>/<user>.ser} by deleting {@code
     * <user>.ser} from the entry's name wherever it occurs.
     */
    String allocateText(String raw) {
        String base = safe(raw).replaceAll("(?i)\\.ser", "_ser");
        if (base.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            base = base.substring(0, base.length() - 4);
        }
        String name = base + ".txt";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + " (" + n + ").txt";
        }
        return name;
    }

    static String safe(String raw) {
        StringBuilder b = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7F || "/\\:*?\"<>|".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT;
            b.appendCodePoint(bad ? '_' : cp);
        });
        String s = b.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        s = CodePointOffsets.firstCodePoints(s, MAX);
        return s.isBlank() ? "article" : s;
    }
}
