package org.newsmark.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.domain.ArticleDensity;
import org.newsmark.domain.StatisticsKey;
import org.newsmark.domain.TagCount;
import org.newsmark.service.port.StatisticsRepository;

/**
 * Counts of tags by GROUP BY in SQLite. The tags are first counted per article (and analyst and
 * label, when a key needs them), so the joins with articles and codes see thousands of rows, not a
 * million. Every SQL fragment below is a constant; values are bound. The groups of missing values
 * are written as literals equal to {@link StatisticsKey#NO_OUTLET}, {@code NO_DATE} and {@code NO_VALUE}.
 */
final class JdbcStatistics implements StatisticsRepository {

    private static final String OUTLET = "coalesce(nullif(trim(d.outlet), ''), '(no outlet)')";
    private static final String NO_OUTLET = "'(no outlet)'";
    private static final String MONTH = "coalesce(substr(nullif(trim(d.published), ''), 1, 7), '(no date)')";
    private static final String NO_MONTH = "'(no date)'";
    /** Code aliases c0 … c3 with their (constant) fragments; more code keys than this are refused. */
    private static final String[] CODE_JOINS = {
        " LEFT JOIN article_codes c0 ON c0.document_id = t.document_id AND c0.analyst_id = t.analyst_id AND c0.attribute_id = ?",
        " LEFT JOIN article_codes c1 ON c1.document_id = t.document_id AND c1.analyst_id = t.analyst_id AND c1.attribute_id = ?",
        " LEFT JOIN article_codes c2 ON c2.document_id = t.document_id AND c2.analyst_id = t.analyst_id AND c2.attribute_id = ?",
        " LEFT JOIN article_codes c3 ON c3.document_id = t.document_id AND c3.analyst_id = t.analyst_id AND c3.attribute_id = ?"};
    private static final String[] CODE_VALUES = {"c0.value", "c1.value", "c2.value", "c3.value"};
    private static final String[] CODE_SHOWN = {
        "coalesce(c0.value, '(no value)')", "coalesce(c1.value, '(no value)')",
        "coalesce(c2.value, '(no value)')", "coalesce(c3.value, '(no value)')"};
    /** A source code's value is a source id: shown by the source's name. */
    private static final String[] SOURCE_SHOWN = {
        "coalesce((SELECT name FROM sources WHERE id = c0.value), c0.value, '(no value)')",
        "coalesce((SELECT name FROM sources WHERE id = c1.value), c1.value, '(no value)')",
        "coalesce((SELECT name FROM sources WHERE id = c2.value), c2.value, '(no value)')",
        "coalesce((SELECT name FROM sources WHERE id = c3.value), c3.value, '(no value)')"};
    static final int MAX_CODES = CODE_JOINS.length;
    /** The tags counted per article, and per analyst (1) and label (2, with analyst) when a key needs them. */
    private static final String[] INNER = {
        "SELECT document_id, count(*) AS n FROM annotations WHERE (? IS NULL OR analyst_id = ?) GROUP BY document_id",
        "SELECT document_id, analyst_id, count(*) AS n FROM annotations WHERE (? IS NULL OR analyst_id = ?)"
                + " GROUP BY document_id, analyst_id",
        // by label alone still groups by analyst too: (document, analyst, label) is the order of the
        // UNIQUE index, which covers the query, so SQLite counts in one pass with no sort of a million rows
        "SELECT document_id, analyst_id, label_id, count(*) AS n FROM annotations WHERE (? IS NULL OR analyst_id = ?)"
                + " GROUP BY document_id, analyst_id, label_id",
        "SELECT document_id, analyst_id, label_id, count(*) AS n FROM annotations WHERE (? IS NULL OR analyst_id = ?)"
                + " GROUP BY document_id, analyst_id, label_id"};
    /** The same from the kept counts (format 11 on): a few rows per article instead of one per tag. */
    private static final String[] INNER_FROM_COUNTS = {
        "SELECT document_id, sum(n) AS n FROM tag_counts WHERE (? IS NULL OR analyst_id = ?) GROUP BY document_id",
        "SELECT document_id, analyst_id, sum(n) AS n FROM tag_counts WHERE (? IS NULL OR analyst_id = ?)"
                + " GROUP BY document_id, analyst_id",
        "SELECT document_id, analyst_id, label_id, n FROM tag_counts WHERE (? IS NULL OR analyst_id = ?)",
        "SELECT document_id, analyst_id, label_id, n FROM tag_counts WHERE (? IS NULL OR analyst_id = ?)"};
    private static final String DENSITY_FROM_COUNTS = "SELECT d.id, d.title, coalesce(nullif(trim(d.outlet), ''), '(no outlet)'),"
            + " d.length, coalesce(t.n, 0) FROM documents d LEFT JOIN (SELECT document_id, sum(n) AS n FROM tag_counts"
            + " WHERE (? IS NULL OR analyst_id = ?) GROUP BY document_id) t ON t.document_id = d.id ORDER BY d.id";
    /** Format 12 on: a version another one replaced is not counted (its tags were carried or are on a review list). */
    private static final String CURRENT_ONLY = " WHERE NOT EXISTS (SELECT 1 FROM documents v WHERE v.previous_version = d.id)";
    private static final String DENSITY_CURRENT = "SELECT d.id, d.title, coalesce(nullif(trim(d.outlet), ''), '(no outlet)'),"
            + " d.length, coalesce(t.n, 0) FROM documents d LEFT JOIN (SELECT document_id, sum(n) AS n FROM tag_counts"
            + " WHERE (? IS NULL OR analyst_id = ?) GROUP BY document_id) t ON t.document_id = d.id"
            + " WHERE NOT EXISTS (SELECT 1 FROM documents v WHERE v.previous_version = d.id) ORDER BY d.id";
    private static final String DENSITY_SQL = "SELECT d.id, d.title, coalesce(nullif(trim(d.outlet), ''), '(no outlet)'),"
            + " d.length, coalesce(t.n, 0) FROM documents d LEFT JOIN (SELECT document_id, count(*) AS n FROM annotations"
            + " WHERE (? IS NULL OR analyst_id = ?) GROUP BY document_id) t ON t.document_id = d.id ORDER BY d.id";
    /** Before format 6 there is no outlet column. */
    private static final String DENSITY_SQL_OLD = "SELECT d.id, d.title, '(no outlet)',"
            + " d.length, coalesce(t.n, 0) FROM documents d LEFT JOIN (SELECT document_id, count(*) AS n FROM annotations"
            + " WHERE (? IS NULL OR analyst_id = ?) GROUP BY document_id) t ON t.document_id = d.id ORDER BY d.id";

    private final Database db;
    private final int schemaVersion;

    JdbcStatistics(Database db, int schemaVersion) {
        this.db = db;
        this.schemaVersion = schemaVersion;
    }

    @Override
    public List<TagCount> count(List<Group> groups, Long analystId) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no key to count by");
        }
        boolean byAnalyst = groups.stream().anyMatch(g -> g.key().kind() == StatisticsKey.Kind.ANALYST
                || g.key().kind() == StatisticsKey.Kind.CODE);
        boolean byLabel = groups.stream().anyMatch(g -> g.key().kind() == StatisticsKey.Kind.LABEL);
        List<String> shown = new ArrayList<>();
        List<String> grouped = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        List<Long> codeIds = new ArrayList<>();
        for (Group g : groups) {
            switch (g.key().kind()) {
                case OUTLET -> add(shown, grouped, schemaVersion >= Schema.SOURCES_FROM ? OUTLET : NO_OUTLET);
                case MONTH -> add(shown, grouped, schemaVersion >= Schema.METADATA_FROM ? MONTH : NO_MONTH);
                case LABEL -> add(shown, grouped, "l.name");
                case ANALYST -> add(shown, grouped, "an.name");
                case ARTICLE -> {
                    shown.add("d.title");
                    grouped.add("d.id");
                }
                case CODE -> {
                    int i = codeIds.size();
                    if (i == MAX_CODES) {
                        throw new IllegalArgumentException("at most " + MAX_CODES + " code keys at once");
                    }
                    codeIds.add(g.codeAttributeId());
                    joins.add(CODE_JOINS[i]);
                    shown.add(g.sourceCode() ? SOURCE_SHOWN[i] : CODE_SHOWN[i]);
                    grouped.add(CODE_VALUES[i]);
                }
                default -> throw new IllegalStateException(g.key().id());
            }
        }
        if (!codeIds.isEmpty() && schemaVersion < Schema.CODEBOOK_FROM) {
            return List.of(); // no article codes before format 4
        }
        String inner = (schemaVersion >= Schema.TAG_COUNTS_FROM ? INNER_FROM_COUNTS : INNER)[(byAnalyst ? 1 : 0) + (byLabel ? 2 : 0)];
        StringBuilder sql = new StringBuilder("SELECT ").append(String.join(", ", shown)).append(", sum(t.n) FROM (")
                .append(inner).append(") t JOIN documents d ON d.id = t.document_id");
        if (byLabel) {
            sql.append(" JOIN labels l ON l.id = t.label_id");
        }
        if (groups.stream().anyMatch(g -> g.key().kind() == StatisticsKey.Kind.ANALYST)) {
            sql.append(" JOIN analysts an ON an.id = t.analyst_id");
        }
        joins.forEach(sql::append);
        if (schemaVersion >= Schema.VERSIONS_FROM) {
            sql.append(CURRENT_ONLY);
        }
        String by = String.join(", ", grouped);
        // a missing value sorts first on both backends (SQLite's way; PostgreSQL puts NULL last unless told)
        sql.append(" GROUP BY ").append(by).append(" ORDER BY ").append(String.join(" NULLS FIRST, ", grouped)).append(" NULLS FIRST");
        int width = groups.size();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                setNullable(ps, p++, analystId);
                setNullable(ps, p++, analystId);
                for (Long id : codeIds) {
                    ps.setLong(p++, id);
                }
                List<TagCount> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> values = new ArrayList<>(width);
                        for (int i = 1; i <= width; i++) {
                            values.add(rs.getString(i));
                        }
                        out.add(new TagCount(values, rs.getLong(width + 1)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public List<ArticleDensity> density(Long analystId) {
        String sql = schemaVersion >= Schema.VERSIONS_FROM ? DENSITY_CURRENT : schemaVersion >= Schema.TAG_COUNTS_FROM ? DENSITY_FROM_COUNTS : schemaVersion >= Schema.SOURCES_FROM ? DENSITY_SQL : DENSITY_SQL_OLD;
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                setNullable(ps, 1, analystId);
                setNullable(ps, 2, analystId);
                List<ArticleDensity> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArticleDensity(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                    }
                }
                return out;
            }
        });
    }

    private static void add(List<String> shown, List<String> grouped, String expression) {
        shown.add(expression);
        grouped.add(expression);
    }

    private static void setNullable(PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
