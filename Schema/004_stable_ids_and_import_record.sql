-- 004_stable_ids_and_import_record: statement ids that mean one statement
-- for good, and imports that say who brought what in.
--
-- 1. Statement ids are never reused. With a plain INTEGER PRIMARY KEY SQLite
--    (and the ingest writer, from max(id) + 1) hands the highest id out again
--    once the statement that had it is deleted, so `tracker correct 377`
--    typed from an older report could reach a statement `reanalyze` wrote
--    later in another sentence. AUTOINCREMENT keeps the highest id ever used
--    in sqlite_sequence and never goes below it. SQLite cannot add it to a
--    table, so `statement` is rebuilt as 002 rebuilt it: every column, row
--    id, index and foreign key kept (the migrator runs with foreign keys off
--    and checks them before it commits). The triggers of 003 name
--    `statement` in their bodies and SQLite's ALTER TABLE ... RENAME refuses
--    a schema whose triggers name a missing table, so they are dropped
--    before and created again after, unchanged.
--    Reanalysis gives a new statement the id of the old one it replaces when
--    it is the same statement (same sentence span, kind and action); the
--    ids it retires are kept in `retired_statement`, so that `correct` on one
--    says so and names what now stands in its sentence.
--    Cost: the rebuild copies the table and its five indexes once: 16.5 and
--    20.3 s (two runs) for 1 M statements in a 280 MB file (this SQL in the
--    sqlite3 3.40.1 shell on a generated schema-003 database, on the shared
--    2-core development machine); about 1/60 of that per 10 k documents
--    ingested (399 k statements). Writes then read and update one
--    sqlite_sequence row per INSERT, and the ingest writer inserts many rows
--    per INSERT.
-- 2. Imports are recorded (`import_record`: which file, its SHA-256, who,
--    when), and each correction row an import wrote names it. A history row
--    read from a file is stored as the importer's, at the import's time,
--    with the file's author and time kept apart as `reported_by` and
--    `reported_at`: a file cannot make its rows look like a local person's.

DROP TRIGGER statement_linking_time_update;
DROP TRIGGER statement_linking_time_delete;
DROP TRIGGER statement_topic_keys_update;
DROP TRIGGER statement_topic_keys_delete;

CREATE TABLE statement_rebuilt (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    sentence_id           INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
    document_id           INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    kind                  TEXT    NOT NULL CHECK (kind = 'claim' OR kind = 'commitment' OR kind = 'achievement'
                                                  OR kind = 'uncertainty'),
    polarity              TEXT    NOT NULL CHECK (polarity IN ('affirmed', 'negated')),
    certainty             TEXT    NOT NULL CHECK (certainty IN ('certain', 'uncertain')),
    action                TEXT,
    normalized_action     TEXT,
    clause_start          INTEGER,
    clause_end            INTEGER,
    confidence            REAL    NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0 AND 1),
    rules                 TEXT    NOT NULL DEFAULT '[]',
    reported_on           TEXT,
    origin                TEXT    NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'human')),
    review                TEXT    NOT NULL DEFAULT 'unreviewed'
                                  CHECK (review = 'unreviewed' OR review = 'confirmed' OR review = 'corrected'
                                         OR review = 'rejected' OR review = 'added'),
    analyzer_version      TEXT    NOT NULL,
    tracked_commitment_id INTEGER REFERENCES tracked_commitment(id) ON DELETE SET NULL,
    created_at            TEXT    NOT NULL,
    linking_time          TEXT,
    topic_keys            TEXT
);
INSERT INTO statement_rebuilt SELECT * FROM statement;
DROP TABLE statement;
ALTER TABLE statement_rebuilt RENAME TO statement;
CREATE INDEX statement_by_sentence ON statement(sentence_id);
CREATE INDEX statement_by_document ON statement(document_id);
CREATE INDEX statement_by_kind_and_date ON statement(kind, reported_on);
CREATE INDEX statement_by_date ON statement(reported_on);
CREATE INDEX statement_by_tracked_commitment ON statement(tracked_commitment_id);

CREATE TRIGGER statement_linking_time_update AFTER UPDATE OF statement_id, value, role ON time_expression BEGIN
    UPDATE statement SET linking_time = (
        SELECT CASE WHEN t.value IS NULL THEN t.role ELSE t.role || ' ' || t.value END
          FROM time_expression t WHERE t.statement_id = statement.id ORDER BY t.role, t.value LIMIT 1)
    WHERE id IN (old.statement_id, new.statement_id);
END;
CREATE TRIGGER statement_linking_time_delete AFTER DELETE ON time_expression BEGIN
    UPDATE statement SET linking_time = (
        SELECT CASE WHEN t.value IS NULL THEN t.role ELSE t.role || ' ' || t.value END
          FROM time_expression t WHERE t.statement_id = old.statement_id ORDER BY t.role, t.value LIMIT 1)
    WHERE id = old.statement_id;
END;
CREATE TRIGGER statement_topic_keys_update AFTER UPDATE ON statement_topic BEGIN
    UPDATE statement SET topic_keys = (
        SELECT group_concat(topic_key) FROM
            (SELECT st.topic_key FROM statement_topic st WHERE st.statement_id = statement.id ORDER BY st.topic_key))
    WHERE id IN (old.statement_id, new.statement_id);
END;
CREATE TRIGGER statement_topic_keys_delete AFTER DELETE ON statement_topic BEGIN
    UPDATE statement SET topic_keys = (
        SELECT group_concat(topic_key) FROM
            (SELECT st.topic_key FROM statement_topic st WHERE st.statement_id = old.statement_id ORDER BY st.topic_key))
    WHERE id = old.statement_id;
END;

-- A statement id reanalysis retired: where it was (its document and the
-- span of its sentence, offsets in the document's cleaned text, which
-- reanalysis never changes) and what it was, to name its successor.
CREATE TABLE retired_statement (
    id             INTEGER PRIMARY KEY,               -- the statement's id, never handed out again
    document_id    INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    kind           TEXT    NOT NULL,
    action         TEXT,
    retired_at     TEXT    NOT NULL
);
CREATE INDEX retired_statement_by_document ON retired_statement(document_id);

-- One `tracker import` that changed something.
CREATE TABLE import_record (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    file        TEXT    NOT NULL,                     -- as given ('-' for standard input)
    file_hash   TEXT    NOT NULL,                     -- SHA-256 of the file's bytes, hex
    author      TEXT    NOT NULL,                     -- who imported
    imported_at TEXT    NOT NULL
);

ALTER TABLE correction ADD COLUMN reported_by TEXT;  -- the file's author, for an imported row
ALTER TABLE correction ADD COLUMN reported_at TEXT;  -- the file's time, for an imported row
ALTER TABLE correction ADD COLUMN import_id INTEGER REFERENCES import_record(id);
