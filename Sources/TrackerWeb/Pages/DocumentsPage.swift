import TrackerStore

/// The list of stored documents: date, source, counts and review progress,
/// narrowed by a full-text search over their sentences.
struct DocumentsPage {
    var documents: [StoredDocument]
    var progress: [Int64: DocumentReviewProgress]
    /// The search text, if one was given.
    var search: String?

    func render(viewer: Viewer) -> HTML {
        let rows = documents.map { document -> HTML in
            let review = progress[document.id] ?? DocumentReviewProgress(statements: 0, reviewed: 0)
            let percent = review.statements == 0 ? 100 : review.reviewed * 100 / review.statements
            return """
                <tr><td>\(document.published?.iso ?? "–")</td>\
                <td><a href="\(viewer.links.document(document.id))">\(document.title ?? document.path ?? "Document \(document.id)")</a></td>\
                <td>\(document.source ?? "–")</td><td class="num">\(document.sentenceCount)</td>\
                <td class="num">\(review.statements)</td>\
                <td><progress max="100" value="\(percent)"></progress> \(review.reviewed)/\(review.statements)</td></tr>

                """
        }
        let summary: HTML =
            if let search {
                "<p>\(documents.count) document(s) with a sentence matching “\(search)”. <a href=\"/documents\">All documents</a></p>"
            } else {
                "<p>\(documents.count) document(s).</p>"
            }
        let searchForm: HTML =
            !viewer.links.isEditable
            ? ""
            : """
            <form class="search" method="get" action="/documents" role="search">
            <label>Search the sentences: <input type="search" name="q" value="\(search ?? "")"></label>
            <button type="submit">Search</button>
            </form>
            """
        let body: HTML = """
            \(searchForm)
            \(summary)
            <table class="documents">
            <thead><tr><th>date</th><th>title</th><th>source</th><th>sentences</th><th>statements</th><th>reviewed</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            """
        return PageFrame.render(title: "Documents", viewer: viewer, body: body)
    }
}
