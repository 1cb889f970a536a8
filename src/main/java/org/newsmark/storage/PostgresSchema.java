package org.newsmark.storage;

import java.util.List;

/**
 * A team project's tables: the tables of file format {@link #BASELINE}, said in PostgreSQL. No
 * server project is older than that format, so the server starts there; every later migration is
 * written once per dialect under the same number (docs/decisions/0032-one-schema-two-backends.md).
 * Text is compared and sorted by code point ({@code COLLATE "C"}), as SQLite does, so both backends
 * list names in one order.
 */
final class PostgresSchema {

    static final int BASELINE = Schema.TAG_COUNTS_FROM;

    /** The baseline's tables with an {@code id} the database gives out, never reused (SQLite's AUTOINCREMENT). */
    private static final List<String> BASELINE_WITH_IDS = List.of("documents", "labels", "analysts", "annotations",
            "adjudication_decisions", "attributes", "link_types", "links", "sources", "custom_fields", "link_rejections");

    /** Every table with such an id: the baseline's and those later migrations add ({@link PostgresMigrations}). */
    static final List<String> WITH_IDS = java.util.stream.Stream.concat(BASELINE_WITH_IDS.stream(),
            java.util.stream.Stream.of("suggestion_rejections")).toList();

    private static final List<String> TABLES = List.of(
            """
            CREATE TABLE project_format (
              one     INTEGER PRIMARY KEY CHECK (one = 1),
              version INTEGER NOT NULL
            )""",
            """
            CREATE TABLE documents (
              id          BIGINT PRIMARY KEY,
              title       TEXT NOT NULL,
              source_name TEXT,
              imported_at TEXT NOT NULL,
              text        TEXT NOT NULL,
              sha256      TEXT NOT NULL UNIQUE,
              length      BIGINT NOT NULL,
              outlet      TEXT,
              author      TEXT,
              published   TEXT,
              url         TEXT,
              language    TEXT
            )""",
            """
            CREATE TABLE labels (
              id         BIGINT PRIMARY KEY,
              name       TEXT NOT NULL UNIQUE,
              color      TEXT NOT NULL,
              shortcut   TEXT UNIQUE,
              definition TEXT NOT NULL DEFAULT '',
              position   BIGINT NOT NULL,
              rules      TEXT NOT NULL DEFAULT '',
              examples   TEXT NOT NULL DEFAULT '',
              retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
            )""",
            // login: the PostgreSQL role whose layer this is; none for layers no one logs in as (consensus, imports)
            """
            CREATE TABLE analysts (
              id    BIGINT PRIMARY KEY,
              name  TEXT NOT NULL UNIQUE,
              login TEXT UNIQUE
            )""",
            """
            CREATE TABLE annotations (
              id             BIGINT PRIMARY KEY,
              document_id    BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              analyst_id     BIGINT NOT NULL REFERENCES analysts(id),
              label_id       BIGINT NOT NULL REFERENCES labels(id),
              begin_utf16    BIGINT NOT NULL,
              end_utf16      BIGINT NOT NULL,
              note           TEXT NOT NULL DEFAULT '',
              fragment_group TEXT,
              created_at     TEXT NOT NULL,
              updated_at     TEXT NOT NULL,
              UNIQUE (document_id, analyst_id, label_id, begin_utf16, end_utf16),
              CHECK (begin_utf16 >= 0 AND begin_utf16 < end_utf16)
            )""",
            "CREATE INDEX annotations_by_document ON annotations(document_id, analyst_id, begin_utf16)",
            "CREATE INDEX annotations_by_analyst ON annotations(analyst_id)",
            """
            CREATE TABLE adjudication_decisions (
              id           BIGINT PRIMARY KEY,
              document_id  BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              analyst_a    BIGINT NOT NULL REFERENCES analysts(id),
              analyst_b    BIGINT NOT NULL REFERENCES analysts(id),
              label_a      BIGINT REFERENCES labels(id),
              begin_a      BIGINT,
              end_a        BIGINT,
              label_b      BIGINT REFERENCES labels(id),
              begin_b      BIGINT,
              end_b        BIGINT,
              decision     TEXT NOT NULL CHECK (decision IN ('ACCEPT_A', 'ACCEPT_B', 'ACCEPT_BOTH', 'REJECT')),
              consensus_id BIGINT NOT NULL REFERENCES analysts(id),
              decided_at   TEXT NOT NULL,
              CHECK (analyst_a < analyst_b),
              CHECK ((label_a IS NULL) = (begin_a IS NULL) AND (begin_a IS NULL) = (end_a IS NULL)),
              CHECK ((label_b IS NULL) = (begin_b IS NULL) AND (begin_b IS NULL) = (end_b IS NULL)),
              CHECK (label_a IS NOT NULL OR label_b IS NOT NULL),
              CHECK (begin_a IS NULL OR (begin_a >= 0 AND begin_a < end_a)),
              CHECK (begin_b IS NULL OR (begin_b >= 0 AND begin_b < end_b))
            )""",
            "CREATE UNIQUE INDEX adjudication_decisions_by_pair ON adjudication_decisions(analyst_a, analyst_b,"
                    + " document_id, coalesce(label_a, 0), coalesce(begin_a, -1), coalesce(end_a, -1),"
                    + " coalesce(label_b, 0), coalesce(begin_b, -1), coalesce(end_b, -1))",
            """
            CREATE TABLE adjudication_position (
              id                BIGINT PRIMARY KEY CHECK (id = 1),
              analyst_a         BIGINT NOT NULL REFERENCES analysts(id),
              analyst_b         BIGINT NOT NULL REFERENCES analysts(id),
              document_id       BIGINT REFERENCES documents(id) ON DELETE SET NULL,
              selected_document BIGINT REFERENCES documents(id) ON DELETE SET NULL,
              label_a           BIGINT REFERENCES labels(id),
              begin_a           BIGINT,
              end_a             BIGINT,
              label_b           BIGINT REFERENCES labels(id),
              begin_b           BIGINT,
              end_b             BIGINT,
              saved_at          TEXT NOT NULL
            )""",
            """
            CREATE TABLE attributes (
              id         BIGINT PRIMARY KEY,
              label_id   BIGINT REFERENCES labels(id),
              name       TEXT NOT NULL,
              type       TEXT NOT NULL CHECK (type IN ('text', 'choice', 'multiple-choice', 'yes-no', 'number', 'source')),
              required   INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
              definition TEXT NOT NULL DEFAULT '',
              position   BIGINT NOT NULL
            )""",
            "CREATE UNIQUE INDEX attributes_by_name ON attributes(coalesce(label_id, 0), name)",
            """
            CREATE TABLE attribute_choices (
              attribute_id BIGINT NOT NULL REFERENCES attributes(id),
              position     BIGINT NOT NULL,
              value        TEXT NOT NULL,
              PRIMARY KEY (attribute_id, position),
              UNIQUE (attribute_id, value)
            )""",
            """
            CREATE TABLE tag_values (
              annotation_id BIGINT NOT NULL REFERENCES annotations(id),
              attribute_id  BIGINT NOT NULL REFERENCES attributes(id),
              position      BIGINT NOT NULL,
              value         TEXT NOT NULL,
              PRIMARY KEY (annotation_id, attribute_id, position)
            )""",
            "CREATE INDEX tag_values_by_attribute ON tag_values(attribute_id)",
            """
            CREATE TABLE article_codes (
              document_id  BIGINT NOT NULL REFERENCES documents(id),
              analyst_id   BIGINT NOT NULL REFERENCES analysts(id),
              attribute_id BIGINT NOT NULL REFERENCES attributes(id),
              position     BIGINT NOT NULL,
              value        TEXT NOT NULL,
              PRIMARY KEY (document_id, analyst_id, attribute_id, position)
            )""",
            """
            CREATE TABLE link_types (
              id         BIGINT PRIMARY KEY,
              name       TEXT NOT NULL UNIQUE,
              definition TEXT NOT NULL DEFAULT '',
              position   BIGINT NOT NULL
            )""",
            """
            CREATE TABLE link_type_ends (
              link_type_id BIGINT NOT NULL REFERENCES link_types(id),
              end_kind     TEXT NOT NULL CHECK (end_kind IN ('from', 'to')),
              label_id     BIGINT NOT NULL REFERENCES labels(id),
              PRIMARY KEY (link_type_id, end_kind, label_id)
            )""",
            """
            CREATE TABLE links (
              id          BIGINT PRIMARY KEY,
              document_id BIGINT NOT NULL REFERENCES documents(id),
              analyst_id  BIGINT NOT NULL REFERENCES analysts(id),
              type_id     BIGINT NOT NULL REFERENCES link_types(id),
              from_id     BIGINT NOT NULL REFERENCES annotations(id),
              to_id       BIGINT NOT NULL REFERENCES annotations(id),
              created_at  TEXT NOT NULL,
              UNIQUE (type_id, from_id, to_id),
              CHECK (from_id <> to_id)
            )""",
            "CREATE INDEX links_by_document ON links(document_id, analyst_id)",
            "CREATE INDEX links_by_from ON links(from_id)",
            "CREATE INDEX links_by_to ON links(to_id)",
            """
            CREATE TABLE sources (
              id          BIGINT PRIMARY KEY,
              name        TEXT NOT NULL,
              name_key    TEXT NOT NULL,
              kind        TEXT NOT NULL CHECK (kind IN ('named-person', 'official-body', 'organisation', 'anonymous', 'document')),
              role        TEXT NOT NULL DEFAULT '',
              affiliation TEXT NOT NULL DEFAULT '',
              created_at  TEXT NOT NULL,
              UNIQUE (name_key, kind)
            )""",
            """
            CREATE TABLE custom_fields (
              id       BIGINT PRIMARY KEY,
              name     TEXT NOT NULL UNIQUE,
              position BIGINT NOT NULL
            )""",
            """
            CREATE TABLE document_fields (
              document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              field_id    BIGINT NOT NULL REFERENCES custom_fields(id),
              value       TEXT NOT NULL,
              PRIMARY KEY (document_id, field_id)
            )""",
            """
            CREATE TABLE link_rejections (
              id           BIGINT PRIMARY KEY,
              document_id  BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              analyst_id   BIGINT NOT NULL REFERENCES analysts(id),
              type_id      BIGINT NOT NULL,
              from_label   BIGINT NOT NULL,
              from_begin   BIGINT NOT NULL,
              from_end     BIGINT NOT NULL,
              to_label     BIGINT NOT NULL,
              to_begin     BIGINT NOT NULL,
              to_end       BIGINT NOT NULL,
              consensus_id BIGINT NOT NULL REFERENCES analysts(id),
              decided_at   TEXT NOT NULL,
              UNIQUE (document_id, analyst_id, type_id, from_label, from_begin, from_end, to_label, to_begin, to_end,
                      consensus_id)
            )""",
            // the corpus index: each article's folded words, without positions (the text is searched again for hits)
            """
            CREATE TABLE corpus_index (
              document_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
              words       TSVECTOR NOT NULL
            )""",
            "CREATE INDEX corpus_index_words ON corpus_index USING gin (words)",
            """
            CREATE TABLE article_status (
              document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              analyst_id  BIGINT NOT NULL REFERENCES analysts(id),
              status      TEXT NOT NULL CHECK (status IN ('in-progress', 'done')),
              updated_at  TEXT NOT NULL,
              PRIMARY KEY (document_id, analyst_id)
            )""",
            """
            CREATE TABLE tag_counts (
              document_id BIGINT NOT NULL,
              analyst_id  BIGINT NOT NULL,
              label_id    BIGINT NOT NULL,
              n           BIGINT NOT NULL CHECK (n > 0),
              PRIMARY KEY (document_id, analyst_id, label_id)
            )""");

    /** Ids: a sequence per table, used when a row comes without one and moved past one that comes with it. */
    private static final String FILL_ID = """
            CREATE FUNCTION newsmark_fill_id() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            DECLARE seq text := TG_TABLE_NAME || '_id_seq';
            BEGIN
              IF NEW.id IS NULL THEN
                NEW.id := nextval(seq);
              ELSIF NEW.id > (SELECT last_value FROM pg_sequences WHERE schemaname = 'public' AND sequencename = seq)
                  OR (SELECT last_value FROM pg_sequences WHERE schemaname = 'public' AND sequencename = seq) IS NULL THEN
                PERFORM setval(seq, NEW.id);
              END IF;
              RETURN NEW;
            END $$""";

    /** The tags' counts, kept in the same statement as every change (format 11's triggers, in PL/pgSQL). */
    private static final List<String> COUNTS = List.of(
            """
            CREATE FUNCTION newsmark_count_tags() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
            BEGIN
              IF TG_OP IN ('DELETE', 'UPDATE') THEN
                DELETE FROM tag_counts WHERE document_id = OLD.document_id AND analyst_id = OLD.analyst_id
                  AND label_id = OLD.label_id AND n = 1;
                UPDATE tag_counts SET n = n - 1 WHERE document_id = OLD.document_id AND analyst_id = OLD.analyst_id
                  AND label_id = OLD.label_id;
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO tag_counts (document_id, analyst_id, label_id, n)
                  VALUES (NEW.document_id, NEW.analyst_id, NEW.label_id, 1)
                  ON CONFLICT (document_id, analyst_id, label_id) DO UPDATE SET n = tag_counts.n + 1;
              END IF;
              RETURN NULL;
            END $$""",
            "CREATE TRIGGER tag_counts_after_insert AFTER INSERT ON annotations FOR EACH ROW EXECUTE FUNCTION newsmark_count_tags()",
            "CREATE TRIGGER tag_counts_after_delete AFTER DELETE ON annotations FOR EACH ROW EXECUTE FUNCTION newsmark_count_tags()",
            """
            CREATE TRIGGER tag_counts_after_update AFTER UPDATE OF document_id, analyst_id, label_id ON annotations FOR EACH ROW
              WHEN (NEW.document_id IS DISTINCT FROM OLD.document_id OR NEW.analyst_id IS DISTINCT FROM OLD.analyst_id
                    OR NEW.label_id IS DISTINCT FROM OLD.label_id)
              EXECUTE FUNCTION newsmark_count_tags()""");

    /**
     * Live updates: a change to a layer's tags, links or values, or to a decision, tells every
     * listening client which article and analyst changed, and which session changed it. One
     * notification per article and layer and transaction (PostgreSQL folds identical ones).
     */
    private static final List<String> NOTIFY = List.of(
            """
            CREATE FUNCTION newsmark_notify_layer() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE r record;
            BEGIN
              IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
              PERFORM pg_notify('newsmark', 'layer ' || r.document_id || ' ' || r.analyst_id || ' ' || pg_backend_pid());
              IF TG_OP = 'UPDATE' AND (OLD.document_id <> NEW.document_id OR OLD.analyst_id <> NEW.analyst_id) THEN
                PERFORM pg_notify('newsmark', 'layer ' || OLD.document_id || ' ' || OLD.analyst_id || ' ' || pg_backend_pid());
              END IF;
              RETURN NULL;
            END $$""",
            """
            CREATE FUNCTION newsmark_notify_values() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE r record; tag record;
            BEGIN
              IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
              SELECT document_id, analyst_id INTO tag FROM annotations WHERE id = r.annotation_id;
              IF FOUND THEN
                PERFORM pg_notify('newsmark', 'layer ' || tag.document_id || ' ' || tag.analyst_id || ' ' || pg_backend_pid());
              END IF;
              RETURN NULL;
            END $$""",
            """
            CREATE FUNCTION newsmark_notify_decisions() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE r record;
            BEGIN
              IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
              PERFORM pg_notify('newsmark', 'decisions ' || r.document_id || ' ' || r.consensus_id || ' ' || pg_backend_pid());
              RETURN NULL;
            END $$""",
            "CREATE TRIGGER annotations_notify AFTER INSERT OR UPDATE OR DELETE ON annotations FOR EACH ROW EXECUTE FUNCTION newsmark_notify_layer()",
            "CREATE TRIGGER links_notify AFTER INSERT OR UPDATE OR DELETE ON links FOR EACH ROW EXECUTE FUNCTION newsmark_notify_layer()",
            "CREATE TRIGGER article_codes_notify AFTER INSERT OR UPDATE OR DELETE ON article_codes FOR EACH ROW EXECUTE FUNCTION newsmark_notify_layer()",
            "CREATE TRIGGER tag_values_notify AFTER INSERT OR UPDATE OR DELETE ON tag_values FOR EACH ROW EXECUTE FUNCTION newsmark_notify_values()",
            "CREATE TRIGGER adjudication_decisions_notify AFTER INSERT OR UPDATE OR DELETE ON adjudication_decisions FOR EACH ROW"
                    + " EXECUTE FUNCTION newsmark_notify_decisions()");

    /** Every statement that makes an empty team project's tables, in order. */
    static List<String> statements() {
        List<String> out = new java.util.ArrayList<>();
        for (String t : TABLES) {
            out.add(codePointText(t));
        }
        out.add(FILL_ID);
        for (String table : BASELINE_WITH_IDS) {
            out.addAll(ids(table));
        }
        out.addAll(COUNTS);
        out.addAll(NOTIFY);
        out.add("INSERT INTO project_format (one, version) VALUES (1, " + Schema.TAG_COUNTS_FROM + ")");
        return out;
    }

    /** The sequence and the trigger that give {@code table}'s rows their ids. */
    static List<String> ids(String table) {
        return List.of("CREATE SEQUENCE " + SqlNames.id(table + "_id_seq"),
                "CREATE TRIGGER " + SqlNames.id(table + "_fill_id") + " BEFORE INSERT ON " + SqlNames.table(table)
                        + " FOR EACH ROW EXECUTE FUNCTION newsmark_fill_id()");
    }

    /** Text sorts and compares by code point, as in SQLite. */
    static String codePointText(String sql) {
        return sql.replace(" TEXT", " TEXT COLLATE \"C\"");
    }

    private PostgresSchema() {
    }
}
