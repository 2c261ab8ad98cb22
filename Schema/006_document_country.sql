-- The country a document is about or from, as a user sets it
-- (`tracker documents set ID --country C`, or the `country` column of an
-- ingest's --metadata sheet). Free text, as written; NULL when unknown.
ALTER TABLE document ADD COLUMN country TEXT;
