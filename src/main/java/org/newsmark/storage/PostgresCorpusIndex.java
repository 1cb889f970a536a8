package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.PhraseMatcher;
import org.newsmark.service.port.CorpusIndex;

/**
 * The corpus index of a team project: the articles holding every word of the phrase (a superset
 * of those holding the phrase, which the caller finds again in each text), ranked by ts_rank.
 */
final class PostgresCorpusIndex implements CorpusIndex {

    private static final String RANKED = "SELECT document_id FROM corpus_index, plainto_tsquery('simple', ?) q"
            + " WHERE words @@ q ORDER BY ts_rank(words, q) DESC, document_id";
    private static final String BY_ID = "SELECT document_id FROM corpus_index WHERE words @@ plainto_tsquery('simple', ?)"
            + " ORDER BY document_id";

    private final Database db;

    PostgresCorpusIndex(Database db) {
        this.db = db;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public List<Long> matching(String ftsQuery, boolean ranked) {
        // the caller's FTS5 phrase holds folded words in double quotes: the words are what counts here
        String words = String.join(" ", new PhraseMatcher(ftsQuery.replace("\"", " ")).words());
        if (words.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ranked ? RANKED : BY_ID)) {
                ps.setString(1, words);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }
}
