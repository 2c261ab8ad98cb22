-- 013_outcome_attribution: outcomes reported with no holder ("the second
-- summit was held in Hanoi") are given to the one party whose pledge they
-- match (UnattributedOutcomes) once, when statements change, not at every
-- query; and the candidates of commitments with no holder are kept the
-- same way (at the end of this file).
--
-- Measured after it (release, 1 M statements, load average 4.4):
-- `commitments` of a typical party 2.18 s -> 10.7 ms, of the busiest
-- 2.38 s -> 62.9 ms; the workbench's party page under load, median
-- 3.6 s -> 192 ms. Filling an existing database at its first writable open
-- took about 7 s of CPU there.
--
-- Why: until now `CommitmentLoader` read every holder-less affirmed
-- achievement with its sentence and matched it against every party's pledges
-- at each call, for one party as for all. At a million statements (75,611
-- such outcomes, 83,735 affirmed pledges; release 3f4c57b, load average 1.5)
-- `commitments` of one party took 2.18 s and the workbench's party page a
-- median of 3.6 s, nearly all of it in that matching.
--
-- What is kept:
-- * `outcome_attribution`: each attributed outcome, the party it is given to
--   (several for one pledge statement of several holders, "both leaders
--   agreed"), its action read with its sentence's subject and normalised as
--   linking compares it, and the rule that gave it (one today; the reason
--   shown under the commitment is `UnattributedOutcomes.reason`).
-- * `outcome_attribution_group`: the action group of every affirmed pledge
--   with a holder and the groups of every holder-less outcome (affirmed or
--   denied) that can be given. An outcome is only ever compared with the
--   pledges of its groups (its own; the opposite ones for a thing still
--   undone, "still closed"), so a
--   change is redone for the groups it touches (old and new), not for the
--   whole store: at a million statements there are 31 groups over 125,772
--   pledges and outcomes, the largest ("meet") 18,095 of them, 14%.
-- * `outcome_attribution_dirty`: the statements changed since the last
--   attribution, written by the triggers below inside the same transaction
--   as the change, whoever makes it (ingest, import, reanalyze, correct,
--   add-statement, split, join, actors merge and any later command).
-- * `outcome_attribution_state`: the analyzer version and WordNet the
--   attribution was made with (NULL: never made). Another version (bundled
--   data changed, or `AnalyzerVersion.release` bumped for a change of rule
--   code) or another WordNet makes it all again.
--
-- The store brings the attribution up to date at the end of each write
-- transaction (an ingest run once at its end) and at a writable open (an
-- existing database is filled there, once: not in this migration, which SQL
-- alone cannot do). A reader that finds dirty rows or another version (a
-- read-only database, a run interrupted) works the attribution out in memory
-- instead, as before: slower, never wrong.

CREATE TABLE outcome_attribution (
    statement_id      INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    actor_id          INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    action            TEXT    NOT NULL,
    normalized_action TEXT    NOT NULL,
    rule              TEXT    NOT NULL CHECK (rule = 'outcome.only-matching-pledge'),
    -- 1: it states the thing still undone ("the crossing was still closed"),
    -- evidence against the pledge of the opposite action, never a fulfilment.
    still_holds       INTEGER NOT NULL DEFAULT 0 CHECK (still_holds IN (0, 1)),
    PRIMARY KEY (actor_id, statement_id)
) WITHOUT ROWID;
CREATE INDEX outcome_attribution_by_statement ON outcome_attribution(statement_id);

-- One row per statement and group it is compared in: a pledge's group; an
-- outcome's own group, or, when it states a thing still undone, each group
-- opposite its own ("still closed" bears on pledges to reopen).
CREATE TABLE outcome_attribution_group (
    statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    action_group TEXT    NOT NULL,
    PRIMARY KEY (statement_id, action_group)
) WITHOUT ROWID;
CREATE INDEX outcome_attribution_group_by_group ON outcome_attribution_group(action_group);

-- No foreign key: a deleted statement's id must stay to find its old group.
CREATE TABLE outcome_attribution_dirty (
    statement_id INTEGER PRIMARY KEY
);

CREATE TABLE outcome_attribution_state (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    version           TEXT,
    candidates_filled INTEGER NOT NULL DEFAULT 0 CHECK (candidates_filled IN (0, 1))
);
INSERT INTO outcome_attribution_state (id, version) VALUES (1, NULL);

-- What attribution reads of a statement: its kind, polarity, rejection, action,
-- date, time, topics, document and sentence, and its holders.
CREATE TRIGGER outcome_attribution_statement_insert AFTER INSERT ON statement
WHEN NEW.kind = 'commitment' OR NEW.kind = 'achievement'
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (NEW.id);
END;

CREATE TRIGGER outcome_attribution_statement_delete AFTER DELETE ON statement
WHEN OLD.kind = 'commitment' OR OLD.kind = 'achievement'
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (OLD.id);
END;

CREATE TRIGGER outcome_attribution_statement_update
AFTER UPDATE OF kind, polarity, action, normalized_action, reported_on, linking_time, topic_keys, document_id,
    sentence_id ON statement
WHEN OLD.kind = 'commitment' OR OLD.kind = 'achievement' OR NEW.kind = 'commitment' OR NEW.kind = 'achievement'
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (OLD.id);
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (NEW.id);
END;

-- Of the review, only a rejection (or its undoing) changes what is attributed:
-- a confirmation, the commonest correction, changes nothing to redo.
CREATE TRIGGER outcome_attribution_statement_rejected AFTER UPDATE OF review ON statement
WHEN (OLD.kind = 'commitment' OR OLD.kind = 'achievement')
    AND (OLD.review = 'rejected') IS NOT (NEW.review = 'rejected')
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (NEW.id);
END;

CREATE TRIGGER outcome_attribution_holder_insert AFTER INSERT ON statement_actor
WHEN NEW.role = 'holder'
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (NEW.statement_id);
END;

CREATE TRIGGER outcome_attribution_holder_delete AFTER DELETE ON statement_actor
WHEN OLD.role = 'holder'
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (OLD.statement_id);
END;

CREATE TRIGGER outcome_attribution_holder_update AFTER UPDATE ON statement_actor
WHEN OLD.role = 'holder' OR NEW.role = 'holder'
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (OLD.statement_id);
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id) VALUES (NEW.statement_id);
END;

-- The sentence's words are the outcome's subject.
CREATE TRIGGER outcome_attribution_sentence_update AFTER UPDATE OF text ON sentence
BEGIN
    INSERT OR IGNORE INTO outcome_attribution_dirty (statement_id)
        SELECT id FROM statement WHERE sentence_id = NEW.id AND kind = 'achievement';
END;

-- The candidates of each commitment with no holder (the actors a person may
-- attribute it to: those of its sentence, else of the nearest of the three
-- before that names any; `tracker commitments PARTY`, the party page), for
-- the same reason: a party's page worked out the candidates of every
-- holder-less commitment of the store (22,880 at a million statements, up to
-- four queries each) to keep the few that name the party. Kept as stored
-- actor ids, in the order listed; merges are followed when read. A change to
-- a sentence's actors or statements marks the sentence; the commitments of
-- it and of the three sentences after it are worked out again.
CREATE TABLE commitment_candidate (
    statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    rank         INTEGER NOT NULL,
    actor_id     INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, rank)
) WITHOUT ROWID;
CREATE INDEX commitment_candidate_by_actor ON commitment_candidate(actor_id, statement_id);

-- No foreign key: a deleted sentence's id is simply skipped.
CREATE TABLE commitment_candidate_dirty (
    sentence_id INTEGER PRIMARY KEY
);

CREATE TRIGGER commitment_candidate_actor_insert AFTER INSERT ON statement_actor
BEGIN
    INSERT OR IGNORE INTO commitment_candidate_dirty (sentence_id)
        SELECT sentence_id FROM statement WHERE id = NEW.statement_id;
END;

CREATE TRIGGER commitment_candidate_actor_delete AFTER DELETE ON statement_actor
BEGIN
    INSERT OR IGNORE INTO commitment_candidate_dirty (sentence_id)
        SELECT sentence_id FROM statement WHERE id = OLD.statement_id;
END;

CREATE TRIGGER commitment_candidate_actor_update AFTER UPDATE ON statement_actor
BEGIN
    INSERT OR IGNORE INTO commitment_candidate_dirty (sentence_id)
        SELECT sentence_id FROM statement WHERE id IN (OLD.statement_id, NEW.statement_id);
END;

CREATE TRIGGER commitment_candidate_statement_insert AFTER INSERT ON statement
WHEN NEW.kind = 'commitment'
BEGIN
    INSERT OR IGNORE INTO commitment_candidate_dirty (sentence_id) VALUES (NEW.sentence_id);
END;

CREATE TRIGGER commitment_candidate_statement_delete AFTER DELETE ON statement
BEGIN
    INSERT OR IGNORE INTO commitment_candidate_dirty (sentence_id) VALUES (OLD.sentence_id);
END;

CREATE TRIGGER commitment_candidate_statement_update AFTER UPDATE OF kind, sentence_id ON statement
BEGIN
    INSERT OR IGNORE INTO commitment_candidate_dirty (sentence_id) VALUES (OLD.sentence_id);
    INSERT OR IGNORE INTO commitment_candidate_dirty (sentence_id) VALUES (NEW.sentence_id);
END;
