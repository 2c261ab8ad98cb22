-- 001_initial: the tracker's first schema.
--
-- Offsets (start, end) count Unicode scalars from the start of the document's
-- cleaned text, half-open [start, end). Dates are ISO 8601 text. Every table
-- that the analyzer fills carries enough to explain itself: rule ids, cue
-- offsets, the analyzer version that wrote it, and whether a human reviewed it.

-- One article, speech, press release or report.
CREATE TABLE document (
    id               INTEGER PRIMARY KEY,
    content_hash     TEXT    NOT NULL UNIQUE,          -- SHA-256 of the cleaned text, hex
    path             TEXT,                             -- where it was read from, as given
    url              TEXT,
    title            TEXT,
    source           TEXT,                             -- publisher
    published        TEXT,                             -- reference date for relative times
    language         TEXT    NOT NULL DEFAULT 'en',
    format           TEXT    NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
    text             TEXT    NOT NULL,                 -- the cleaned text all offsets refer to
    word_count       INTEGER NOT NULL,
    analyzer_version TEXT    NOT NULL,
    ingested_at      TEXT    NOT NULL
);
CREATE INDEX document_by_published ON document(published);

-- A sentence: a span of a document's cleaned text.
CREATE TABLE sentence (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,                     -- 0-based order in the document
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    end_rule    TEXT    NOT NULL,                     -- id of the rule that ended it
    UNIQUE (document_id, position),
    CHECK (start <= "end")
);

-- Full-text search over sentence text (external content: no second copy).
CREATE VIRTUAL TABLE sentence_fts USING fts5(
    text,
    content = 'sentence',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sentence_fts_insert AFTER INSERT ON sentence BEGIN
    INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentence_fts_delete AFTER DELETE ON sentence BEGIN
    INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentence_fts_update AFTER UPDATE OF text ON sentence BEGIN
    INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentence_fts(rowid, text) VALUES (new.id, new.text);
END;

-- A country, government body, organisation, group or person.
CREATE TABLE actor (
    id             INTEGER PRIMARY KEY,
    key            TEXT    NOT NULL UNIQUE,           -- stable id, e.g. 'north-korea'
    name           TEXT    NOT NULL,                  -- canonical name
    kind           TEXT    NOT NULL CHECK (kind IN ('state', 'organisation', 'group', 'person')),
    parent_id      INTEGER REFERENCES actor(id),      -- affiliation
    origin         TEXT    NOT NULL DEFAULT 'dictionary'
                           CHECK (origin IN ('dictionary', 'discovered', 'user')),
    merged_into_id INTEGER REFERENCES actor(id),      -- set by `actors merge`; lookups follow it
    created_at     TEXT    NOT NULL
);

CREATE TABLE actor_alias (
    actor_id   INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    alias      TEXT    NOT NULL,                      -- as written
    normalized TEXT    NOT NULL,                      -- lookup form (case- and punctuation-folded)
    PRIMARY KEY (actor_id, normalized)
);
CREATE INDEX actor_alias_by_normalized ON actor_alias(normalized);

-- Dated roles: "President of the United States: Donald Trump 2017-01-20 to 2021-01-20".
CREATE TABLE actor_role (
    id        INTEGER PRIMARY KEY,
    actor_id  INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    title     TEXT    NOT NULL,
    of_id     INTEGER REFERENCES actor(id),          -- the state or body the role belongs to
    from_date TEXT,
    to_date   TEXT
);
CREATE INDEX actor_role_by_actor ON actor_role(actor_id);

-- Topic keys from the (user-extendable) topic list.
CREATE TABLE topic (
    key   TEXT PRIMARY KEY,
    label TEXT NOT NULL
);

-- One tracked commitment: the same pledge reported several times merges here.
CREATE TABLE tracked_commitment (
    id                INTEGER PRIMARY KEY,
    holder_id         INTEGER REFERENCES actor(id),
    normalized_action TEXT,
    topic_key         TEXT REFERENCES topic(key),
    deadline          TEXT,
    origin            TEXT NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'human')),
    created_at        TEXT NOT NULL
);

-- A tagged proposition inside a sentence.
CREATE TABLE statement (
    id                    INTEGER PRIMARY KEY,
    sentence_id           INTEGER NOT NULL REFERENCES sentence(id) ON DELETE CASCADE,
    document_id           INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    kind                  TEXT    NOT NULL CHECK (kind IN ('claim', 'commitment', 'achievement', 'uncertainty')),
    polarity              TEXT    NOT NULL CHECK (polarity IN ('affirmed', 'negated')),
    certainty             TEXT    NOT NULL CHECK (certainty IN ('certain', 'uncertain')),
    action                TEXT,                       -- as written
    normalized_action     TEXT,                       -- verb lemma + head noun
    clause_start          INTEGER,
    clause_end            INTEGER,
    confidence            REAL    NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0 AND 1),
    rules                 TEXT    NOT NULL DEFAULT '[]', -- JSON array of rule ids
    reported_on           TEXT,                       -- the document's date, for "statements by date"
    origin                TEXT    NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'human')),
    review                TEXT    NOT NULL DEFAULT 'unreviewed'
                                  CHECK (review IN ('unreviewed', 'confirmed', 'corrected', 'rejected', 'added')),
    analyzer_version      TEXT    NOT NULL,
    tracked_commitment_id INTEGER REFERENCES tracked_commitment(id) ON DELETE SET NULL,
    created_at            TEXT    NOT NULL
);
CREATE INDEX statement_by_sentence ON statement(sentence_id);
CREATE INDEX statement_by_document ON statement(document_id);
CREATE INDEX statement_by_kind_and_date ON statement(kind, reported_on);
CREATE INDEX statement_by_date ON statement(reported_on);
CREATE INDEX statement_by_tracked_commitment ON statement(tracked_commitment_id);

-- Who is bound, who says it, about whom.
CREATE TABLE statement_actor (
    statement_id  INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    actor_id      INTEGER NOT NULL REFERENCES actor(id),
    role          TEXT    NOT NULL CHECK (role IN ('holder', 'source', 'target')),
    position      INTEGER NOT NULL DEFAULT 0,         -- order among actors of the same role
    mention       TEXT,                               -- the text the actor was resolved from
    mention_start INTEGER,
    mention_end   INTEGER,
    PRIMARY KEY (statement_id, role, position)
);
CREATE INDEX statement_actor_by_actor ON statement_actor(actor_id, role, statement_id);

-- The cue words that justify a tag: the explanation a user sees.
CREATE TABLE cue (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,                    -- commitment, achievement, claim, hedge, negation, ...
    text         TEXT    NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    rule         TEXT                                 -- rule id that used it
);
CREATE INDEX cue_by_statement ON cue(statement_id);

CREATE TABLE time_expression (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    text         TEXT    NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    value        TEXT,                                -- ISO 8601 at the text's precision, or NULL
    anchor       TEXT,                                -- "the summit" where only an event anchors it
    role         TEXT    NOT NULL CHECK (role IN ('deadline', 'occurred', 'since', 'until'))
);
CREATE INDEX time_expression_by_statement ON time_expression(statement_id);

CREATE TABLE statement_topic (
    statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    topic_key    TEXT    NOT NULL REFERENCES topic(key),
    PRIMARY KEY (statement_id, topic_key)
);
CREATE INDEX statement_topic_by_topic ON statement_topic(topic_key);

-- Expectation (commitment) to outcome (achievement) links. Human links and
-- un-links win over automatic ones.
CREATE TABLE outcome_link (
    id                      INTEGER PRIMARY KEY,
    commitment_statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    outcome_statement_id    INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    relation                TEXT    NOT NULL CHECK (relation IN ('fulfils', 'contradicts', 'progresses')),
    score                   REAL    NOT NULL DEFAULT 1.0,
    reasons                 TEXT    NOT NULL DEFAULT '[]', -- JSON array
    origin                  TEXT    NOT NULL DEFAULT 'automatic' CHECK (origin IN ('automatic', 'human')),
    state                   TEXT    NOT NULL DEFAULT 'linked' CHECK (state IN ('linked', 'unlinked')),
    note                    TEXT,
    created_at              TEXT    NOT NULL,
    UNIQUE (commitment_statement_id, outcome_statement_id, origin)
);
CREATE INDEX outcome_link_by_outcome ON outcome_link(outcome_statement_id);

-- Human corrections: append-only history; never overwritten by re-analysis.
CREATE TABLE correction (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER REFERENCES statement(id) ON DELETE SET NULL,
    sentence_id  INTEGER REFERENCES sentence(id) ON DELETE SET NULL,
    field        TEXT    NOT NULL,                    -- kind, polarity, holder, delete, add, ...
    old_value    TEXT,
    new_value    TEXT,
    author       TEXT    NOT NULL,
    note         TEXT,
    created_at   TEXT    NOT NULL
);
CREATE INDEX correction_by_statement ON correction(statement_id);
