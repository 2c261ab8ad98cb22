public import TrackerStore

/// One annotated article for an annotator: each sentence with its
/// statements (kind, polarity, certainty, roles, time, review) and its cue
/// words in bold, with the ids that `tracker correct` and `add-statement` take.
public struct DocumentReport: Sendable {
    /// A document id, or the path it was ingested from.
    public var document: String
    /// The layout the values are rendered through.
    public var template: ReportTemplate
    /// The page to show, from 1; nil: the whole document when it has at most
    /// `limit` sentences, else its first page.
    public var page: Int?
    /// Sentences on a page.
    public var limit: Int

    /// 5,000 sentences (about 100,000 words, a report of some 2 MB): a page
    /// a person can read through, read and rendered in a few MB, whatever
    /// the document's size.
    public static let defaultLimit = 5_000

    /// A report on `document` (an id or a path), or on one page of it.
    public init(document: String, template: ReportTemplate = .bundled(.document), page: Int? = nil, limit: Int = defaultLimit) {
        self.document = document
        self.template = template
        self.page = page
        self.limit = max(1, limit)
    }

    /// The report's Markdown; throws when the document is unknown or the template fails.
    public func render(_ store: TrackerDatabase) throws -> String {
        guard let id = try store.documentID(matching: document) else {
            throw ReportError("no document '\(document)' (an id or a path as ingested); see 'tracker documents'")
        }
        let wanted = page ?? 1
        guard wanted >= 1 else { throw ReportError("--page counts from 1") }
        let start = (wanted - 1).multipliedReportingOverflow(by: limit)
        guard !start.overflow, start.partialValue <= Int.max - limit else { throw ReportError("no page \(wanted) of document \(id)") }
        let found = try store.documentPage(id, positions: start.partialValue..<(start.partialValue + limit))
        let pages = max(1, (found.sentenceCount + limit - 1) / limit)
        guard wanted <= pages else {
            throw ReportError("document \(id) has \(pages) page\(pages == 1 ? "" : "s") of \(limit) sentences; there is no page \(wanted)")
        }
        let sentences = found.sentences
        let info = found.metadata
        let path = sentences.first?.document.path
        // A page line only when the document does not fit on one page (the report of a normal document is unchanged).
        let pageLine: Any =
            pages == 1
            ? false
            : [
                "page": wanted, "pages": pages, "first": found.positions.lowerBound + 1, "last": found.positions.upperBound,
                "next": wanted < pages ? wanted + 1 : false,
            ] as [String: Any]
        let context: [String: Any] = [
            "title": info.title ?? "Document \(id)", "document_id": id, "published": info.date?.iso ?? false,
            "publisher": info.source ?? false, "path": path ?? false, "sentence_count": found.sentenceCount,
            "statement_count": found.statementCount, "page": pageLine,
            "sentences": sentences.enumerated().map { number, sentence -> [String: Any] in
                [
                    "number": found.positions.lowerBound + number + 1, "sentence_id": sentence.sentence.id, "marked": Self.marked(sentence),
                    "statements": sentence.statements.map { statement -> [String: Any] in
                        [
                            "kind": statement.kind.rawValue, "polarity": statement.polarity.rawValue,
                            "certainty": statement.certainty.rawValue, "statement_id": statement.id,
                            "reviewed": statement.review.isReviewed ? statement.review.rawValue : false,
                            "holders": statement.holders.isEmpty ? false : statement.holders.map(\.actor).joined(separator: ", "),
                            "speaker": statement.source?.actor ?? false,
                            "targets": statement.targets.isEmpty ? false : statement.targets.map(\.actor).joined(separator: ", "),
                            "action": statement.action ?? false,
                            "time": statement.time.map { "\($0.text) (\($0.role) \($0.value?.iso ?? "?"))" } ?? false,
                            "cues": statement.cues.isEmpty
                                ? false : statement.cues.map { "\($0.text) [\($0.kind)]" }.joined(separator: ", "),
                        ]
                    },
                ]
            },
        ]
        return template.render(context)
    }

    /// The sentence in runs of plain and bold text (its statements' cue
    /// words are bold), each run `{"text", "bold"}`; the template escapes the
    /// text and adds the bold marks, so no sentence text is ever left unescaped.
    static func marked(_ sentence: ExportedSentence) -> [[String: Any]] {
        let scalars = Array(sentence.text.unicodeScalars)
        var bold = [Bool](repeating: false, count: scalars.count)
        for cue in sentence.statements.flatMap(\.cues) {
            let start = cue.start - sentence.sentence.start, end = cue.end - sentence.sentence.start
            guard start >= 0, start < end, end <= scalars.count else { continue }
            for index in start..<end { bold[index] = true }
        }
        var runs: [[String: Any]] = []
        var run = String.UnicodeScalarView()
        var inBold = false
        for (index, scalar) in scalars.enumerated() {
            // Bold must not start or end on a space: close before it, reopen after.
            let wanted = bold[index] && !scalar.properties.isWhitespace
            if wanted != inBold {
                if !run.isEmpty { runs.append(["text": String(run), "bold": inBold]) }
                run = String.UnicodeScalarView()
                inBold = wanted
            }
            run.append(scalar)
        }
        if !run.isEmpty { runs.append(["text": String(run), "bold": inBold]) }
        return runs
    }
}
