import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

extension StatementKind: ExpressibleByArgument {}
extension Polarity: ExpressibleByArgument {}
extension Certainty: ExpressibleByArgument {}
extension StatementQuery.Role: ExpressibleByArgument {}

struct StatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statements",
        abstract: "Query stored statements.",
        discussion: """
            Filters combine: an actor (any alias; people and bodies affiliated to it count) in a \
            role, a kind, polarity, certainty, topic, a date range on the document's date, and \
            full-text search over the sentences. --as-of DATE (or 'today') lists what was \
            reported by that day; the default is the latest document's date, as for \
            'commitments' and 'report', and a table says which day it is.

            Examples:
              tracker statements --actor "North Korea" --kind commitment
              tracker statements --kind commitment --polarity negated --since 2019-06-01
              tracker statements --search "missile bases" --kind uncertainty --format csv
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Option(help: "An actor: name, key or alias.") var actor: String?
    @Option(help: "The actor's role: holder, source or target (default: any).") var role: StatementQuery.Role?
    @Option(help: "claim, commitment, achievement or uncertainty.") var kind: StatementKind?
    @Option(help: "affirmed or negated.") var polarity: Polarity?
    @Option(help: "certain or uncertain.") var certainty: Certainty?
    @Option(help: "A topic key (e.g. sanctions, missile-testing).") var topic: String?
    @Option(help: ArgumentHelp("Documents dated on or after this day.", valueName: "DATE")) var since: CalendarDate?
    @Option(help: ArgumentHelp("Documents dated on or before this day.", valueName: "DATE")) var until: CalendarDate?
    @Option(help: "Words to find in the sentences (full-text).") var search: String?
    @OptionGroup var asOf: AsOfOptions
    @Option(help: "table, json, csv or markdown.") var format: ListFormat = .table
    @Option(help: "At most this many.") var limit: Int = 100

    func validate() throws {
        if role != nil, actor == nil { throw ValidationError("--role needs --actor") }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        var query = StatementQuery()
        query.actor = actor
        query.role = role
        query.kind = kind
        query.polarity = polarity
        query.certainty = certainty
        query.topic = topic
        query.since = since
        query.until = until
        query.search = search
        query.limit = limit
        let store = try database.openForReading()
        let asOf = try asOf.resolve(store)
        // The default day is the latest document's: no cut (documents without a date stay listed).
        if !asOf.isDefault { query.until = min(until ?? asOf.day, asOf.day) }
        let statements = try store.statements(query)
        let table = ListTable(
            columns: [
                "id", "date", "kind", "polarity", "certainty", "holder", "source", "action", "time", "topics", "cues", "review", "sentence",
            ],
            rows: statements.map { item in
                [
                    .int(Int(item.id)), .text(item.date?.iso), .text(item.kind.rawValue), .text(item.polarity.rawValue),
                    .text(item.certainty.rawValue), .text(item.holder), .text(item.source), .text(item.action), .text(item.time?.shown),
                    .text(item.topics.joined(separator: " ")), .text(item.cues.joined(separator: "; ")), .text(item.review.rawValue),
                    .text(item.sentence),
                ]
            })
        var out = StandardOutput()
        if format == .table || format == .markdown {
            out.write(format == .markdown ? "## Statements as of \(asOf.stated)\n\n" : "Statements as of \(asOf.stated)\n")
        }
        out.write(table.rendered(as: format))
        try out.flush()
    }
}
