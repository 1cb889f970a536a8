package org.newsmark.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may write what in a team project, enforced by the server: three group roles per project
 * database and row-level security on every table. An analyst's login writes only rows of the
 * layer whose {@code analysts.login} it is; an adjudicator also writes layers no one logs in as
 * (the consensus) and the decisions; an owner also the codebook and the articles. The role that
 * ran {@code team init} owns the tables and is not bound by the policies: it is the
 * administrator's, for push, pull and setting up, never an analyst's. See docs/decisions/0033.
 */
final class PostgresTeamSchema {

    /** Tables of one analyst's layer, by their analyst column. */
    private static final List<String[]> LAYER_TABLES = List.of(
            new String[] {"annotations", "analyst_id"}, new String[] {"links", "analyst_id"},
            new String[] {"article_codes", "analyst_id"}, new String[] {"article_status", "analyst_id"});
    /** Written in the consensus layer's name. */
    private static final List<String[]> CONSENSUS_TABLES = List.of(
            new String[] {"adjudication_decisions", "consensus_id"}, new String[] {"link_rejections", "consensus_id"});
    /** The codebook and the articles: the owner's. */
    private static final List<String> OWNER_TABLES = List.of("labels", "attributes", "attribute_choices", "link_types",
            "link_type_ends", "custom_fields", "documents", "document_fields", "corpus_index");

    private PostgresTeamSchema() {
    }

    /** The three group roles of the project in {@code database}. */
    record Roles(String analyst, String adjudicator, String owner) {
        static Roles of(String database) {
            String base = "newsmark_" + database.replaceAll("[^A-Za-z0-9_]", "_");
            base = base.length() > 48 ? base.substring(0, 48) : base;
            return new Roles(base + "_analyst", base + "_adjudicator", base + "_owner");
        }
    }

    /** Roles, functions, grants and policies, run after {@link PostgresSchema#statements()} in the same transaction. */
    static List<String> statements(Roles r, List<String> missingRoles) {
        String analyst = r.analyst();
        String adjudicator = r.adjudicator();
        String owner = r.owner();
        List<String> out = new ArrayList<>();
        for (String role : missingRoles) {
            out.add("CREATE ROLE " + SqlNames.id(role) + " NOLOGIN");
        }
        out.add("GRANT " + SqlNames.id(analyst) + " TO " + SqlNames.id(adjudicator));
        out.add("GRANT " + SqlNames.id(analyst) + " TO " + SqlNames.id(owner));
        out.add("GRANT " + SqlNames.id(adjudicator) + " TO " + SqlNames.id(owner));
        out.add("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC");
        out.add("GRANT USAGE ON SCHEMA public TO " + SqlNames.id(analyst));
        out.add("GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + SqlNames.id(analyst));
        // whether this login may write the layer of analyst id a: its own, or one no one logs in as, for an adjudicator
        out.add("CREATE FUNCTION newsmark_may_write(a BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$"
                + " SELECT EXISTS (SELECT 1 FROM analysts WHERE id = a AND (login = current_user"
                + " OR (login IS NULL AND pg_has_role(current_user, " + SqlNames.literal(r.adjudicator()) + ", 'MEMBER')))) $$");
        out.add("CREATE FUNCTION newsmark_is(role_name TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$"
                + " SELECT pg_has_role(current_user, role_name, 'MEMBER') $$");
        for (String[] t : LAYER_TABLES) {
            writable(out, t[0], analyst, "newsmark_may_write(" + t[1] + ")");
        }
        writable(out, "tag_values", analyst,
                "newsmark_may_write((SELECT analyst_id FROM annotations a WHERE a.id = annotation_id))");
        for (String[] t : CONSENSUS_TABLES) {
            writable(out, t[0], adjudicator, "newsmark_may_write(" + t[1] + ")");
        }
        writable(out, "adjudication_position", adjudicator, "newsmark_is(" + SqlNames.literal(r.adjudicator()) + ")");
        for (String t : OWNER_TABLES) {
            writable(out, t, owner, "newsmark_is(" + SqlNames.literal(r.owner()) + ")");
        }
        // the sources ledger is the team's: anyone tagging may add a source or correct one
        writable(out, "sources", analyst, "true");
        // layers: an adjudicator makes the consensus layer (no login); the owner any layer without one
        writable(out, "analysts", adjudicator, "login IS NULL");
        out.add("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO " + SqlNames.id(analyst));
        deleteDocument(out, owner);
        return out;
    }

    /**
     * An article deleted whole, with every analyst's work on it: the owner's call (the app asks
     * first and says what goes). Policies would let the owner's DELETE take only some rows, and the
     * foreign keys then refuse the rest; so the function runs as the tables' owner, and only the
     * owner group may call it.
     */
    private static void deleteDocument(List<String> out, String owner) {
        out.add("CREATE FUNCTION newsmark_delete_document(doc BIGINT) RETURNS BOOLEAN LANGUAGE plpgsql SECURITY DEFINER"
                + " SET search_path = public, pg_temp AS $$ BEGIN"
                + " DELETE FROM tag_values WHERE annotation_id IN (SELECT id FROM annotations WHERE document_id = doc);"
                + " DELETE FROM article_codes WHERE document_id = doc;"
                + " DELETE FROM links WHERE document_id = doc;"
                + " DELETE FROM document_fields WHERE document_id = doc;"
                + " DELETE FROM article_status WHERE document_id = doc;"
                + " DELETE FROM annotations WHERE document_id = doc;"
                + " DELETE FROM documents WHERE id = doc;"
                + " RETURN FOUND; END $$");
        out.add("REVOKE EXECUTE ON FUNCTION newsmark_delete_document(BIGINT) FROM PUBLIC");
        out.add("GRANT EXECUTE ON FUNCTION newsmark_delete_document(BIGINT) TO " + SqlNames.id(owner));
    }

    /**
     * A table of one analyst's layer that a migration after the baseline adds: read by every
     * login of the project, written where {@code newsmark_may_write(analystColumn)} holds.
     */
    static List<String> layerTable(Roles r, String table, String analystColumn) {
        List<String> out = new ArrayList<>();
        out.add("GRANT SELECT ON " + SqlNames.table(table) + " TO " + SqlNames.id(r.analyst()));
        out.add("GRANT SELECT ON SEQUENCE " + SqlNames.id(table + "_id_seq") + " TO " + SqlNames.id(r.analyst()));
        writable(out, table, r.analyst(), "newsmark_may_write(" + SqlNames.columns(List.of(analystColumn)) + ")");
        return out;
    }

    /** Row-level security on {@code table}: everyone reads; {@code role} writes the rows {@code check} allows. */
    private static void writable(List<String> out, String table, String role, String check) {
        out.add("ALTER TABLE " + SqlNames.table(table) + " ENABLE ROW LEVEL SECURITY");
        out.add("GRANT INSERT, UPDATE, DELETE ON " + SqlNames.table(table) + " TO " + SqlNames.id(role));
        out.add("CREATE POLICY " + SqlNames.id(table + "_read") + " ON " + SqlNames.table(table) + " FOR SELECT USING (true)");
        out.add("CREATE POLICY " + SqlNames.id(table + "_write") + " ON " + SqlNames.table(table) + " FOR ALL TO " + SqlNames.id(role)
                + " USING (" + SqlNames.made(check) + ") WITH CHECK (" + SqlNames.made(check) + ")");
    }
}
