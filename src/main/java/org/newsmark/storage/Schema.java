package org.newsmark.storage;

import java.util.List;

/**
 * The numbered migrations. Migration N takes a file from {@code user_version = N-1} to N.
 * Never edit a released migration: add a new one. See docs/decisions/0002-project-schema.md.
 */
final class Schema {

    /** "NMRK": marks a SQLite file as a Newsmark project (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x4E4D524B;

    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    """
                    CREATE TABLE documents (
                      id          INTEGER PRIMARY KEY,
                      title       TEXT NOT NULL,
                      source_name TEXT,
                      imported_at TEXT NOT NULL,
                      text        TEXT NOT NULL,
                      sha256      TEXT NOT NULL UNIQUE,
                      length      INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE labels (
                      id         INTEGER PRIMARY KEY,
                      name       TEXT NOT NULL UNIQUE,
                      color      TEXT NOT NULL,
                      shortcut   TEXT UNIQUE,
                      definition TEXT NOT NULL DEFAULT '',
                      position   INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE analysts (
                      id   INTEGER PRIMARY KEY,
                      name TEXT NOT NULL UNIQUE
                    )""",
                    """
                    CREATE TABLE annotations (
                      id             INTEGER PRIMARY KEY,
                      document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      analyst_id     INTEGER NOT NULL REFERENCES analysts(id),
                      label_id       INTEGER NOT NULL REFERENCES labels(id),
                      begin_utf16    INTEGER NOT NULL,
                      end_utf16      INTEGER NOT NULL,
                      note           TEXT NOT NULL DEFAULT '',
                      fragment_group TEXT,
                      created_at     TEXT NOT NULL,
                      updated_at     TEXT NOT NULL,
                      UNIQUE (document_id, analyst_id, label_id, begin_utf16, end_utf16),
                      CHECK (begin_utf16 >= 0 AND begin_utf16 < end_utf16)
                    )""",
                    "CREATE INDEX annotations_by_document ON annotations(document_id, analyst_id, begin_utf16)",
                    "CREATE INDEX annotations_by_analyst ON annotations(analyst_id)"),
            // 2: annotation ids are never reused (AUTOINCREMENT). Without it a new tag could take the
            // id of a deleted one, and undoing that delete (which restores the same id) then failed.
            List.of(
                    """
                    CREATE TABLE annotations_v2 (
                      id             INTEGER PRIMARY KEY AUTOINCREMENT,
                      document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      analyst_id     INTEGER NOT NULL REFERENCES analysts(id),
                      label_id       INTEGER NOT NULL REFERENCES labels(id),
                      begin_utf16    INTEGER NOT NULL,
                      end_utf16      INTEGER NOT NULL,
                      note           TEXT NOT NULL DEFAULT '',
                      fragment_group TEXT,
                      created_at     TEXT NOT NULL,
                      updated_at     TEXT NOT NULL,
                      UNIQUE (document_id, analyst_id, label_id, begin_utf16, end_utf16),
                      CHECK (begin_utf16 >= 0 AND begin_utf16 < end_utf16)
                    )""",
                    "INSERT INTO annotations_v2 SELECT id, document_id, analyst_id, label_id, begin_utf16, end_utf16,"
                            + " note, fragment_group, created_at, updated_at FROM annotations",
                    "DROP TABLE annotations",
                    "ALTER TABLE annotations_v2 RENAME TO annotations",
                    "CREATE INDEX annotations_by_document ON annotations(document_id, analyst_id, begin_utf16)",
                    "CREATE INDEX annotations_by_analyst ON annotations(analyst_id)"),
            // 3: adjudication is kept in the project: a decision per aligned pair of two analysts (named by
            // its two sides, since pairs are recomputed from the tags), and where the compare window was left.
            // See docs/decisions/0014-adjudication-decisions.md.
            List.of(
                    """
                    CREATE TABLE adjudication_decisions (
                      id           INTEGER PRIMARY KEY AUTOINCREMENT,
                      document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      analyst_a    INTEGER NOT NULL REFERENCES analysts(id),
                      analyst_b    INTEGER NOT NULL REFERENCES analysts(id),
                      label_a      INTEGER REFERENCES labels(id),
                      begin_a      INTEGER,
                      end_a        INTEGER,
                      label_b      INTEGER REFERENCES labels(id),
                      begin_b      INTEGER,
                      end_b        INTEGER,
                      decision     TEXT NOT NULL CHECK (decision IN ('ACCEPT_A', 'ACCEPT_B', 'ACCEPT_BOTH', 'REJECT')),
                      consensus_id INTEGER NOT NULL REFERENCES analysts(id),
                      decided_at   TEXT NOT NULL,
                      CHECK (analyst_a < analyst_b),
                      CHECK ((label_a IS NULL) = (begin_a IS NULL) AND (begin_a IS NULL) = (end_a IS NULL)),
                      CHECK ((label_b IS NULL) = (begin_b IS NULL) AND (begin_b IS NULL) = (end_b IS NULL)),
                      CHECK (label_a IS NOT NULL OR label_b IS NOT NULL),
                      CHECK (begin_a IS NULL OR (begin_a >= 0 AND begin_a < end_a)),
                      CHECK (begin_b IS NULL OR (begin_b >= 0 AND begin_b < end_b))
                    )""",
                    // one decision per pair; an empty side counts as (0, -1, -1), since UNIQUE lets NULLs repeat
                    "CREATE UNIQUE INDEX adjudication_decisions_by_pair ON adjudication_decisions(analyst_a, analyst_b,"
                            + " document_id, ifnull(label_a, 0), ifnull(begin_a, -1), ifnull(end_a, -1),"
                            + " ifnull(label_b, 0), ifnull(begin_b, -1), ifnull(end_b, -1))",
                    """
                    CREATE TABLE adjudication_position (
                      id                INTEGER PRIMARY KEY CHECK (id = 1),
                      analyst_a         INTEGER NOT NULL REFERENCES analysts(id),
                      analyst_b         INTEGER NOT NULL REFERENCES analysts(id),
                      document_id       INTEGER REFERENCES documents(id) ON DELETE SET NULL,
                      selected_document INTEGER REFERENCES documents(id) ON DELETE SET NULL,
                      label_a           INTEGER REFERENCES labels(id),
                      begin_a           INTEGER,
                      end_a             INTEGER,
                      label_b           INTEGER REFERENCES labels(id),
                      begin_b           INTEGER,
                      end_b             INTEGER,
                      saved_at          TEXT NOT NULL
                    )"""),
            // 4: the codebook belongs to the study: rules, examples and retirement of labels; attributes
            // declared per label (label_id) or per article (label_id NULL), typed, with their choices;
            // the values of tags and the article codes of each analyst. See docs/decisions/0016-codebook-file.md.
            List.of(
                    "ALTER TABLE labels ADD COLUMN rules TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE labels ADD COLUMN examples TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE labels ADD COLUMN retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))",
                    """
                    CREATE TABLE attributes (
                      id         INTEGER PRIMARY KEY AUTOINCREMENT,
                      label_id   INTEGER REFERENCES labels(id),
                      name       TEXT NOT NULL,
                      type       TEXT NOT NULL CHECK (type IN ('text', 'choice', 'multiple-choice', 'yes-no', 'number')),
                      required   INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
                      definition TEXT NOT NULL DEFAULT '',
                      position   INTEGER NOT NULL
                    )""",
                    // one name per label, and one among the article codes (label 0 stands for none)
                    "CREATE UNIQUE INDEX attributes_by_name ON attributes(ifnull(label_id, 0), name)",
                    """
                    CREATE TABLE attribute_choices (
                      attribute_id INTEGER NOT NULL REFERENCES attributes(id),
                      position     INTEGER NOT NULL,
                      value        TEXT NOT NULL,
                      PRIMARY KEY (attribute_id, position),
                      UNIQUE (attribute_id, value)
                    )""",
                    """
                    CREATE TABLE tag_values (
                      annotation_id INTEGER NOT NULL REFERENCES annotations(id),
                      attribute_id  INTEGER NOT NULL REFERENCES attributes(id),
                      position      INTEGER NOT NULL,
                      value         TEXT NOT NULL,
                      PRIMARY KEY (annotation_id, attribute_id, position)
                    )""",
                    "CREATE INDEX tag_values_by_attribute ON tag_values(attribute_id)",
                    """
                    CREATE TABLE article_codes (
                      document_id  INTEGER NOT NULL REFERENCES documents(id),
                      analyst_id   INTEGER NOT NULL REFERENCES analysts(id),
                      attribute_id INTEGER NOT NULL REFERENCES attributes(id),
                      position     INTEGER NOT NULL,
                      value        TEXT NOT NULL,
                      PRIMARY KEY (document_id, analyst_id, attribute_id, position)
                    )"""),
            // 5: typed, directed links between two tags of one analyst in one article, their types declared
            // in the codebook with the labels each end allows. See docs/decisions/0019-links.md.
            List.of(
                    """
                    CREATE TABLE link_types (
                      id         INTEGER PRIMARY KEY AUTOINCREMENT,
                      name       TEXT NOT NULL UNIQUE,
                      definition TEXT NOT NULL DEFAULT '',
                      position   INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE link_type_ends (
                      link_type_id INTEGER NOT NULL REFERENCES link_types(id),
                      end_kind     TEXT NOT NULL CHECK (end_kind IN ('from', 'to')),
                      label_id     INTEGER NOT NULL REFERENCES labels(id),
                      PRIMARY KEY (link_type_id, end_kind, label_id)
                    )""",
                    """
                    CREATE TABLE links (
                      id          INTEGER PRIMARY KEY AUTOINCREMENT,
                      document_id INTEGER NOT NULL REFERENCES documents(id),
                      analyst_id  INTEGER NOT NULL REFERENCES analysts(id),
                      type_id     INTEGER NOT NULL REFERENCES link_types(id),
                      from_id     INTEGER NOT NULL REFERENCES annotations(id),
                      to_id       INTEGER NOT NULL REFERENCES annotations(id),
                      created_at  TEXT NOT NULL,
                      UNIQUE (type_id, from_id, to_id),
                      CHECK (from_id <> to_id)
                    )""",
                    "CREATE INDEX links_by_document ON links(document_id, analyst_id)",
                    "CREATE INDEX links_by_from ON links(from_id)",
                    "CREATE INDEX links_by_to ON links(to_id)"),
            // 6: sources, the people, bodies and documents tags attribute words to; an attribute type
            // "source" whose value is a source id (the attributes table is rebuilt for its CHECK, keeping
            // its ids and its AUTOINCREMENT counter); the outlet of an article. Migrations.apply converts the
            // text "speaker" of "attributed opinion" into sources. See docs/decisions/0020-sources.md.
            List.of(
                    """
                    CREATE TABLE attributes_v6 (
                      id         INTEGER PRIMARY KEY AUTOINCREMENT,
                      label_id   INTEGER REFERENCES labels(id),
                      name       TEXT NOT NULL,
                      type       TEXT NOT NULL CHECK (type IN ('text', 'choice', 'multiple-choice', 'yes-no', 'number', 'source')),
                      required   INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
                      definition TEXT NOT NULL DEFAULT '',
                      position   INTEGER NOT NULL
                    )""",
                    "INSERT INTO attributes_v6 SELECT id, label_id, name, type, required, definition, position FROM attributes",
                    // the counter moves with the table, so an id a deleted attribute had is never given again
                    "DELETE FROM sqlite_sequence WHERE name = 'attributes_v6'",
                    "UPDATE sqlite_sequence SET name = 'attributes_v6' WHERE name = 'attributes'",
                    "DROP TABLE attributes",
                    "ALTER TABLE attributes_v6 RENAME TO attributes",
                    "CREATE UNIQUE INDEX attributes_by_name ON attributes(ifnull(label_id, 0), name)",
                    """
                    CREATE TABLE sources (
                      id          INTEGER PRIMARY KEY AUTOINCREMENT,
                      name        TEXT NOT NULL,
                      name_key    TEXT NOT NULL,
                      kind        TEXT NOT NULL CHECK (kind IN ('named-person', 'official-body', 'organisation', 'anonymous', 'document')),
                      role        TEXT NOT NULL DEFAULT '',
                      affiliation TEXT NOT NULL DEFAULT '',
                      created_at  TEXT NOT NULL,
                      UNIQUE (name_key, kind)
                    )""",
                    "ALTER TABLE documents ADD COLUMN outlet TEXT"),
            // 7: article metadata: author, published, url and language beside the outlet, and custom fields
            // declared in the project with a value per article. See docs/decisions/0025-article-metadata.md.
            List.of(
                    "ALTER TABLE documents ADD COLUMN author TEXT",
                    "ALTER TABLE documents ADD COLUMN published TEXT",
                    "ALTER TABLE documents ADD COLUMN url TEXT",
                    "ALTER TABLE documents ADD COLUMN language TEXT",
                    """
                    CREATE TABLE custom_fields (
                      id       INTEGER PRIMARY KEY AUTOINCREMENT,
                      name     TEXT NOT NULL UNIQUE,
                      position INTEGER NOT NULL
                    )""",
                    """
                    CREATE TABLE document_fields (
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      field_id    INTEGER NOT NULL REFERENCES custom_fields(id),
                      value       TEXT NOT NULL,
                      PRIMARY KEY (document_id, field_id)
                    )"""),
            // 8: link rejections, the link disagreements consensus did not take, by the link's content
            // (type, both ends' label and span) so a rejection outlives the link's id; labels and
            // types by plain id (a stale one matches nothing). See docs/decisions/0021-link-agreement.md.
            List.of(
                    """
                    CREATE TABLE link_rejections (
                      id           INTEGER PRIMARY KEY AUTOINCREMENT,
                      document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      analyst_id   INTEGER NOT NULL REFERENCES analysts(id),
                      type_id      INTEGER NOT NULL,
                      from_label   INTEGER NOT NULL,
                      from_begin   INTEGER NOT NULL,
                      from_end     INTEGER NOT NULL,
                      to_label     INTEGER NOT NULL,
                      to_begin     INTEGER NOT NULL,
                      to_end       INTEGER NOT NULL,
                      consensus_id INTEGER NOT NULL REFERENCES analysts(id),
                      decided_at   TEXT NOT NULL,
                      UNIQUE (document_id, analyst_id, type_id, from_label, from_begin, from_end, to_label, to_begin, to_end,
                              consensus_id)
                    )"""),
            // 9: the corpus index, a contentless FTS5 table over the article texts, kept by JdbcDocuments in
            // the same transactions as the documents, and filled here for the articles a file already has.
            // See docs/decisions/0028-corpus-search.md.
            List.of(
                    "CREATE VIRTUAL TABLE corpus_index USING fts5(text, content='', contentless_delete=1,"
                            + " tokenize='unicode61 remove_diacritics 2')",
                    "INSERT INTO corpus_index(rowid, text) SELECT id, text FROM documents"),
            // 10: each analyst's status of each article; no row is "to do". See docs/decisions/0027-article-table-and-status.md.
            List.of(
                    """
                    CREATE TABLE article_status (
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      analyst_id  INTEGER NOT NULL REFERENCES analysts(id),
                      status      TEXT NOT NULL CHECK (status IN ('in-progress', 'done')),
                      updated_at  TEXT NOT NULL,
                      PRIMARY KEY (document_id, analyst_id)
                    )""",
                    // the article list's columns without the text: a scan of them no longer walks every
                    // article's overflow pages (the metadata columns were appended after the text)
                    "CREATE INDEX documents_listing ON documents(id, title, sha256, length, outlet, author, published, url, language)"),
            // 11: the number of tags per article, analyst and label, kept by triggers in the same statement as
            // every insert, delete and relabel (cascades from a deleted article included), so that counts over
            // a corpus read thousands of rows, not a million. See docs/decisions/0031-tag-counts.md.
            List.of(
                    """
                    CREATE TABLE tag_counts (
                      document_id INTEGER NOT NULL,
                      analyst_id  INTEGER NOT NULL,
                      label_id    INTEGER NOT NULL,
                      n           INTEGER NOT NULL CHECK (n > 0),
                      PRIMARY KEY (document_id, analyst_id, label_id)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TRIGGER tag_counts_after_insert AFTER INSERT ON annotations BEGIN
                      INSERT INTO tag_counts (document_id, analyst_id, label_id, n)
                        VALUES (NEW.document_id, NEW.analyst_id, NEW.label_id, 1)
                        ON CONFLICT (document_id, analyst_id, label_id) DO UPDATE SET n = n + 1;
                    END""",
                    """
                    CREATE TRIGGER tag_counts_after_delete AFTER DELETE ON annotations BEGIN
                      DELETE FROM tag_counts
                        WHERE document_id = OLD.document_id AND analyst_id = OLD.analyst_id AND label_id = OLD.label_id AND n = 1;
                      UPDATE tag_counts SET n = n - 1
                        WHERE document_id = OLD.document_id AND analyst_id = OLD.analyst_id AND label_id = OLD.label_id;
                    END""",
                    """
                    CREATE TRIGGER tag_counts_after_update AFTER UPDATE OF document_id, analyst_id, label_id ON annotations
                    WHEN NEW.document_id IS NOT OLD.document_id OR NEW.analyst_id IS NOT OLD.analyst_id
                      OR NEW.label_id IS NOT OLD.label_id BEGIN
                      DELETE FROM tag_counts
                        WHERE document_id = OLD.document_id AND analyst_id = OLD.analyst_id AND label_id = OLD.label_id AND n = 1;
                      UPDATE tag_counts SET n = n - 1
                        WHERE document_id = OLD.document_id AND analyst_id = OLD.analyst_id AND label_id = OLD.label_id;
                      INSERT INTO tag_counts (document_id, analyst_id, label_id, n)
                        VALUES (NEW.document_id, NEW.analyst_id, NEW.label_id, 1)
                        ON CONFLICT (document_id, analyst_id, label_id) DO UPDATE SET n = n + 1;
                    END""",
                    "INSERT INTO tag_counts (document_id, analyst_id, label_id, n)"
                            + " SELECT document_id, analyst_id, label_id, count(*) FROM annotations"
                            + " GROUP BY document_id, analyst_id, label_id"),
            // 12: versions of an article. A new version names the one it replaces (previous_version, a plain id:
            // the old version is kept whole, hidden from the article list); an old version's tag not carried over
            // says why (review) until the analyst places or dismisses it. See docs/decisions/0043-re-anchoring.md.
            List.of(
                    "ALTER TABLE documents ADD COLUMN previous_version INTEGER",
                    "CREATE INDEX documents_by_previous_version ON documents(previous_version)",
                    "ALTER TABLE annotations ADD COLUMN review TEXT CHECK (review IN ('changed', 'gone', 'ambiguous'))"),
            // 13: the suggestions each analyst rejected in each article, by kind, span and the text it covered (a
            // suggestion is never stored until accepted; this keeps a rejected one from coming back). The kind is
            // not checked: a later detector's kinds need no migration. See docs/decisions/0044-suggestions.md.
            List.of(
                    """
                    CREATE TABLE suggestion_rejections (
                      id          INTEGER PRIMARY KEY AUTOINCREMENT,
                      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                      analyst_id  INTEGER NOT NULL REFERENCES analysts(id),
                      kind        TEXT NOT NULL,
                      begin_utf16 INTEGER NOT NULL,
                      end_utf16   INTEGER NOT NULL,
                      text        TEXT NOT NULL,
                      rejected_at TEXT NOT NULL,
                      UNIQUE (document_id, analyst_id, kind, begin_utf16, end_utf16),
                      CHECK (begin_utf16 >= 0 AND begin_utf16 < end_utf16)
                    )"""));

    /**
     * The oldest format whose tables read the same as today's: read-only sessions need no upgrade
     * from it. Format 2 lacks only the adjudication tables, which such a session reads as empty.
     */
    static final int READABLE_FROM = 1;

    /** The first format with the adjudication tables. */
    static final int ADJUDICATION_FROM = 3;

    /** The first format with a codebook beyond labels: attributes, their values, article codes. */
    static final int CODEBOOK_FROM = 4;

    /** The first format with links and their types. */
    static final int LINKS_FROM = 5;

    /** The first format with sources, the source attribute type and article outlets. */
    static final int SOURCES_FROM = 6;

    /** The first format with article metadata beyond the outlet: author, published, url, language, custom fields. */
    static final int METADATA_FROM = 7;

    /** The first format that keeps link rejections. */
    static final int LINK_REJECTIONS_FROM = 8;

    /** The first format with the corpus index ({@code corpus_index}, FTS5). */
    static final int CORPUS_INDEX_FROM = 9;

    /** The first format with each analyst's article status. */
    static final int STATUS_FROM = 10;

    /** The first format that keeps the tags' counts per article, analyst and label ({@code tag_counts}). */
    static final int TAG_COUNTS_FROM = 11;

    /** The first format with article versions ({@code documents.previous_version}, {@code annotations.review}). */
    static final int VERSIONS_FROM = 12;

    /** The first format that keeps each analyst's rejected suggestions ({@code suggestion_rejections}). */
    static final int SUGGESTION_REJECTIONS_FROM = 13;

    static int currentVersion() {
        return MIGRATIONS.size();
    }

    private Schema() {
    }
}
