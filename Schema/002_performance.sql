-- 002_performance: the same schema, faster to write and to query at a
-- million statements.
--
-- 1. CHECK constraints with an IN list of three or more values ("kind IN
--    ('claim', 'commitment', ...)") make SQLite build a temporary b-tree for
--    every row inserted; written as comparisons joined by OR they accept and
--    refuse exactly the same values, without it. The tables written many rows
--    at a time (statement, statement_actor, time_expression, outcome_link) are
--    rebuilt with them (SQLite cannot alter a CHECK), keeping every column,
--    row id, index and foreign key. The migrator runs this with foreign keys
--    off and checks them before it commits.
-- 2. Indexes that keep the queries of a large database to the rows they are
--    about.

CREATE TABLE statement_rebuilt (
    id                    INTEGER PRIMARY KEY,
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
    created_at            TEXT    NOT NULL
);
INSERT INTO statement_rebuilt SELECT * FROM statement;
DROP TABLE statement;
ALTER TABLE statement_rebuilt RENAME TO statement;
CREATE INDEX statement_by_sentence ON statement(sentence_id);
CREATE INDEX statement_by_document ON statement(document_id);
CREATE INDEX statement_by_kind_and_date ON statement(kind, reported_on);
CREATE INDEX statement_by_date ON statement(reported_on);
CREATE INDEX statement_by_tracked_commitment ON statement(tracked_commitment_id);

CREATE TABLE statement_actor_rebuilt (
    statement_id  INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    actor_id      INTEGER NOT NULL REFERENCES actor(id),
    role          TEXT    NOT NULL CHECK (role = 'holder' OR role = 'source' OR role = 'target'),
    position      INTEGER NOT NULL DEFAULT 0,
    mention       TEXT,
    mention_start INTEGER,
    mention_end   INTEGER,
    PRIMARY KEY (statement_id, role, position)
);
INSERT INTO statement_actor_rebuilt SELECT * FROM statement_actor;
DROP TABLE statement_actor;
ALTER TABLE statement_actor_rebuilt RENAME TO statement_actor;
CREATE INDEX statement_actor_by_actor ON statement_actor(actor_id, role, statement_id);

CREATE TABLE time_expression_rebuilt (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    text         TEXT    NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    value        TEXT,
    anchor       TEXT,
    role         TEXT    NOT NULL CHECK (role = 'deadline' OR role = 'occurred' OR role = 'since' OR role = 'until')
);
INSERT INTO time_expression_rebuilt SELECT * FROM time_expression;
DROP TABLE time_expression;
ALTER TABLE time_expression_rebuilt RENAME TO time_expression;
CREATE INDEX time_expression_by_statement ON time_expression(statement_id);

CREATE TABLE outcome_link_rebuilt (
    id                      INTEGER PRIMARY KEY,
    commitment_statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    outcome_statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    relation                TEXT    NOT NULL CHECK (relation = 'fulfils' OR relation = 'contradicts' OR relation = 'progresses'),
    score                   REAL    NOT NULL DEFAULT 1.0,
    reasons                 TEXT    NOT NULL DEFAULT '[]',
    origin                  TEXT    NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'human')),
    state                   TEXT    NOT NULL DEFAULT 'linked' CHECK (state IN ('linked', 'unlinked')),
    note                    TEXT,
    created_at              TEXT    NOT NULL,
    UNIQUE (commitment_statement_id, outcome_statement_id, origin)
);
INSERT INTO outcome_link_rebuilt SELECT * FROM outcome_link;
DROP TABLE outcome_link;
ALTER TABLE outcome_link_rebuilt RENAME TO outcome_link;
CREATE INDEX outcome_link_by_outcome ON outcome_link(outcome_statement_id);

-- An actor's affiliates and the actors merged into it, found by every query
-- that takes an actor, without reading every actor.
CREATE INDEX actor_by_parent ON actor(parent_id);
CREATE INDEX actor_by_merged_into ON actor(merged_into_id);

-- A name as a user types it, in any case ("peru" for Peru).
CREATE INDEX actor_by_lower_name ON actor(lower(name));

-- People's link decisions, read by every status computation, apart from the
-- (many) automatic links stored after ingest.
CREATE INDEX outcome_link_human ON outcome_link(commitment_statement_id) WHERE origin = 'human';

-- A statement's time (role and value) read from the index alone, for every
-- commitment and outcome a status computation reads.
CREATE INDEX time_expression_by_statement_with_value ON time_expression(statement_id, role, value);
