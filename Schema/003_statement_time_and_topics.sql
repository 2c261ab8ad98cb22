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
-- topic filter of queries); the columns are kept equal to them by the triggers
-- below, whoever writes.

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

-- Each trigger recomputes the column of the statement a row belongs to (the
-- old and the new one, for an update that moves a row). On an insert it does
-- so only when the column lacks the new row's time or topic key: a writer that set
-- the columns with the statement (ingest, added statements) costs a lookup a
-- row, not a rewrite of the statement.
CREATE TRIGGER statement_linking_time_insert AFTER INSERT ON time_expression BEGIN
    UPDATE statement SET linking_time = (
        SELECT CASE WHEN t.value IS NULL THEN t.role ELSE t.role || ' ' || t.value END
          FROM time_expression t WHERE t.statement_id = new.statement_id ORDER BY t.role, t.value LIMIT 1)
    WHERE id = new.statement_id
      AND linking_time IS NOT (CASE WHEN new.value IS NULL THEN new.role ELSE new.role || ' ' || new.value END);
END;
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

CREATE TRIGGER statement_topic_keys_insert AFTER INSERT ON statement_topic BEGIN
    UPDATE statement SET topic_keys = (
        SELECT group_concat(topic_key) FROM
            (SELECT st.topic_key FROM statement_topic st WHERE st.statement_id = new.statement_id ORDER BY st.topic_key))
    WHERE id = new.statement_id
      AND (topic_keys IS NULL OR instr(',' || topic_keys || ',', ',' || new.topic_key || ',') = 0);
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
