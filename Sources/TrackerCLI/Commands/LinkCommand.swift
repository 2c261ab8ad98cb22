import ArgumentParser
import TrackerAnalysis
import TrackerStore

extension OutcomeRelation: ExpressibleByArgument {}

struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Record that an outcome bears on a commitment (a human decision that wins over the rules).",
        discussion: """
            Ids are statement ids, as 'tracker statements' lists them.

            Examples:
              tracker link 12 57 --relation fulfils --note "same release, counted by the Red Cross"
              tracker link 12 80 --relation contradicts
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The commitment's statement id.") var commitment: Int64
    @Argument(help: "The outcome's (achievement's) statement id.") var outcome: Int64
    @Option(help: "fulfils, contradicts or progresses.") var relation: OutcomeRelation
    @Option(help: "Why.") var note: String?

    func run() throws {
        try database.openExisting().link(
            commitment: commitment, outcome: outcome, relation: relation, note: note,
            author: Author.current)
        Diagnostics.info("linked outcome \(outcome) to commitment \(commitment) (\(relation.rawValue))")
    }
}

struct UnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: "Record that an outcome does not bear on a commitment, whatever the rules say.",
        discussion: "Example:\n  tracker unlink 12 57 --note \"different detainees\""
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The commitment's statement id.") var commitment: Int64
    @Argument(help: "The outcome's statement id.") var outcome: Int64
    @Option(help: "Why.") var note: String?

    func run() throws {
        try database.openExisting().unlink(commitment: commitment, outcome: outcome, note: note, author: Author.current)
        Diagnostics.info("unlinked outcome \(outcome) from commitment \(commitment)")
    }
}
