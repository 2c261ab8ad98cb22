import Foundation
import Testing
import TrackerAnalysis

/// Outcomes in other words than their pledge, one pair a row (the team's own
/// phrasing), linked with WordNet and without it: the tables alone still
/// read the verbs that realise an action for its object.
@Suite struct ActionVocabularyTests {
    /// WordNet as Debian installs it, read here as the store reads it (the analysis module does no I/O).
    static let installed: WordNet? = {
        var files: [String: Data] = [:]
        for file in WordNet.fileNames {
            let url = URL(fileURLWithPath: "/usr/share/wordnet").appendingPathComponent(file.name)
            guard let contents = FileManager.default.contents(atPath: url.path) else {
                if file.required { return nil } else { continue }
            }
            files[file.name] = contents
        }
        return WordNet(files: files)
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        var pledge: (action: String, normalized: String)
        var outcome: (action: String, normalized: String)
        /// The relation with WordNet, and without it.
        var withWordNet: OutcomeRelation?
        var withoutWordNet: OutcomeRelation?
        var progress: String?
        var testDescription: String { "\(pledge.action) / \(outcome.action)" }
    }

    static let cases: [Case] = [
        Case(
            pledge: ("build a bridge over the Tumbes river", "build bridge"), outcome: ("opened the bridge to traffic", "open bridge"),
            withWordNet: .fulfils, withoutWordNet: .fulfils),
        Case(
            pledge: ("build two new schools", "build schools"), outcome: ("opened a casino", "open casino"),
            withWordNet: nil, withoutWordNet: nil),
        Case(
            pledge: ("meet the opposition leader for talks", "meet talks"), outcome: ("held talks in Geneva", "hold talks"),
            withWordNet: .fulfils, withoutWordNet: .fulfils),
        Case(
            pledge: ("pull its troops out of the valley", "pull troops"),
            outcome: ("completed the withdrawal of its troops from the valley", "complete withdrawal"),
            withWordNet: .fulfils, withoutWordNet: .fulfils),
        Case(
            pledge: ("withdraw its soldiers", "withdraw soldiers"),
            outcome: ("began the withdrawal of its soldiers", "begin withdrawal"),
            withWordNet: .progresses, withoutWordNet: .progresses),
        Case(
            pledge: ("release the political prisoners", "release prisoners"), outcome: ("freed the detainees", "free detainees"),
            withWordNet: .fulfils, withoutWordNet: nil),
        Case(
            pledge: ("free the hostages", "free hostages"), outcome: ("liberated the hostages", "liberate hostages"),
            withWordNet: .fulfils, withoutWordNet: nil),
        Case(
            pledge: ("release 100 prisoners", "release prisoners"), outcome: ("released 70 of the 100 prisoners", "release prisoners"),
            withWordNet: .progresses, withoutWordNet: .progresses, progress: "70 of 100"),
        Case(
            pledge: ("complete the ring road", "complete road"), outcome: ("finished the ring road", "finish road"),
            withWordNet: .fulfils, withoutWordNet: .fulfils),
        Case(
            pledge: ("repair 300 kilometres of roads", "repair kilometres"),
            outcome: ("repaired 60 percent of the roads", "repair roads"),
            withWordNet: .progresses, withoutWordNet: .progresses, progress: "60%"),
    ]

    static func link(_ row: Case, wordNet: WordNet?) -> TrackedCommitment.Outcome? {
        let vocabulary = ActionVocabulary(wordNet: wordNet)
        let linker = CommitmentLinker(vocabulary: vocabulary, asOf: CalendarDate(year: 2026, month: 12, day: 31)!)
        let rows = [
            TrackingStatement(
                id: 1, kind: .commitment, action: row.pledge.action, normalized: row.pledge.normalized,
                holderID: 1, holder: "Peru", date: TestDates.day("2026-01-01")),
            TrackingStatement(
                id: 2, kind: .achievement, action: row.outcome.action, normalized: row.outcome.normalized,
                holderID: 1, holder: "Peru", date: TestDates.day("2026-05-01")),
        ]
        return linker.track(rows).first?.outcomes.first
    }

    @Test(.enabled(if: installed != nil, "WordNet is installed (wordnet-base)"), arguments: cases)
    func withWordNet(_ row: Case) {
        let outcome = Self.link(row, wordNet: Self.installed)
        #expect(outcome?.relation == row.withWordNet, "\(outcome?.reasons ?? [])")
        if let progress = row.progress, row.withWordNet != nil { #expect(outcome?.progress?.description == progress) }
    }

    @Test(arguments: cases) func withoutWordNet(_ row: Case) {
        let outcome = Self.link(row, wordNet: nil)
        #expect(outcome?.relation == row.withoutWordNet, "\(outcome?.reasons ?? [])")
        if let progress = row.progress, row.withoutWordNet != nil { #expect(outcome?.progress?.description == progress) }
    }

    @Test(.enabled(if: installed != nil, "WordNet is installed (wordnet-base)"))
    func wordNetReadsLemmasDerivationsAndSynonyms() throws {
        let wordNet = try #require(Self.installed)
        #expect(wordNet.lemmas(of: "withdrew", as: .verb) == ["withdraw"])
        #expect(wordNet.lemmas(of: "opened", as: .verb) == ["open"])
        #expect(wordNet.lemmas(of: "detainees", as: .noun) == ["detainee"])
        #expect(wordNet.verbs(derivedFrom: "withdrawal", senses: 1).contains("withdraw"))
        #expect(wordNet.verbs(derivedFrom: "completion", senses: 1).contains("complete"))
        #expect(wordNet.synsets(of: "liberate", as: .verb).prefix(2).contains { $0.words.contains("free") })
        // The first word and the last of the index (its licence lines come before both).
        #expect(!wordNet.synsets(of: "aah", as: .verb).isEmpty)
        #expect(wordNet.synsets(of: "zzzzz", as: .noun).isEmpty)
    }

    /// Without an index or data file, a part of speech has no words (and the tables still apply: `withoutWordNet`).
    @Test func aWordNetWithoutItsFilesKnowsNoWords() {
        let empty = WordNet(files: [:])
        #expect(empty.lemmas(of: "withdrew", as: .verb).isEmpty)
        #expect(empty.synsets(of: "prisoner", as: .noun).isEmpty)
    }

    @Test func theBundledOutcomeVerbsReadAndABadRowSaysWhere() throws {
        #expect(OutcomeVerbs.standard.group(realisedBy: "open", object: "bridge") == "build")
        #expect(OutcomeVerbs.standard.group(realisedBy: "open", object: "casino") == nil)
        #expect(OutcomeVerbs.standard.aspects["begin"] == .progresses)
        var verbs = OutcomeVerbs()
        try verbs.add("realises\tbuild\t*\terect\n", path: "mine.tsv")
        #expect(verbs.group(realisedBy: "erect", object: "anything") == "build")
        #expect(throws: RuleFileError(path: "mine.tsv", line: 2, message: "a row is 'realises' or 'aspect', not 'makes'")) {
            try verbs.add("# mine\nmakes\tbuild\t*\terect\n", path: "mine.tsv")
        }
    }
}
