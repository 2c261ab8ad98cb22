import ArgumentParser
import TrackerAnalysis
import TrackerStore

struct AddStatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-statement",
        abstract: "Add a statement the tagger missed to a stored sentence.",
        discussion: """
            The statement is stored as a person's ('added'), with who added it and why, and \
            'tracker reanalyze' keeps it. Sentence ids are listed by 'tracker report document ID'. \
            The action's normalised form, used to link commitments to outcomes, is derived from \
            --action as the tagger would ("halted all missile tests" → "halt test").

            Examples:
              tracker add-statement 214 --kind commitment --holder Peru --action "free the remaining detainees" \\
                  --deadline 2025-06-30 --deadline-text "by the end of June"
              tracker add-statement 90 --kind claim --source "Red Cross" --note "quote split over two lines"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The sentence's id.") var sentence: Int64
    @Option(help: "claim, commitment, achievement or uncertainty.") var kind: StatementKind
    @Option(help: "affirmed or negated.") var polarity: Polarity = .affirmed
    @Option(help: "certain or uncertain.") var certainty: Certainty = .certain
    @Option(help: "The action as written.") var action: String?
    @Option(help: ArgumentHelp("Who is bound (repeatable).", valueName: "ACTOR")) var holder: [String] = []
    @Option(help: ArgumentHelp("Who says it.", valueName: "ACTOR")) var source: String?
    @Option(help: ArgumentHelp("Whom it is about (repeatable).", valueName: "ACTOR")) var target: [String] = []
    @Option(help: ArgumentHelp("A deadline: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "DATE")) var deadline: String?
    @Option(help: ArgumentHelp("When it happened: YYYY, YYYY-MM or YYYY-MM-DD.", valueName: "DATE")) var occurred: String?
    @Option(help: ArgumentHelp("The time's words in the sentence (\"by the end of June\").", valueName: "TEXT")) var deadlineText: String?
    @Option(help: ArgumentHelp("A topic key (repeatable).", valueName: "KEY")) var topic: [String] = []
    @Option(help: "Why.") var note: String?
    @Option(help: "Who adds it (default: $TRACKER_AUTHOR, else $USER).") var author: String?

    func validate() throws {
        if deadline != nil, occurred != nil { throw ValidationError("Give --deadline or --occurred, not both.") }
        for value in [deadline, occurred].compactMap({ $0 }) where !Self.isISO(value) {
            throw ValidationError("'\(value)' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
        }
    }

    static func isISO(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        if parts.count == 3 { return CalendarDate(iso: value) != nil }
        if parts.count == 2 { return (1...12).contains(Int(parts[1]) ?? 0) && parts[1].count == 2 }
        return true
    }

    func run() throws {
        let time = try (deadline ?? occurred).map {
            AddedTime(text: deadlineText ?? $0, value: try PartialDate(iso: $0), role: deadline != nil ? .deadline : .occurred)
        }
        let addition = StatementAddition(
            kind: kind, polarity: polarity, certainty: certainty, action: action, holders: holder,
            source: source, targets: target, time: time, topics: topic, note: note,
            author: author ?? Author.current)
        let id = try database.openExisting().addStatement(toSentence: sentence, addition)
        Diagnostics.info("added statement \(id) to sentence \(sentence)")
        var out = StandardOutput()
        out.write("\(id)\n")
        try out.flush()
    }
}
