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
            (default today): kept, in progress, partly kept, broken, overdue, pending or disputed, \
            with the deadline and the evidence. A pledge reported several times is listed once with \
            every report.

            Examples:
              tracker commitments "North Korea" --as-of 2019-01-19
              tracker commitments Peru --status overdue --format json
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The party.") var actor: String
    @Option(help: "Only commitments with this status.") var status: CommitmentStatus?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Statuses as of this day (YYYY-MM-DD).", valueName: "DATE"))
    var asOf: CalendarDate?
    @Option(help: "table, json, csv or markdown.") var format: ListFormat = .table

    func run() throws {
        let day = asOf ?? CalendarDate.today
        let store = try database.openForReading()
        // A table shows one quote per commitment; JSON carries every report's.
        var (commitments, nonCommitments) = try store.commitments(of: actor, asOf: day, quotedOnly: format != .json)
        if let status { commitments = commitments.filter { $0.status == status } }
        var out = StandardOutput()
        if format == .json {
            struct Listing: Encodable {
                var actor: String
                var asOf: String
                var commitments: [TrackedCommitment]
                var nonCommitments: [TrackedCommitment]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            out.write(String(decoding: try encoder.encode(Listing(actor: actor, asOf: day.iso, commitments: commitments,
                                                                  nonCommitments: nonCommitments)), as: UTF8.self) + "\n")
            out.flush()
            return
        }
        let columns = ["status", "holder", "commitment", "deadline", "first reported", "reports", "outcomes", "evidence"]
        func rows(_ items: [TrackedCommitment]) -> [[ListTable.Cell]] {
            items.map { item in
                let outcomes = item.outcomes.map { "\($0.relation.rawValue): \($0.action ?? "?") (\($0.evidence.date ?? "?"))" }
                    + (item.reversal.map { ["reversed (\($0.date ?? "?"))"] } ?? [])
                return [.text(item.polarity == .negated ? "no commitment" : item.status.rawValue), .text(item.holder),
                        .text(item.action), .text(item.deadline), .text(item.reports.first?.date),
                        .int(item.reports.count), .text(outcomes.joined(separator: "; ")),
                        .text(item.reports.first.map { "\"\($0.sentence)\"" + ($0.source.map { " (\($0))" } ?? "") })]
            }
        }
        if format == .table || format == .markdown {
            out.write(format == .markdown ? "## Commitments of \(actor) as of \(day.iso)\n\n" : "Commitments of \(actor) as of \(day.iso)\n")
        }
        out.write(ListTable(columns: columns, rows: rows(commitments)).rendered(as: format))
        if !nonCommitments.isEmpty, status == nil {
            out.write(format == .markdown ? "\n## Explicitly not committed to\n\n" : (format == .csv ? "" : "\nExplicitly not committed to\n"))
            out.write(ListTable(columns: columns, rows: rows(nonCommitments)).rendered(as: format))
        }
        out.flush()
    }
}

extension CalendarDate {
    /// Today in UTC, for `--as-of` defaults (the only place the clock is read).
    static var today: CalendarDate {
        CalendarDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }
}
