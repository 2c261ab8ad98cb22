import ArgumentParser
import TrackerAnalysis
import TrackerStore

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a stored statement: kind, polarity, certainty, roles, or reject it.",
        discussion: """
            Every change is kept in the correction history with who made it ($TRACKER_AUTHOR, \
            else $USER, or --author), when and why (--note). A corrected statement is marked \
            reviewed: reports show it so, and 'tracker reanalyze' never replaces it. Actor names \
            are any stored name or alias; give --holder several times for several holders, and \
            'none' to remove a role. Statement ids are those 'tracker statements' lists.

            Examples:
              tracker correct 41 --kind commitment --polarity negated --note "'no plan to' is a refusal"
              tracker correct 41 --holder "North Korea" --source none
              tracker correct 57 --delete --note "a headline, not a statement"
              tracker correct 12 --confirm
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The statement's id.") var statement: Int64
    @Option(help: "claim, commitment, achievement or uncertainty.") var kind: StatementKind?
    @Option(help: "affirmed or negated.") var polarity: Polarity?
    @Option(help: "certain or uncertain.") var certainty: Certainty?
    @Option(help: ArgumentHelp("Who is bound (repeatable; 'none' removes).", valueName: "ACTOR")) var holder: [String] = []
    @Option(help: ArgumentHelp("Who says it ('none' removes).", valueName: "ACTOR")) var source: String?
    @Option(help: ArgumentHelp("Whom it is about (repeatable; 'none' removes).", valueName: "ACTOR")) var target: [String] = []
    @Flag(help: "Reject the statement: kept in the database, left out of queries, tracking and reports.") var delete = false
    @Flag(help: "Mark the statement as checked and right.") var confirm = false
    @Option(help: "Why.") var note: String?
    @Option(help: "Who corrects (default: $TRACKER_AUTHOR, else $USER).") var author: String?

    func validate() throws {
        let correction = self.correction
        if correction.isEmpty {
            throw ValidationError(
                "Say what to change: --kind, --polarity, --certainty, --holder, --source, --target, --delete or --confirm.")
        }
        if delete, confirm { throw ValidationError("--delete and --confirm contradict each other.") }
    }

    var correction: StatementCorrection {
        func names(_ list: [String]) -> [String]? {
            list.isEmpty ? nil : list.contains { $0.lowercased() == "none" } ? [] : list
        }
        return StatementCorrection(
            kind: kind, polarity: polarity, certainty: certainty, holders: names(holder),
            source: source.map { $0.lowercased() == "none" ? "" : $0 }, targets: names(target),
            delete: delete, confirm: confirm, note: note, author: author ?? Author.current)
    }

    func run() throws {
        let changes = try database.openExisting().correct(statement: statement, correction)
        if changes.isEmpty {
            Diagnostics.info("statement \(statement): already so; nothing changed")
        }
        for change in changes {
            Diagnostics.info("statement \(statement): \(change.field) \(change.oldValue ?? "–") → \(change.newValue ?? "–")")
        }
    }
}
