import ArgumentParser
import TrackerStore

struct SplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Track a commitment report as a pledge of its own (undo a wrong merge).",
        discussion: """
            The tracker merges reports of the same pledge (same holder, action and object). When \
            it merged two different pledges, split one report out: it becomes a tracked \
            commitment of its own, with its own status. 'tracker join' does the opposite. Both are \
            a person's decisions: stored with who, when and why, and kept by 'tracker reanalyze'. \
            Ids are statement ids ('tracker commitments ACTOR --format json' lists every report's).

            Examples:
              tracker split 233 --note "the 2026 protocol's posts are not the 2025 ones"
              tracker join 311 233 --note "the same five posts"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The commitment report's statement id.") var statement: Int64
    @Option(help: "Why.") var note: String?

    func run() throws {
        let group = try database.openExisting().split(statement: statement, note: note, author: Author.current)
        Diagnostics.info("statement \(statement) is now tracked on its own (tracked commitment \(group))")
    }
}

struct JoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Track a commitment report together with another: one pledge the rules kept apart.",
        discussion: "Example:\n  tracker join 311 233 --note \"the same five posts\""
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The report to move.") var statement: Int64
    @Argument(help: "A report of the pledge it belongs to.") var other: Int64
    @Option(help: "Why.") var note: String?

    func run() throws {
        let group = try database.openExisting().join(statement: statement, with: other, note: note, author: Author.current)
        Diagnostics.info("statements \(statement) and \(other) are tracked as one pledge (tracked commitment \(group))")
    }
}
