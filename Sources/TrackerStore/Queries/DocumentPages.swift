import GRDB
public import TrackerAnalysis

extension TrackerDatabase {
    /// Records where each page of document `id` starts (a PDF's), replacing what was there,
    /// in one transaction.
    public func setPages(_ starts: [PDFArticle.PageStart], document id: Int64) throws {
        try writeTransaction { db in
            try db.execute(sql: "DELETE FROM document_page WHERE document_id = ?", arguments: [id])
            for start in starts {
                try db.execute(
                    sql: "INSERT INTO document_page (document_id, page, start) VALUES (?, ?, ?)",
                    arguments: [id, start.page, start.offset])
            }
        }
    }

    /// Where each page of document `id` starts; empty for a document not read from a PDF.
    public func pages(document id: Int64) throws -> [PDFArticle.PageStart] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT page, start FROM document_page WHERE document_id = ? ORDER BY start, page",
                arguments: [id]
            ).map { PDFArticle.PageStart(page: $0["page"], offset: $0["start"]) }
        }
    }

    /// The page sentence `id` starts on, when its document was read from a PDF.
    public func page(ofSentence id: Int64) throws -> Int? {
        try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT p.page FROM sentence s JOIN document_page p ON p.document_id = s.document_id AND p.start <= s.start
                    WHERE s.id = ? ORDER BY p.start DESC LIMIT 1
                    """, arguments: [id])
        }
    }

    /// The id of the document stored from `url` (a fetched page), the most recent when several were.
    public func documentID(url: String) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE url = ? ORDER BY id DESC LIMIT 1", arguments: [url])
        }
    }
}
