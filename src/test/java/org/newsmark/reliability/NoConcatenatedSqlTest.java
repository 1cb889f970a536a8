package org.newsmark.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No SQL in the main sources is built by concatenating values: every value is a bound parameter. */
class NoConcatenatedSqlTest {

    /**
     * Operands that may be concatenated into SQL, each a compile-time constant of ours:
     * the column lists, the application id, the migration number (PRAGMA takes no parameters) and
     * the WHERE clauses of ? parameters (JdbcAnnotations, JdbcAdjudications), and OptionalKeys'
     * conditions, made only of checked column names and "= ?".
     */
    private static final Set<String> CONSTANTS = Set.of("Rows.ANNOTATION_COLUMNS", "Schema.APPLICATION_ID", "(v + 1)", "(step + 1)",
            "WHERE_DOCUMENT_ANALYST", "DECISION_COLUMNS", "WHERE_PAIR", "Schema.TAG_COUNTS_FROM", "keys.where()", "String.join(\" AND \",conditions)");

    private final SqlConcatenationScanner scanner = new SqlConcatenationScanner(CONSTANTS);

    @Test
    void mainSourcesConcatenateNoValuesIntoSql() throws Exception {
        List<SqlConcatenationScanner.Finding> findings = new ArrayList<>();
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                findings.addAll(scanner.scan(root.relativize(f).toString(), Files.readString(f)));
            }
        }
        assertTrue(findings.isEmpty(), "SQL built from values; bind them with ? instead:\n" + join(findings));
    }

    @Test
    void theScannerFlagsAValueConcatenatedIntoSql() {
        String source = """
                class Bad {
                    void find(Connection c, String name, long id) {
                        // a comment with "SELECT " + name is not code
                        c.prepareStatement("SELECT * FROM analysts WHERE name = '" + name + "'");
                        c.createStatement().executeQuery("SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotations WHERE id = " + id);
                        String sql = "DELETE FROM labels WHERE id = " + label.id();
                        s.execute(String.format("PRAGMA user_version = %d", version));
                        s.execute("UPDATE notes SET text = 'x' WHERE who = '" + who + "'");
                    }
                }
                """;
        List<SqlConcatenationScanner.Finding> findings = scanner.scan("Bad.java", source);
        assertEquals(List.of("Bad.java:4: concatenates name into SQL", "Bad.java:5: concatenates id into SQL",
                "Bad.java:6: concatenates label.id() into SQL", "Bad.java:7: concatenates String.format arguments into SQL",
                "Bad.java:8: concatenates who into SQL"),
                findings.stream().map(Object::toString).sorted().toList());
    }

    @Test
    void theScannerAllowsLiteralsAndListedConstants() {
        String source = """
                class Good {
                    static final String INSERT = "INSERT INTO annotations(" + Rows.ANNOTATION_COLUMNS + ") VALUES (?, ?)";
                    void run(Statement s, int v) {
                        s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                        s.execute("PRAGMA user_version = " + (v + 1));
                        s.executeQuery("SELECT " + Rows.ANNOTATION_COLUMNS + " FROM annotations"
                                + " WHERE id = ?" + " ORDER BY id");
                        label.setText("Showing " + name + "'s tags, read-only.");
                        throw new IllegalStateException("Cannot open " + file + ": " + reason);
                    }
                }
                """;
        assertEquals(List.of(), scanner.scan("Good.java", source));
    }

    private static String join(List<SqlConcatenationScanner.Finding> findings) {
        StringBuilder b = new StringBuilder();
        findings.forEach(f -> b.append(f).append("    ").append(f.code()).append('\n'));
        return b.toString();
    }
}
