package org.newsmark.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsmark.domain.Document;

/**
 * File and folder names made from analyst names and document titles, safe on every system:
 * letters, digits, combining marks, {@code . _ -} and spaces are kept (NFC), everything else
 * becomes {@code _}; no leading dot, no trailing dot or space, no Windows device name
 * ({@code CON}, {@code NUL}, {@code COM1} …); at most {@value #MAX_CODE_POINTS} code points and
 * {@value #MAX_UTF8_BYTES} UTF-8 bytes, cut between code points. Names that differ only by case
 * or Unicode normalisation are the same name on macOS and Windows: {@link #distinctFolders}
 * tells them apart. See docs/formats.md (brat).
 */
final class FileNames {

    static final int MAX_CODE_POINTS = 80;
    /** ext4 and APFS allow 255 bytes; this leaves room for a disambiguator, an id and an extension. */
    static final int MAX_UTF8_BYTES = 180;

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{M}\\p{N}._ -]");
    private static final Pattern WINDOWS_DEVICE = Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3])");

    private FileNames() {
    }

    static String safe(String name) {
        String s = UNSAFE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("_").strip();
        s = cut(s);
        s = stripTrailingDotsAndSpaces(s);
        if (s.isEmpty() || s.startsWith(".")) {
            s = cut("_" + s);
            s = stripTrailingDotsAndSpaces(s);
        }
        int dot = s.indexOf('.');
        String stem = (dot < 0 ? s : s.substring(0, dot)).strip();
        if (WINDOWS_DEVICE.matcher(stem).matches()) {
            s = "_" + s;
        }
        return s;
    }

    /** At most MAX_CODE_POINTS code points and MAX_UTF8_BYTES bytes, never splitting a code point. */
    private static String cut(String s) {
        int bytes = 0;
        int count = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (count == MAX_CODE_POINTS || bytes + size > MAX_UTF8_BYTES) {
                break;
            }
            bytes += size;
            count++;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    private static String stripTrailingDotsAndSpaces(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * The source file's name without extension when there is one, else {@code document-ID}. The
     * id after the cut keeps names distinct, also ignoring case (ids contain no letters).
     */
    static String documentName(Document d) {
        String source = d.sourceName();
        if (source != null && !source.isBlank()) {
            int dot = source.lastIndexOf('.');
            String stem = dot > 0 ? source.substring(0, dot) : source;
            return safe(stem) + "-" + d.id();
        }
        return "document-" + d.id();
    }

    /**
     * The key under which a case-insensitive, normalisation-insensitive file system (macOS,
     * Windows) files a name: two names with the same key cannot be siblings there. Errs on the
     * side of calling names equal ({@code ß} = {@code ss}).
     */
    static String key(String fileName) {
        String upper = Normalizer.normalize(fileName, Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        return Normalizer.normalize(upper.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /**
     * A folder name for each name, distinct from each other and from {@code reserved} also on
     * file systems that ignore case. A name keeps its {@link #safe} form when no other name has
     * the same one (ignoring case), or when it is the only one of those that is already safe as
     * it is; the others get {@code -} and 8 hex digits of the SHA-256 of the full name, so the
     * folder depends only on the names that collide, not on their order. Deterministic.
     */
    static Map<String, String> distinctFolders(Collection<String> names, Set<String> reserved) {
        Set<String> sorted = new TreeSet<>(names);
        Map<String, List<String>> byKey = new HashMap<>();
        for (String n : sorted) {
            byKey.computeIfAbsent(key(safe(n)), k -> new ArrayList<>()).add(n);
        }
        Set<String> reservedKeys = new HashSet<>();
        reserved.forEach(r -> reservedKeys.add(key(r)));
        Map<String, String> plain = new LinkedHashMap<>();
        List<String> suffixed = new ArrayList<>();
        for (String n : sorted) {
            String base = safe(n);
            List<String> group = byKey.get(key(base));
            boolean alone = group.size() == 1
                    || group.stream().filter(m -> m.equals(safe(m))).count() == 1 && n.equals(base);
            if (alone && !reservedKeys.contains(key(base))) {
                plain.put(n, base);
            } else {
                suffixed.add(n);
            }
        }
        Set<String> used = new HashSet<>(reservedKeys);
        Map<String, String> out = new HashMap<>();
        for (var e : plain.entrySet()) {
            used.add(key(e.getValue()));
            out.put(e.getKey(), e.getValue());
        }
        for (String n : suffixed) {
            String candidate = safe(n) + "-" + shortHash(n);
            String folder = candidate;
            for (int k = 2; !used.add(key(folder)); k++) {
                folder = candidate + "-" + k;
            }
            out.put(n, folder);
        }
        return out;
    }

    static String shortHash(String name) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x%02x", h[0], h[1], h[2], h[3]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
