package org.newsmark.io.xmi;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsmark.domain.Analyst;

/**
 * The INCEpTION user name of each analyst, made once per export so that every document uses the
 * same one. INCEpTION's {@code UserDaoImpl.validateUsername} (default settings) refuses white
 * space, a leading {@code -} or {@code .}, the characters {@code ^/\&*?+$![]<>:"|} and control
 * characters, the reserved names {@code INITIAL_CAS}, {@code CURATION_USER} and {@code
 * anonymousUser}, and fewer than 4 or more than 64 characters. The name here keeps the letters and
 * digits of any script (NFC), {@code _}, {@code -} and {@code .}; every other run of characters
 * becomes one {@code _}; leading and trailing {@code _ - .} go; a short name gets {@code _analyst}
 * appended, an empty one is {@code analyst}; at most 60 characters. {@code admin} (INCEpTION's
 * default administrator) is avoided too, and a name taken already, ignoring case (INCEpTION keeps
 * {@code <user>.ser} files side by side), gets {@code _2}, {@code _3}, … Analysts are taken in the
 * order of their ids, so the same project always gives the same names. The real name stays in
 * {@code NewsmarkArticle.analyst} and in the archive's user list.
 */
final class InceptionUserNames {

    static final int MIN = 4;
    static final int MAX = 60;
    private static final Set<String> RESERVED = Set.of("initial_cas", "curation_user", "anonymoususer", "admin");

    private final Map<Long, String> byAnalyst = new LinkedHashMap<>();

    InceptionUserNames(List<Analyst> analysts) {
        Set<String> taken = new HashSet<>(RESERVED);
        analysts.stream().sorted(Comparator.comparingLong(Analyst::id)).forEach(a -> {
            String base = base(a.name());
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "_" + n;
            }
            byAnalyst.put(a.id(), name);
        });
    }

    /** The user name of the analyst with that id; null for one this export does not know. */
    String of(long analystId) {
        return byAnalyst.get(analystId);
    }

    /** The name before deduplication: safe characters only, trimmed, padded to {@link #MIN}, cut at {@link #MAX}. */
    static String base(String analystName) {
        String nfc = Normalizer.normalize(analystName, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            boolean keep = Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == '.';
            if (keep) {
                b.appendCodePoint(cp);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                b.append('_');
            }
        });
        String s = b.toString().replaceAll("^[-._]+|[-._]+$", "");
        if (s.isEmpty()) {
            return "analyst";
        }
        if (s.length() < MIN) {
            s = s + "_analyst";
        }
        if (s.length() > MAX) {
            int cut = Character.isLowSurrogate(s.charAt(MAX)) ? MAX - 1 : MAX;
            s = s.substring(0, cut).replaceAll("[-._]+$", "");
        }
        return s;
    }
}
