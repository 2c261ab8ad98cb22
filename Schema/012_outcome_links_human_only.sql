-- Outcome links the rules make are computed on demand, from the statements,
-- by every command that shows a status (`commitments`, `report`, the
-- workbench); nothing read the automatic rows that ingest, import and
-- reanalysis stored, and `correct`, `link`, `split`, `join`, `actors merge`
-- and `add-statement` left them stale. The table now holds people's decisions
-- only (`tracker link` / `unlink`), which every status computation reads; the
-- trigger keeps it so whatever writes.
DELETE FROM outcome_link WHERE origin = 'automatic';

CREATE TRIGGER outcome_link_human_only BEFORE INSERT ON outcome_link
WHEN NEW.origin IS NOT 'human'
BEGIN
    SELECT RAISE(ABORT, 'outcome_link holds people''s decisions only; automatic links are computed on demand');
END;
