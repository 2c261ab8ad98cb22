import GRDB

/// How far people have reviewed one document's statements.
public struct DocumentReviewProgress: Sendable, Hashable {
    /// Statements stored for the document, rejected ones included.
    public var statements: Int
    /// Of them, those a person confirmed, corrected, rejected or added.
    public var reviewed: Int

    /// A progress of `reviewed` out of `statements`.
    public init(statements: Int, reviewed: Int) {
        self.statements = statements
        self.reviewed = reviewed
    }
}

extension TrackerDatabase {
    /// Every document's review progress by document id, in one pass over the statements;
    /// a document without statements has no entry.
    public func documentReviewProgress() throws -> [Int64: DocumentReviewProgress] {
        try read { db in
            var progress: [Int64: DocumentReviewProgress] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT document_id, count(*), sum(review != 'unreviewed') FROM statement GROUP BY document_id
                    """)
            while let row = try rows.next() {
                progress[row[0]] = DocumentReviewProgress(statements: row[1], reviewed: row[2])
            }
            return progress
        }
    }

    /// The ids of documents with a sentence matching `search` (the same words,
    /// phrases and prefixes as `tracker statements --search`), in id order.
    public func documentIDs(matchingText search: String) throws -> [Int64] {
        let match = SearchExpression(search).match
        guard !match.isEmpty else { return [] }
        return try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT s.document_id FROM sentence s
                    WHERE s.id IN (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?)
                    ORDER BY s.document_id
                    """, arguments: [match])
        }
    }
}
