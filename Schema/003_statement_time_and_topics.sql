-- 003_statement_time_and_topics: what linking reads of a statement's time and
-- topics, on the statement row itself.
--
-- Tracking reads hundreds to hundreds of thousands of statements at a time,
-- and for each it looked up the time (time_expression) and the topics
-- (statement_topic) in two correlated subqueries: two B-tree descents a row,
-- about a third of the reading. The statement now carries both, as linking
-- reads them:
--
-- - linking_time: the time's role, then a space and its value when it has one
--   ('deadline 2019-02-28', 'occurred'); NULL without a time. (A statement has
--   at most one time; were there several, the first by role and value.)
-- - topic_keys: its topic keys in key order, joined by commas
--   ('nuclear,trade'); NULL without topics.
--
-- time_expression and statement_topic stay the record (evidence offsets, the
-- topic filter of queries); the columns must stay equal to them.

ALTER TABLE statement ADD COLUMN linking_time TEXT;
ALTER TABLE statement ADD COLUMN topic_keys TEXT;

UPDATE statement SET
    linking_time = (SELECT CASE WHEN t.value IS NULL THEN t.role ELSE t.role || ' ' || t.value END
                      FROM time_expression t WHERE t.statement_id = statement.id
                     ORDER BY t.role, t.value LIMIT 1),
    topic_keys = (SELECT group_concat(topic_key) FROM
                     (SELECT st.topic_key FROM statement_topic st WHERE st.statement_id = statement.id
                       ORDER BY st.topic_key))
WHERE id IN (SELECT statement_id FROM time_expression UNION SELECT statement_id FROM statement_topic);

-- A time or topic changed or removed: the triggers recompute the column of
-- the statement the row belongs to (the old and the new one, for an update
-- that moves a row). A time or topic inserted: its writer sets the column,
-- since every writer inserts them with their (new) statement, from the same
-- values (ingest, reanalysis, added and imported statements). Insert triggers
-- would look the statement up for every time and topic row ingested: 2.6%
-- more instructions for an ingest (callgrind, 1,000 documents), where the
-- writers setting the columns cost 0.7%.
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
