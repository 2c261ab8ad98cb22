import Testing
import TrackerAnalysis

/// Who speaks and who is bound across sentences (issue 14, point 4), on the
/// team's own sentences (`Fixtures/speaker-continuity.jsonl`): a quotation
/// opened inside a sentence goes on in the sentences after it; a pronoun or
/// a role description ("the retailer") stands for the actor the article
/// introduced; a capitalised pair that names a place, a day or a paper is no
/// person. Each row picks one sentence of its text (`at`, words it contains)
/// and checks its source, and its first commitment's or achievement's holder
/// when it names one. One table; every failure is reported at once.
@Suite struct SpeakerContinuityTests {
    struct Row: Decodable {
        var `class`: String
        var text: String
        /// Words of the sentence the row checks.
        var at: String
        /// The source of the sentence's first claim with one (else of any statement); nil: none.
        var source: String?
        /// When the row has one: the holder of the first commitment or achievement ("" for none).
        var holder: String?
        /// The rule that must have decided, when the row names one.
        var rule: String?
        /// Kinds the sentence must not carry ("achievement" for "she joked").
        var notKinds: [String]?
    }

    @Test func speakersAndHoldersGoOnAcrossSentences() throws {
        try check("speaker-continuity.jsonl")
    }

    /// Light verbs of saying ("she joked", "he quipped"): the one who jokes says
    /// the quotation, and joking is no deed done (`Fixtures/speech-verbs.jsonl`).
    @Test func lightVerbsOfSayingNameTheSpeaker() throws {
        try check("speech-verbs.jsonl")
    }

    /// An actor described by a relative clause set off by commas right before
    /// the verb ("X, who ..., said"; "X, which ..., will") speaks or is bound; an
    /// actor inside the clause is not (`Fixtures/relative-clauses.jsonl`).
    @Test func theOneARelativeClauseDescribesSpeaksAndIsBound() throws {
        try check("relative-clauses.jsonl")
    }

    /// A pronoun subject of a clause that a verb of saying reports stands for
    /// the one who reports it, when their kinds agree ("Kestrel Health said it
    /// would", "Ines Marlow said she would"); a capitalised pair that says "it"
    /// is an organisation, not a person (`Fixtures/reported-pronouns.jsonl`).
    @Test func aReportedPronounIsTheReporter() throws {
        try check("reported-pronouns.jsonl")
    }

    /// "He" and "she" outside a quotation are not a person named only inside
    /// one; the speaker of an inverted report ("..., she said") goes on from
    /// the sentence before as the one it called "she" (`Fixtures/quoted-persons.jsonl`).
    @Test func speakersGoOnPastQuotedNames() throws {
        try check("quoted-persons.jsonl")
    }

    /// A statement in a clause that complements a verb of stance or finding
    /// ("concluded that", "point out that", "is confident that") is said by
    /// that verb's subject; a participle of saying ("..., saying ...") by the
    /// subject of the clause it hangs on (`Fixtures/governing-speakers.jsonl`).
    @Test func theSubjectOfTheGoverningVerbSpeaks() throws {
        try check("governing-speakers.jsonl")
    }

    /// A company's officer introduced with no owner ("Dutch co-chairman Antony
    /// Reyes", "Ana Lund, the UK-based co-chairman,") belongs to the company the
    /// document names most (at least twice), so that their quoted "we" is the
    /// company's; "vice president for sales at X" belongs to X
    /// (`Fixtures/company-officers.jsonl`).
    @Test func aCompanysOfficerSpeaksForTheCompany() throws {
        try check("company-officers.jsonl")
    }

    private func check(_ fixture: String) throws {
        let rows = try Fixtures.lines(fixture, as: Row.self)
        let tagger = StatementTagger()
        var failures: [String] = []
        for row in rows {
            let sentences = tagger.annotate(row.text, sentences: SentenceSegmenter().sentences(in: row.text))
            guard let sentence = sentences.first(where: { $0.text.contains(row.at) }) else {
                failures.append("[\(row.class)] \(row.at): no such sentence")
                continue
            }
            let statements = sentence.statements
            let source = (statements.first { $0.kind == .claim && $0.source != nil } ?? statements.first { $0.source != nil })?.source
            if source?.actor != row.source {
                failures.append("[\(row.class)] \(row.at): source expected \(row.source ?? "none"), got \(source?.actor ?? "none")")
            }
            if let expected = row.holder {
                let holder = statements.first { $0.kind == .commitment || $0.kind == .achievement }?.holder?.actor ?? ""
                if holder != expected {
                    failures.append("[\(row.class)] \(row.at): holder expected '\(expected)', got '\(holder)'")
                }
            }
            for kind in row.notKinds ?? [] where statements.contains(where: { $0.kind.rawValue == kind }) {
                failures.append("[\(row.class)] \(row.at): tagged \(kind)")
            }
            if let rule = row.rule, !statements.contains(where: { $0.rules.contains(RuleID(rawValue: rule)) }) {
                failures.append("[\(row.class)] \(row.at): no statement by \(rule) (rules: \(statements.map { $0.rules.map(\.rawValue) }))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(rows.count) failed:\n\(failures.joined(separator: "\n"))")
    }
}
