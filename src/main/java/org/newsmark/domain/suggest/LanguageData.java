package org.newsmark.domain.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language, read from {@code /org/newsmark/suggest/<language>/*.txt} on
 * the classpath: UTF-8, one entry per line, lines starting with {@code #} and blank lines left
 * out, columns separated by a tab where a file has several. A language with no folder (no
 * {@code cue-verbs.txt}) gets English. Entries are compared in lower case. Immutable once loaded.
 */
final class LanguageData {

    static final String FALLBACK = "en";
    private static final String ROOT = "/org/newsmark/suggest/";
    private static final Map<String, LanguageData> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, Map<String, String[]>> tables = new HashMap<>();

    private LanguageData(String language) {
        this.language = language;
    }

    /** The data for {@code language} ("en", "de"; case and region aside), English when there is none. */
    static LanguageData forLanguage(String language) {
        String code = language == null ? FALLBACK : language.strip().toLowerCase(Locale.ROOT);
        int region = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (region > 0) {
            code = code.substring(0, region);
        }
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || LanguageData.class.getResource(ROOT + code + "/cue-verbs.txt") == null) {
            code = FALLBACK;
        }
        return LOADED.computeIfAbsent(code, LanguageData::new);
    }

    String language() {
        return language;
    }

    /** The first column of every entry of {@code file} ("cue-verbs"), in lower case. */
    synchronized Set<String> words(String file) {
        return words.computeIfAbsent(file, f -> Set.copyOf(table(f).keySet()));
    }

    /** Every entry of {@code file} by its first column in lower case: all its columns, as written. */
    synchronized Map<String, String[]> table(String file) {
        return tables.computeIfAbsent(file, this::read);
    }

    /** The entries of {@code file} as phrases of one or more words, matched over tokens. */
    Phrases phrases(String file) {
        return new Phrases(words(file));
    }

    private Map<String, String[]> read(String file) {
        String path = ROOT + language + "/" + file + ".txt";
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = LanguageData.class.getResourceAsStream(path)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                String[] columns = entry.split("\t", -1);
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = columns[i].strip();
                }
                out.putIfAbsent(normalise(columns[0]), columns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return Map.copyOf(out);
    }

    /** Lower case, runs of white space as one space: how entries and token text are compared. */
    static String normalise(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
