import Foundation
import Hummingbird
import TrackerAnalysis
import TrackerReports
import TrackerStore

/// A request the handlers refuse, with the status it gets.
enum PageError: Error {
    case notFound(String)
    case badRequest(String)
}

/// The handlers' work: read through the store's public API, render a page,
/// apply a correction. Errors become one-line error pages, never a crash.
struct WorkbenchPages: Sendable {
    let store: TrackerDatabase
    /// How many commitments without a holder a party page lists unless asked for all (nil: all, as the site does).
    var unattributedShown: Int? = nil
    /// At most this many names and aliases offered for what was typed in the holder picker.
    static let completionLimit = 12

    func respond(_ work: () throws -> Response) -> Response {
        do {
            return try work()
        } catch PageError.notFound(let message) {
            return ErrorPage.response(.notFound, message)
        } catch PageError.badRequest(let message) {
            return ErrorPage.response(.badRequest, message)
        } catch let error as StatementConflict {
            do {
                return try conflict(error)
            } catch let readError {
                // The current value could not be read: the conflict is still refused, said without it.
                return ErrorPage.response(.conflict, "\(error.description) (current value unreadable: \(readError))")
            }
        } catch StoreError.notFound(let message) {
            return ErrorPage.response(.notFound, message)
        } catch let error as any ReportableError {
            return ErrorPage.response(.internalServerError, error.description)
        } catch {
            return ErrorPage.response(.internalServerError, "\(error)")
        }
    }

    func asOf(_ request: Request) throws -> CalendarDate {
        if let given = request.uri.queryParameters["as_of"] {
            guard let day = CalendarDate(iso: given) else { throw PageError.badRequest("as_of: a date is YYYY-MM-DD") }
            return day
        }
        // Today in UTC only when nothing stored has a date, as the CLI's --as-of default.
        return try store.latestDocumentDate() ?? CalendarDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }

    func documents(search: String?, viewer: Viewer) throws -> HTML {
        let search = search?.trimmingCharacters(in: .whitespaces).isEmpty == false ? search : nil
        var documents = try store.documents()
        if let search {
            let matching = Set(try store.documentIDs(matchingText: search))
            documents.removeAll { !matching.contains($0.id) }
        }
        let page = DocumentsPage(documents: documents, progress: try store.documentReviewProgress(), search: search)
        return page.render(viewer: viewer)
    }

    func document(_ id: Int64, viewer: Viewer) throws -> HTML {
        let document = try store.cleanedDocument(id)
        var sentences: [ExportedSentence] = []
        try store.exportSentences(documents: [id], withoutStatements: true) { sentences.append($0) }
        let statements = sentences.flatMap(\.statements)
        let names = statements.flatMap { $0.holders.map(\.actor) + $0.targets.map(\.actor) + ($0.source.map { [$0.actor] } ?? []) }
        let page = DocumentPage(
            id: id, title: document.metadata.title ?? sentences.first?.document.path ?? "Document \(id)",
            published: document.metadata.date?.iso, source: document.metadata.source, sentences: sentences,
            actorNames: Array(Set(names)).sorted())
        return page.render(viewer: viewer)
    }

    /// A party's page; its commitments without a holder cut to ``unattributedShown`` unless `all`.
    func party(_ name: String, asOf: CalendarDate, viewer: Viewer, all: Bool = false) throws -> HTML {
        // The page shows no counts: read without them (``TrackerDatabase/actor(named:counting:)``).
        guard let actor = try store.actor(named: name, counting: false) else {
            throw PageError.notFound("No party named “\(name)”.")
        }
        let (commitments, non) = try store.commitments(of: actor.name, asOf: asOf, quotedOnly: true)
        let unattributed = try store.unattributedCommitments(candidate: actor.name, until: asOf)
        let shown = all ? unattributed : Array(unattributed.prefix(unattributedShown ?? unattributed.count))
        let versions = try store.statementVersions(shown.map(\.id))
        let page = PartyPage(
            actor: actor, asOf: asOf, commitments: commitments, nonCommitments: non,
            unattributed: shown, unattributedTotal: unattributed.count, versions: versions)
        return page.render(viewer: viewer)
    }

    func topics(viewer: Viewer) throws -> HTML {
        let topics = try store.topicKeys().map { (key: $0, label: TopicList.standard.label(of: $0) ?? $0) }
        return TopicsPage(topics: topics).render(viewer: viewer)
    }

    func topic(_ key: String, asOf: CalendarDate, viewer: Viewer) throws -> HTML {
        guard try store.topicKeys().contains(key) else { throw PageError.notFound("No statement is on a topic “\(key)”.") }
        do {
            return TopicPage(content: try TopicContent(topic: key, asOf: asOf, store: store)).render(viewer: viewer)
        } catch let error as ReportError {
            // The topic has statements, none of them dated by the day asked for.
            throw PageError.notFound(error.description)
        }
    }

    func since(_ request: Request) throws -> CalendarDate? {
        guard let given = request.uri.queryParameters["since"], !given.isEmpty else { return nil }
        guard let day = CalendarDate(iso: String(given)) else { throw PageError.badRequest("since: a date is YYYY-MM-DD") }
        return day
    }

    func status(asOf: CalendarDate, since: CalendarDate?, viewer: Viewer) throws -> HTML {
        let parties = try store.committingParties()
        var sections: [StatusPage.Section] = []
        for (party, (commitments, non)) in zip(parties, try store.commitments(ofEach: parties, asOf: asOf, quotedOnly: true)) {
            // As the status report does: each commitment under its own holder's party only.
            func owned(_ item: TrackedCommitment) -> Bool { item.holder == party || !parties.contains(item.holder) }
            let section = StatusPage.Section(party: party, commitments: commitments.filter(owned), nonCommitments: non.filter(owned))
            if !section.commitments.isEmpty || !section.nonCommitments.isEmpty { sections.append(section) }
        }
        let changes = try since.map { try ChangeSummary(since: $0, asOf: asOf).changes(store, parties: parties) }
        let page = StatusPage(asOf: asOf, counts: try store.counts(), sections: sections, changes: changes)
        return page.render(viewer: viewer)
    }

    /// Applies a confirm, reject or change from a statement's forms, if the
    /// version sent is still the stored one; then back to the statement.
    func correct(_ id: Int64, form: [String: String], author: String?) throws -> Response {
        guard let documentID = try store.documentID(ofStatement: id) else { throw PageError.notFound("No statement \(id).") }
        guard let author else {
            throw PageError.badRequest("Give your name first (the form at the top of the page): every change records who made it.")
        }
        guard let version = form["version"].flatMap(Int.init) else {
            throw PageError.badRequest("The form has no statement version; reload the page.")
        }
        var correction = StatementCorrection(note: form["note"].flatMap { $0.isEmpty ? nil : $0 }, author: author)
        switch form["change"] {
        case "confirm": correction.confirm = true
        case "reject": correction.delete = true
        case "set":
            func value<T: RawRepresentable>(_ field: String, _: T.Type) throws -> T? where T.RawValue == String {
                guard let text = form[field], !text.isEmpty else { return nil }
                guard let value = T(rawValue: text) else { throw PageError.badRequest("\(field): no such value “\(text)”.") }
                return value
            }
            correction.kind = try value("kind", StatementKind.self)
            correction.polarity = try value("polarity", Polarity.self)
            correction.certainty = try value("certainty", Certainty.self)
            if let holder = form["holder"]?.trimmingCharacters(in: .whitespaces), !holder.isEmpty { correction.holders = [holder] }
        default:
            throw PageError.badRequest("Say what to do: confirm, reject or set.")
        }
        do {
            try store.correct(statement: id, correction, expectedVersion: version)
        } catch StoreError.notFound(let message) {
            // The statement exists (checked above): what is missing is an actor the person typed.
            throw PageError.badRequest(message)
        }
        // Back where the form was (a party page attributing a commitment), else to the statement.
        let back = form["return"].map { Workbench.localPath($0) } ?? "/documents/\(documentID)#st-\(id)"
        return Response(status: .seeOther, headers: [.location: back])
    }

    /// The names and aliases starting with (then containing) what was typed, as JSON for the holder picker.
    func completions(_ typed: String) throws -> Response {
        let found = try store.completeActorName(typed, limit: Self.completionLimit)
        let body = try JSONEncoder().encode(found)
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// Adds a statement to a sentence from the form that selecting its words opens,
    /// as `tracker add-statement` does; then back to the new statement.
    func addStatement(toSentence id: Int64, form: [String: String], author: String?) throws -> Response {
        guard let author else {
            throw PageError.badRequest("Give your name first (the form at the top of the page): every change records who made it.")
        }
        guard let kind = form["kind"].flatMap(StatementKind.init(rawValue:)) else {
            throw PageError.badRequest("kind: one of \(StatementKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        func field(_ name: String) -> String? {
            guard let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        let addition = StatementAddition(
            kind: kind, action: field("action"), holders: field("holder").map { [$0] } ?? [],
            note: field("note"), author: author)
        let statement: Int64
        do {
            statement = try store.addStatement(toSentence: id, addition)
        } catch StoreError.notFound(let message) where message.hasPrefix("no actor") {
            throw PageError.badRequest(message)
        }
        guard let documentID = try store.documentID(ofStatement: statement) else { throw PageError.notFound("No statement \(statement).") }
        return Response(status: .seeOther, headers: [.location: "/documents/\(documentID)#st-\(statement)"])
    }

    /// Accepts a possible outcome as a link to a commitment (`tracker link`), then back to the page it came from.
    func link(form: [String: String], author: String?) throws -> Response {
        guard let author else {
            throw PageError.badRequest("Give your name first (the form at the top of the page): every change records who made it.")
        }
        guard let commitment = form["commitment"].flatMap(Int64.init), let outcome = form["outcome"].flatMap(Int64.init) else {
            throw PageError.badRequest("The form names no commitment and outcome; reload the page.")
        }
        guard let relation = form["relation"].flatMap(OutcomeRelation.init(rawValue:)) else {
            throw PageError.badRequest("relation: fulfils, contradicts or progresses.")
        }
        do {
            try store.link(
                commitment: commitment, outcome: outcome, relation: relation, note: form["note"].flatMap { $0.isEmpty ? nil : $0 },
                author: author)
        } catch let error as StoreError {
            // A statement that is gone or of the wrong kind is the form's fault; anything else is the server's.
            switch error {
            case .notFound, .wrongKind: throw PageError.badRequest(error.description)
            default: throw error
            }
        }
        return Response(status: .seeOther, headers: [.location: Workbench.localPath(form["return"])])
    }

    /// 409: someone changed the statement since the page was loaded; show what it is now.
    func conflict(_ conflict: StatementConflict) throws -> Response {
        var current: HTML = ""
        if let documentID = try store.documentID(ofStatement: conflict.statementID) {
            var found: ExportedStatement?
            try store.exportSentences(documents: [documentID], withoutStatements: true) { sentence in
                if let match = sentence.statements.first(where: { $0.id == conflict.statementID }) { found = match }
            }
            if let found {
                let last = found.corrections.last
                current = """
                    <p>Now: <strong>\(found.kind.rawValue)</strong>, \(found.polarity.rawValue), \(found.certainty.rawValue), \
                    holder \(found.holders.map(\.actor).joined(separator: ", ").isEmpty ? "none" : found.holders.map(\.actor).joined(separator: ", ")), \
                    review \(found.review.rawValue), version \(found.version)\
                    \(last.map { " (last change: \($0.field) by \($0.author) at \($0.createdAt))" } ?? "").</p>
                    <p><a href="/documents/\(documentID)#st-\(conflict.statementID)">Back to the statement</a></p>
                    """
            }
        }
        return ErrorPage.response(.conflict, conflict.description, extra: current)
    }
}
