package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.service.port.CorpusIndex;

/** The {@code corpus_index} FTS5 table (format 9), written by {@link JdbcDocuments}, read here. */
final class SqliteCorpusIndex implements CorpusIndex {

    private static final String RANKED = "SELECT rowid FROM corpus_index WHERE corpus_index MATCH ? ORDER BY rank";
    private static final String BY_ID = "SELECT rowid FROM corpus_index WHERE corpus_index MATCH ? ORDER BY rowid";

    private final Database db;
    private final boolean available;

    SqliteCorpusIndex(Database db, int schemaVersion) {
        this.db = db;
        this.available = schemaVersion >= Schema.CORPUS_INDEX_FROM;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public List<Long> matching(String ftsQuery, boolean ranked) {
        if (!available) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ranked ? RANKED : BY_ID)) {
                ps.setString(1, ftsQuery);
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
