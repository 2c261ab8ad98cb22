-- 005_search_stemming: sentence search finds a word's other forms.
--
-- `--search pledge` found nothing in a story where "pledged" appears five
-- times: the index (001) tokenised with unicode61 alone, so each inflected
-- form was its own term. The index is rebuilt with the porter stemmer in
-- front of unicode61 (the same tokenizer applies to queries): "pledge",
-- "pledged", "pledges" and "pledging" are all indexed and searched as
-- "pledg". Diacritics are still removed ("Cóndor" finds "Condor").
--
-- British and American spellings ("denuclearisation", "denuclearization")
-- stem differently (porter takes "-isation" to "-is" and "-ization" to
-- nothing). They are made equal in the query, not in the index: the store
-- searches each word as any of its spellings (SpellingVariants in
-- TrackerStore), so the index stays a plain FTS5 table over the stored text,
-- which any SQLite (the sqlite3 shell included) can read and keep up to date
-- through these triggers, with no function of the tracker's registered.
--
-- The index holds no copy of the text (external content, as before); the
-- rebuild reads every sentence once.

DROP TRIGGER sentence_fts_insert;
DROP TRIGGER sentence_fts_delete;
DROP TRIGGER sentence_fts_update;
DROP TABLE sentence_fts;

CREATE VIRTUAL TABLE sentence_fts USING fts5(
    text,
    content = 'sentence',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
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

INSERT INTO sentence_fts(sentence_fts) VALUES ('rebuild');
