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
                    "CREATE INDEX annotations_by_analyst ON annotations(analyst_id)"));

    /** The oldest format whose tables read the same as today's: read-only sessions need no upgrade from it. */
    static final int READABLE_FROM = 1;

    static int currentVersion() {
        return MIGRATIONS.size();
    }

    private Schema() {
    }
}
