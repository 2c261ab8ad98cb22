import TrackerAnalysis
import TrackerStore

/// One document for review: every sentence, its statements highlighted by
/// kind with their cue words marked, holder, source, targets and time as
/// chips, and the forms that confirm, reject or change a statement (each
/// carrying the statement's version, so a stale change is refused).
struct DocumentPage {
    var id: Int64
    var title: String
    var published: String?
    var source: String?
    var sentences: [ExportedSentence]
    /// Names offered by the holder picker before anything is typed: the
    /// document's own actors (typing asks the server for the rest).
    var actorNames: [String]

    func render(viewer: Viewer) -> HTML {
        let statementCount = sentences.reduce(0) { $0 + $1.statements.count }
        let body: HTML = """
            <p class="meta">\(published ?? "undated") · \(source ?? "unknown source") · \(sentences.count) sentences · \
            \(statementCount) statements\(viewer.links.isEditable ? Self.keys : "")</p>
            <datalist id="actors">\(actorNames.map { name -> HTML in "<option value=\"\(name)\">" })</datalist>
            <ol class="sentences">
            \(sentences.map { sentence(of: $0, viewer: viewer) })</ol>
            """
        return PageFrame.render(title: title, viewer: viewer, body: body)
    }

    static let keys: HTML = """
         · keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous sentence, \
        <kbd>c</kbd> confirm, <kbd>x</kbd> reject its first open statement; select words in a sentence to add a statement
        """

    private func sentence(of sentence: ExportedSentence, viewer: Viewer) -> HTML {
        let kinds = Set(sentence.statements.map(\.kind)).sorted().map { "k-\($0.rawValue)" }.joined(separator: " ")
        return """
            <li class="sentence \(kinds)" id="s-\(sentence.sentence.id)" tabindex="-1">
            <p class="text">\(Self.marked(sentence))</p>
            \(sentence.statements.map { statement(of: $0, viewer: viewer) })\(viewer.links.isEditable ? addition(to: sentence, viewer: viewer) : "")</li>

            """
    }

    private func statement(of statement: ExportedStatement, viewer: Viewer) -> HTML {
        var chips: [HTML] = [
            "<span class=\"chip kind k-\(statement.kind.rawValue)\">\(statement.kind.rawValue)</span>",
            "<span class=\"chip\">\(statement.polarity.rawValue)</span>",
            "<span class=\"chip\">\(statement.certainty.rawValue)</span>",
        ]
        chips += statement.holders.map {
            "<span class=\"chip holder\">holder: <a href=\"\(viewer.links.party($0.actor))\">\($0.actor)</a></span>"
        }
        if let source = statement.source { chips.append("<span class=\"chip source\">source: \(source.actor)</span>") }
        chips += statement.targets.map { "<span class=\"chip target\">target: \($0.actor)</span>" }
        if let time = statement.time {
            chips.append("<span class=\"chip time\">\(time.role.rawValue): \(time.text) (\(time.value?.iso ?? "?"))</span>")
        }
        chips.append("<span class=\"chip review r-\(statement.review.rawValue)\">\(statement.review.rawValue)</span>")
        let action = "/statements/\(statement.id)/correct"
        let hidden: HTML = """
            <input type="hidden" name="csrf" value="\(viewer.csrfToken)"><input type="hidden" name="version" value="\(statement.version)">
            """
        func options(_ values: [String], selected: String) -> HTML {
            HTML.joined(
                values.map { value -> HTML in
                    value == selected ? "<option selected>\(value)</option>" : "<option>\(value)</option>"
                })
        }
        let open = statement.review == .unreviewed ? " open" : ""
        guard viewer.links.isEditable else {
            return """
                <div class="statement k-\(statement.kind.rawValue)\(open)" id="st-\(statement.id)" data-statement="\(statement.id)">
                <div class="chips">\(chips) <span class="id">#\(statement.id)</span></div>
                </div>

                """
        }
        return """
            <div class="statement k-\(statement.kind.rawValue)\(open)" id="st-\(statement.id)" data-statement="\(statement.id)">
            <div class="chips">\(chips) <span class="id">#\(statement.id) v\(statement.version)</span></div>
            <div class="actions">
            <form method="post" action="\(action)" class="confirm">\(hidden)<input type="hidden" name="change" value="confirm">\
            <button type="submit">Confirm</button></form>
            <form method="post" action="\(action)" class="reject">\(hidden)<input type="hidden" name="change" value="reject">\
            <button type="submit">Reject</button></form>
            <form method="post" action="\(action)" class="edit">\(hidden)<input type="hidden" name="change" value="set">
            <select name="kind" aria-label="kind">\(options(StatementKind.allCases.map(\.rawValue), selected: statement.kind.rawValue))</select>
            <select name="polarity" aria-label="polarity">\(options(Polarity.allCases.map(\.rawValue), selected: statement.polarity.rawValue))</select>
            <select name="certainty" aria-label="certainty">\(options(Certainty.allCases.map(\.rawValue), selected: statement.certainty.rawValue))</select>
            <input name="holder" list="actors" aria-label="holder" autocomplete="off" value="\(statement.holders.first?.actor ?? "")" placeholder="holder">
            <button type="submit">Save</button></form>
            </div>
            </div>

            """
    }

    /// The form that adds a statement the tagger missed (`tracker add-statement`):
    /// the script opens it and fills in the words selected in the sentence.
    private func addition(to sentence: ExportedSentence, viewer: Viewer) -> HTML {
        let kinds = StatementKind.allCases.map { kind -> HTML in
            kind == .commitment ? "<option selected>\(kind.rawValue)</option>" : "<option>\(kind.rawValue)</option>"
        }
        return """
            <details class="add"><summary>Add a statement</summary>
            <form method="post" action="/sentences/\(sentence.sentence.id)/statements" class="add">\
            <input type="hidden" name="csrf" value="\(viewer.csrfToken)">
            <select name="kind" aria-label="kind">\(kinds)</select>
            <input name="action" aria-label="action" placeholder="the action, as written" maxlength="400">
            <input name="holder" list="actors" aria-label="holder" placeholder="holder" autocomplete="off">
            <button type="submit">Add</button></form>
            </details>
            """
    }

    /// The sentence's text with its statements' cue words in `<mark>`, every
    /// run escaped. Offsets are Unicode scalars of the document's cleaned text.
    static func marked(_ sentence: ExportedSentence) -> HTML {
        let scalars = Array(sentence.text.unicodeScalars)
        var cueKind = [String?](repeating: nil, count: scalars.count)
        for cue in sentence.statements.flatMap(\.cues) {
            let start = cue.start - sentence.sentence.start, end = cue.end - sentence.sentence.start
            guard start >= 0, start < end, end <= scalars.count else { continue }
            for index in start..<end where cueKind[index] == nil { cueKind[index] = cue.kind }
        }
        var pieces: [HTML] = []
        var run = String.UnicodeScalarView()
        var current: String?
        func flush() {
            guard !run.isEmpty else { return }
            let text = String(run)
            pieces.append(current.map { "<mark class=\"cue c-\($0)\" title=\"\($0) cue\">\(text)</mark>" } ?? "\(text)")
            run = String.UnicodeScalarView()
        }
        for (index, scalar) in scalars.enumerated() {
            let kind = scalar.properties.isWhitespace ? nil : cueKind[index]
            if kind != current {
                flush()
                current = kind
            }
            run.append(scalar)
        }
        flush()
        return HTML.joined(pieces)
    }
}
