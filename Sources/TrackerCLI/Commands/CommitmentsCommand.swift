import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

extension CommitmentStatus: ExpressibleByArgument {}

struct CommitmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commitments",
        abstract: "What a party has committed to, what came of it, and what it has explicitly not committed to.",
        discussion: """
            ACTOR is a name, key or alias ("North Korea", "Pyongyang"); statements by people and \
            bodies affiliated to it count too. Each commitment shows its status as of --as-of \
            (default: the latest document's date, as for 'statements' and 'report'; 'today' for \
            today): kept, in progress, partly kept, broken, overdue, pending or disputed, \
            with the deadline and the evidence, the share done ("2 of 5"), every change of status \
            with its day and cause, and possible outcomes (the same object, not the same action) \
            with the `tracker link` command that accepts each. A pledge reported several times is \
            listed once with every report.

            Commitments whose holder the analyzer could not name are never dropped: under their own \
            heading, with the actors their sentence names and the 'tracker correct' command that \
            attributes them. With ACTOR, those that may be its own; with --unattributed, all of them.

            An unknown ACTOR gets the nearest known names; a known one with nothing said by or of it \
            says so.

            Examples:
              tracker commitments "North Korea" --as-of 2019-01-19
              tracker commitments Peru --status overdue --format json
              tracker commitments Peru --as-of today
              tracker commitments --unattributed
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The party.") var actor: String?
    @Flag(help: "List every commitment whose holder is unresolved, with who it may be and the command that attributes it.")
    var unattributed = false
    @Option(help: "Only commitments with this status.") var status: CommitmentStatus?
    @OptionGroup var asOf: AsOfOptions
    @Option(help: "table, json, csv or markdown.") var format: ListFormat = .table

    func validate() throws {
        if actor == nil, !unattributed { throw ValidationError("give an ACTOR, or --unattributed") }
    }

    func run() throws {
        let store = try database.openForReading()
        let asOf = try asOf.resolve(store)
        let day = asOf.day
        guard let actor else {
            try listUnattributed(try store.unattributedCommitments(until: day), title: "Unattributed commitments", store: store)
            return
        }
        let lookup = try store.lookUpActor(actor)
        guard lookup.actor != nil else {
            let near =
                lookup.suggestions.isEmpty ? "" : "; did you mean " + lookup.suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
            throw CLIError("no actor named '\(actor)'\(near) (see 'tracker actors list')")
        }
        if lookup.statements == 0 {
            Diagnostics.info("'\(actor)' is known (\(lookup.actor ?? actor)) but no stored statement names it or anyone affiliated to it")
        }
        // A table shows one quote per commitment; JSON carries every report's.
        var (commitments, nonCommitments) = try store.commitments(of: actor, asOf: day, quotedOnly: format != .json)
        if let status { commitments = commitments.filter { $0.status == status } }
        // Unattributed commitments have no status to filter on: shown only without --status.
        let maybe = status == nil ? try store.unattributedCommitments(candidate: actor, until: day) : []
        var out = StandardOutput()
        if format == .json {
            struct Listing: Encodable {
                var actor: String
                var asOf: String
                var commitments: [TrackedCommitment]
                var nonCommitments: [TrackedCommitment]
                var unattributed: [UnattributedCommitment]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            out.write(
                String(
                    decoding: try encoder.encode(
                        Listing(
                            actor: actor, asOf: day.iso, commitments: commitments,
                            nonCommitments: nonCommitments, unattributed: maybe)),
                    as: UTF8.self) + "\n")
            try out.flush()
            return
        }
        let columns = [
            "status", "holder", "commitment", "deadline", "first reported", "reports", "outcomes", "evidence",
            "progress", "history", "possible outcomes",
        ]
        func rows(_ items: [TrackedCommitment]) -> [[ListTable.Cell]] {
            items.map { item in
                var outcomes = item.outcomes.map { outcome -> String in
                    let share = outcome.progress.map { " (\($0))" } ?? ""
                    return "\(outcome.relation.rawValue)\(share): \(outcome.action ?? "?") (\(outcome.evidence.date?.iso ?? "?"))"
                }
                if let reversal = item.reversal { outcomes.append("reversed (\(reversal.date?.iso ?? "?"))") }
                if !item.undone.isEmpty {
                    outcomes.append("still not done (" + item.undone.map { $0.date?.iso ?? "?" }.joined(separator: ", ") + ")")
                }
                return [
                    .text(item.polarity == .negated ? "no commitment" : item.status.rawValue), .text(item.holder),
                    .text(item.action), .text(item.deadline?.iso), .text(item.reports.first?.date?.iso),
                    .int(item.reports.count), .text(outcomes.joined(separator: "; ")),
                    .text(item.reports.first.map { "\"\($0.sentence)\"" + ($0.source.map { " (\($0))" } ?? "") }),
                    .text(item.progress?.description),
                    .text(item.history.map { "\($0.status.rawValue) from \($0.date) (\($0.cause))" }.joined(separator: "; ")),
                    .text(
                        item.possibleOutcomes.map { possible in
                            "\(possible.action ?? "?") (\(possible.evidence.date?.iso ?? "?"), score \(possible.score)): tracker link "
                                + "\(item.reports[0].statementID) \(possible.evidence.statementID)"
                        }.joined(separator: "; ")),
                ]
            }
        }
        if format == .table || format == .markdown {
            out.write(
                format == .markdown
                    ? "## Commitments of \(MarkdownEscaping.escaped(actor)) as of \(asOf.stated)\n\n"
                    : "Commitments of \(TerminalEscaping.escaped(actor)) as of \(asOf.stated)\n")
        }
        out.write(ListTable(columns: columns, rows: rows(commitments)).rendered(as: format))
        if !nonCommitments.isEmpty, status == nil {
            out.write(
                format == .markdown ? "\n## Explicitly not committed to\n\n" : (format == .csv ? "" : "\nExplicitly not committed to\n"))
            out.write(ListTable(columns: columns, rows: rows(nonCommitments)).rendered(as: format))
        }
        try out.flush()
        if !maybe.isEmpty {
            try listUnattributed(maybe, title: "Unattributed commitments that may be \(actor)'s", store: store, heading: format != .csv)
        }
    }

    /// The commitments with no holder, each with who it may be and the command that attributes it.
    private func listUnattributed(
        _ items: [UnattributedCommitment], title: String, store: TrackerDatabase,
        heading: Bool = true
    ) throws {
        var out = StandardOutput()
        if format == .json, actor == nil {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            out.write(String(decoding: try encoder.encode(items), as: UTF8.self) + "\n")
            try out.flush()
            return
        }
        if heading, format == .table || format == .markdown {
            let lead = actor == nil ? "" : "\n"
            out.write(format == .markdown ? "\(lead)## \(title)\n\n" : "\(lead)\(title)\n")
        }
        let columns = ["id", "commitment", "deadline", "date", "may be", "sentence", "attribute with"]
        let rows: [[ListTable.Cell]] = items.map { item in
            [
                .int(Int(item.id)), .text((item.polarity == .negated ? "no commitment: " : "") + (item.action ?? "?")),
                .text(item.deadline?.value?.iso), .text(item.date?.iso), .text(item.candidates.joined(separator: ", ")),
                .text("\"\(item.sentence)\""), .text(item.correction),
            ]
        }
        out.write(ListTable(columns: columns, rows: rows).rendered(as: format))
        try out.flush()
    }
}

extension CalendarDate {
    /// Today in UTC, for `--as-of` defaults (the only place the clock is read).
    static var today: CalendarDate {
        CalendarDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }
}
