package org.newsmark.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.newsmark.domain.PhraseMatcher;

/**
 * Keeps the corpus index with the documents, in their transactions: FTS5 on SQLite; on
 * PostgreSQL a tsvector of the words as {@link PhraseMatcher} folds them (PostgreSQL's own
 * parser does not fold accents), without positions, which long articles would overflow.
 */
final class CorpusIndexRows {

    private CorpusIndexRows() {
    }

    static void add(Dialect dialect, Connection c, long id, String text) throws SQLException {
        String sql = dialect == Dialect.SQLITE ? "INSERT INTO corpus_index(rowid, text) VALUES (?, ?)"
                : "INSERT INTO corpus_index(document_id, words) VALUES (?, strip(to_tsvector('simple', ?)))";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setString(2, dialect == Dialect.SQLITE ? text : PhraseMatcher.indexWords(text));
            ps.executeUpdate();
        }
    }

    static void remove(Dialect dialect, Connection c, long id) throws SQLException {
        String sql = dialect == Dialect.SQLITE ? "DELETE FROM corpus_index WHERE rowid = ?" : "DELETE FROM corpus_index WHERE document_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }
}
