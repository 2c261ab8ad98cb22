import Foundation
import Hummingbird
import TrackerAnalysis
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
    /// At most this many names and aliases in the holder picker.
    static let pickerLimit = 2_000

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

    func documents(search: String?, viewer: Viewer) throws -> Response {
        let search = search?.trimmingCharacters(in: .whitespaces).isEmpty == false ? search : nil
        var documents = try store.documents()
        if let search {
            let matching = Set(try store.documentIDs(matchingText: search))
            documents.removeAll { !matching.contains($0.id) }
        }
        let page = DocumentsPage(documents: documents, progress: try store.documentReviewProgress(), search: search)
        return HTMLResponse.make(page.render(viewer: viewer))
    }

    func document(_ id: Int64, viewer: Viewer) throws -> Response {
        let document = try store.cleanedDocument(id)
        var sentences: [ExportedSentence] = []
        try store.exportSentences(documents: [id], withoutStatements: true) { sentences.append($0) }
        var names: [String] = []
        for (actor, _) in try store.actors(limit: Self.pickerLimit) { names += [actor.name] + actor.aliases.filter { $0 != actor.name } }
        let page = DocumentPage(id: id, title: document.metadata.title ?? sentences.first?.document.path ?? "Document \(id)",
                                published: document.metadata.date?.iso, source: document.metadata.source, sentences: sentences,
                                actorNames: Array(Set(names)).sorted())
        return HTMLResponse.make(page.render(viewer: viewer))
    }

    func party(_ name: String, asOf: CalendarDate, viewer: Viewer) throws -> Response {
        guard let actor = try store.actor(named: name) else { throw PageError.notFound("No party named “\(name)”.") }
        let (commitments, non) = try store.commitments(of: actor.name, asOf: asOf)
        let page = PartyPage(actor: actor, asOf: asOf, commitments: commitments, nonCommitments: non)
        return HTMLResponse.make(page.render(viewer: viewer))
    }

    func status(asOf: CalendarDate, viewer: Viewer) throws -> Response {
        let parties = try store.committingParties()
        var sections: [StatusPage.Section] = []
        for (party, (commitments, non)) in zip(parties, try store.commitments(ofEach: parties, asOf: asOf, quotedOnly: true)) {
            // As the status report does: each commitment under its own holder's party only.
            func owned(_ item: TrackedCommitment) -> Bool { item.holder == party || !parties.contains(item.holder) }
            let section = StatusPage.Section(party: party, commitments: commitments.filter(owned), nonCommitments: non.filter(owned))
            if !section.commitments.isEmpty || !section.nonCommitments.isEmpty { sections.append(section) }
        }
        let page = StatusPage(asOf: asOf, counts: try store.counts(), sections: sections)
        return HTMLResponse.make(page.render(viewer: viewer))
    }

    /// Applies a confirm, reject or change from a statement's forms, if the
    /// version sent is still the stored one; then back to the statement.
    func correct(_ id: Int64, form: [String: String], author: String?) throws -> Response {
        guard let documentID = try store.documentID(ofStatement: id) else { throw PageError.notFound("No statement \(id).") }
        guard let author else { throw PageError.badRequest("Give your name first (the form at the top of the page): every change records who made it.") }
        guard let version = form["version"].flatMap(Int.init) else { throw PageError.badRequest("The form has no statement version; reload the page.") }
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
        return Response(status: .seeOther, headers: [.location: "/documents/\(documentID)#st-\(id)"])
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
                    review \(found.review), version \(found.version)\
                    \(last.map { " (last change: \($0.field) by \($0.author) at \($0.createdAt))" } ?? "").</p>
                    <p><a href="/documents/\(documentID)#st-\(conflict.statementID)">Back to the statement</a></p>
                    """
            }
        }
        return ErrorPage.response(.conflict, conflict.description, extra: current)
    }
}
