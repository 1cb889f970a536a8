package org.newsmark.io.xmi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * UIMA feature names for Newsmark's own names ("attributed opinion" / "speaker type" becomes
 * {@code attributed_opinion_speaker_type}): ASCII letters, digits and underscores, starting with a
 * letter, each given once per type. The original name is kept in the feature's description
 * ({@link FeatureRole}), so nothing depends on how a name was made safe.
 */
final class FeatureNames {

    private final Set<String> taken = new HashSet<>();

    FeatureNames(String... reserved) {
        for (String r : reserved) {
            taken.add(r.toLowerCase(Locale.ROOT));
        }
    }

    /** A new feature name made of {@code parts}, distinct (ignoring case) from every one given before. */
    String allocate(String... parts) {
        String base = safe(String.join("_", parts));
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    static String safe(String raw) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c));
            if (ok) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                b.append('_');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '_') {
            b.setLength(b.length() - 1);
        }
        if (b.length() == 0 || !Character.isLetter(b.charAt(0))) {
            b.insert(0, "f_");
        }
        return b.toString();
    }
}
