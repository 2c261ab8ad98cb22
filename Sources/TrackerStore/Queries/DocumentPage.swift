import GRDB
public import TrackerAnalysis

/// One page of a stored document's sentences with their statements, and
/// the whole document's counts: what `report document` shows, read a page
/// at a time so that a very large document's report needs the memory of a
/// page, not of the document (issue 12, point 6).
public struct DocumentPage: Sendable {
    /// The document's title, date, source, URL, language and country.
    public var metadata: DocumentMetadata
    /// Sentences in the whole document.
    public var sentenceCount: Int
    /// Statements in the whole document.
    public var statementCount: Int
    /// The positions (from 0) of the sentences on this page.
    public var positions: Range<Int>
    /// The page's sentences, in order.
    public var sentences: [ExportedSentence]
}

extension TrackerDatabase {
    /// The sentences of document `id` at `positions` (all when nil), with the document's metadata and counts.
    ///
    /// - Throws: ``StoreError/notFound(_:)`` for an unknown document.
    public func documentPage(_ id: Int64, positions: Range<Int>? = nil) throws -> DocumentPage {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT title, published, source, url, language, country,
                               (SELECT count(*) FROM sentence WHERE document_id = document.id) AS sentences,
                               (SELECT count(*) FROM statement WHERE document_id = document.id) AS statements
                        FROM document WHERE id = ?
                        """, arguments: [id])
            else {
                throw StoreError.notFound("no document \(id); see 'tracker documents'")
            }
            let metadata = DocumentMetadata(
                title: row["title"], date: (row["published"] as String?).flatMap { CalendarDate(iso: $0) },
                source: row["source"], url: row["url"], language: row["language"],
                country: row["country"])
            let count: Int = row["sentences"]
            let range = positions.map { $0.clamped(to: 0..<max(count, $0.lowerBound)) } ?? 0..<count
            let sentences = range.isEmpty ? [] : try Self.exportedSentences(document: id, positions: positions == nil ? nil : range, db)
            return DocumentPage(
                metadata: metadata, sentenceCount: count, statementCount: row["statements"], positions: range,
                sentences: sentences)
        }
    }
}
