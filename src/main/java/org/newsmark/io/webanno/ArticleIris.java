package org.newsmark.io.webanno;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsmark.domain.Document;
import org.newsmark.io.exchange.ExchangeProject;

/**
 * The IRI that names each article in a file: its url metadata when it has one that no other
 * exported article shares (so Hypothesis and other web annotators, which target pages by URL,
 * meet the same article), else {@code urn:sha256:<hex>} of its text. The collection's article
 * descriptions keep the SHA-256 either way, which is what an import matches first.
 */
final class ArticleIris {

    static final String SHA256_URN = "urn:sha256:";

    private ArticleIris() {
    }

    static Map<Long, String> of(ExchangeProject p) {
        Map<String, Integer> uses = new HashMap<>();
        for (Document d : p.documents()) {
            String url = p.metadataOf(d.id()).url();
            if (url != null) {
                uses.merge(url, 1, Integer::sum);
            }
        }
        Map<Long, String> out = new HashMap<>();
        for (Document d : p.documents()) {
            String url = p.metadataOf(d.id()).url();
            out.put(d.id(), url != null && uses.get(url) == 1 && isAbsolute(url) ? url : SHA256_URN + d.sha256());
        }
        return out;
    }

    /** "https://example.org/a" is; "example.org/a" (a url field kept as written) is not. */
    private static boolean isAbsolute(String url) {
        return url.matches("(?i)[a-z][a-z0-9+.-]*:\\S+");
    }

    /** The same IRI as written by hand or by another tool: no fragment, no trailing slash, scheme and host in any case. */
    static String comparable(String iri) {
        String s = iri.strip();
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int authority = s.indexOf("://");
        int path = authority < 0 ? -1 : s.indexOf('/', authority + 3);
        int cut = authority < 0 ? s.indexOf(':') + 1 : path < 0 ? s.length() : path;
        return s.substring(0, cut).toLowerCase(Locale.ROOT) + s.substring(cut);
    }

    /** The SHA-256 an {@code urn:sha256:} IRI names. */
    static Optional<String> sha256Of(String iri) {
        return iri.regionMatches(true, 0, SHA256_URN, 0, SHA256_URN.length())
                ? Optional.of(iri.substring(SHA256_URN.length()).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
