package org.newsmark.domain.suggest;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a source found by {@link SpeakerFinder} is: its "speaker type" (one of the default
 * codebook's choices: "named person", "official body", "organisation", "anonymous",
 * "document"; null when it cannot tell, as for a pronoun) and its name as the source ledger would
 * keep it (a named person without the titles before the name: "Health Minister Ana Ruiz" →
 * "Ana Ruiz"; a pronoun for one person resolved to the nearest named person written before it).
 */
final class SourceNames {

    static final String NAMED_PERSON = "named person";
    static final String OFFICIAL_BODY = "official body";
    static final String ORGANISATION = "organisation";
    static final String ANONYMOUS = "anonymous";
    static final String DOCUMENT = "document";

    /** How far back a pronoun looks for the name it stands for. */
    private static final int LOOK_BACK = 400;

    private final Set<String> titles;
    private final Set<String> officialBodies;
    private final Set<String> organisations;
    private final Set<String> anonymous;
    private final Set<String> documents;
    private final Map<String, String[]> pronouns;
    private final Set<String> determiners;
    private final Set<String> connectors;
    private final Set<String> stopWords;
    private final Set<String> fillers;
    private final Set<String> cueVerbs;

    SourceNames(LanguageData data) {
        titles = data.words("titles");
        officialBodies = data.words("official-bodies");
        organisations = data.words("organisations");
        anonymous = data.words("anonymous-sources");
        documents = data.words("document-sources");
        pronouns = data.table("pronouns");
        determiners = data.words("determiners");
        connectors = data.words("name-connectors");
        stopWords = data.words("stop-words");
        fillers = data.words("cue-fillers");
        cueVerbs = data.words("cue-verbs");
    }

    /** A pronoun that stands for one person ("she"), resolved to a name where one can be found. */
    boolean isPersonPronoun(Tokens t, int b, int e) {
        String[] p = e - b == 1 ? pronouns.get(t.lower(b)) : null;
        return p != null && p.length > 1 && p[1].equals("p");
    }

    boolean isPronoun(Tokens t, int b, int e) {
        return e - b == 1 && pronouns.containsKey(t.lower(b));
    }

    /** The speaker type of the source in tokens {@code [b, e)}; null for a pronoun or when it cannot tell. */
    String kind(Tokens t, int b, int e) {
        if (isPronoun(t, b, e)) {
            return null;
        }
        b = nameAfterLowerTitles(t, b, e);
        boolean sentenceCase = t.isCapitalised(b) && b + 1 < e && !t.isCapitalised(b + 1) && !connectors.contains(t.lower(b + 1))
                && !titles.contains(t.lower(b));
        if (determiners.contains(t.lower(b)) || !t.isCapitalised(b) || sentenceCase) {
            int head = e - 1;
            for (int i = b + 1; i < e; i++) {
                if (connectors.contains(t.lower(i))) {
                    head = i - 1;
                    break;
                }
            }
            String h = t.lower(head);
            if (documents.contains(h)) {
                return DOCUMENT;
            }
            if (anonymous.contains(h)) {
                return ANONYMOUS;
            }
            return bodyOrOrganisation(t, b, e, null);
        }
        int n = afterTitles(t, b, e);
        String body = bodyOrOrganisation(t, n < e ? n : b, e, null);
        return body != null ? body : NAMED_PERSON;
    }

    private String bodyOrOrganisation(Tokens t, int b, int e, String otherwise) {
        for (int i = b; i < e; i++) {
            if (officialBodies.contains(t.lower(i))) {
                return OFFICIAL_BODY;
            }
        }
        for (int i = b; i < e; i++) {
            String w = t.text(i);
            if (organisations.contains(t.lower(i)) || (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                    && !t.isNumber(i) && !determiners.contains(t.lower(i)))) {
                return ORGANISATION;
            }
        }
        return otherwise;
    }

    /** "union leader Tom Baker" → the index of "Tom": lower-case words (no determiner) before a capitalised run to the end. */
    private int nameAfterLowerTitles(Tokens t, int b, int e) {
        int c = e;
        while (c > b && (t.isCapitalised(c - 1) || (connectors.contains(t.lower(c - 1)) && c - 1 > b && t.isCapitalised(c - 2)))) {
            c--;
        }
        if (c > b && c < e && titles.contains(t.lower(c - 1)) && !t.isCapitalised(c - 1)) {
            return c; // "Alliance leader Sofia Marchetti", "Regional environment minister Lukas Brandt": the name after the title
        }
        if (t.isCapitalised(b) || determiners.contains(t.lower(b))) {
            return b;
        }
        int k = b;
        while (k < e && !t.isCapitalised(k)) {
            k++;
        }
        for (int i = k; i < e; i++) {
            if (!t.isCapitalised(i) && !connectors.contains(t.lower(i))) {
                return b;
            }
        }
        return k < e ? k : b;
    }

    /** The first token after the titles that open a name ("Health Minister Ana Ruiz" → "Ana"). */
    private int afterTitles(Tokens t, int b, int e) {
        int n = b;
        while (n < e && (titles.contains(t.lower(n)) || determiners.contains(t.lower(n)) || t.isSymbol(n, '.'))) {
            n++;
        }
        return n;
    }

    /** The source in tokens {@code [b, e)} as the ledger would name it, for a source of {@code kind}. */
    String ledgerName(String text, Tokens t, int b, int e, String kind) {
        if (NAMED_PERSON.equals(kind)) {
            b = nameAfterLowerTitles(t, b, e);
            int n = afterTitles(t, b, e);
            return text.substring(t.begin(n < e ? n : b), t.end(e - 1));
        }
        String written = text.substring(t.begin(b), t.end(e - 1));
        if (determiners.contains(t.lower(b)) && e - b > 1 && !t.isCapitalised(b + 1)) {
            return written.substring(0, 1).toLowerCase(Locale.ROOT) + written.substring(1);
        }
        return written;
    }

    /**
     * The nearest named person written before {@code offset} (two capitalised words, a title and
     * one, or one right before a reporting verb: "Netanyahu said"), or null; tokens read into
     * {@code buffer}. A lone capitalised word is a name only as a speaker: else "Middle East" two
     * words back would win over "Netanyahu said" in the sentence itself.
     */
    String nameBefore(String text, int offset, Tokens buffer) {
        int from = Math.max(0, offset - LOOK_BACK);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        Tokens t = buffer.read(from, offset);
        int k = t.size() - 1;
        while (k >= 0) {
            if (!t.isCapitalised(k)) {
                k--;
                continue;
            }
            int e = k + 1;
            int b = k;
            while (b > 0 && (t.isCapitalised(b - 1) || (connectors.contains(t.lower(b - 1)) && t.isCapitalised(b - 2)))) {
                b--;
            }
            int start = b;
            while (b < e && (stopWords.contains(t.lower(b)) || fillers.contains(t.lower(b)) || determiners.contains(t.lower(b)))) {
                b++;
            }
            int n = afterTitles(t, b, e);
            boolean adjective = e < t.size() && (organisations.contains(t.lower(e)) || officialBodies.contains(t.lower(e)));
            boolean speaking = e < t.size() && cueVerbs.contains(t.lower(e));
            if (n < e && (e - n >= 2 || n > b || speaking) && !adjective && bodyOrOrganisation(t, n, e, null) == null
                    && !isPronoun(t, n, e)) {
                return text.substring(t.begin(n), t.end(e - 1));
            }
            k = start - 1;
        }
        return null;
    }
}
