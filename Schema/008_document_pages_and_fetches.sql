-- Where each page of a PDF starts in its document's cleaned text, so that every
-- sentence keeps its page: the page of a sentence is the last page starting at
-- or before the sentence's start (offsets in Unicode scalars, as sentence.start).
-- Documents not read from a PDF have no rows.
CREATE TABLE document_page (
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    page        INTEGER NOT NULL CHECK (page >= 1),
    start       INTEGER NOT NULL CHECK (start >= 0),
    PRIMARY KEY (document_id, page)
) WITHOUT ROWID;

-- What a server said about a URL the last time it was fetched (a feed polled
-- again): its validators, sent back as If-None-Match / If-Modified-Since so an
-- unchanged feed answers 304 and nothing is fetched again.
CREATE TABLE fetch_validator (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    fetched_at    TEXT NOT NULL
) WITHOUT ROWID;
