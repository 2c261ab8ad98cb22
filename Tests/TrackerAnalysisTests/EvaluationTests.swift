import Foundation
import Testing

@testable import TrackerAnalysis

struct LabelledLine: Decodable {
    var id: String
    var text: String
    var kinds: [StatementKind]
    var polarity: [String: Polarity]?
    var holder: String?
    var source: String?
}

@Suite struct EvaluationTests {
    let tagger = StatementTagger()

    func evaluate(_ file: String) throws -> Evaluation {
        let lines = try Fixtures.lines(file, as: LabelledLine.self).map {
            GoldLine(id: $0.id, text: $0.text, kinds: $0.kinds, polarity: $0.polarity, holder: $0.holder, source: $0.source)
        }
        return Evaluation.run(lines, tagger: tagger)
    }

    /// The held-back test split (never tuned on): 120 lines, and 42 more
    /// (test-0121 on) written for holders and sources before the tagger ran on them.
    /// Measured when these thresholds were set: macro-F1 0.933, holder
    /// accuracy 0.932 (82/88), source accuracy 0.921 (58/63).
    @Test func heldBackTestSplit() throws {
        let evaluation = try evaluate("statements-test.jsonl")
        #expect(evaluation.lines == 162)
        #expect(evaluation.macroF1 >= 0.90, "macro-F1 \(evaluation.macroF1)")
        #expect(evaluation.polarityAccuracy >= 0.90, "polarity accuracy \(evaluation.polarityAccuracy)")
        #expect(evaluation.holderAccuracy >= 0.90, "holder accuracy \(evaluation.holderAccuracy)")
        #expect(evaluation.sourceAccuracy >= 0.90, "source accuracy \(evaluation.sourceAccuracy)")
        #expect(evaluation.sourceTotal == 63 && evaluation.holderTotal == 88)
    }

    /// The development split the rules were tuned on: a drop here means a regression.
    /// Measured: macro-F1 0.952, holder accuracy 0.972 (274/282), source accuracy 0.987 (151/153).
    @Test func developmentSplit() throws {
        let evaluation = try evaluate("statements-dev.jsonl")
        #expect(evaluation.lines == 552)
        #expect(evaluation.macroF1 >= 0.93, "macro-F1 \(evaluation.macroF1)")
        for score in evaluation.kinds {
            #expect(score.f1 >= 0.80, "\(score.kind): F1 \(score.f1)")
        }
        #expect(evaluation.holderAccuracy >= 0.95, "holder accuracy \(evaluation.holderAccuracy)")
        #expect(evaluation.sourceAccuracy >= 0.95, "source accuracy \(evaluation.sourceAccuracy)")
    }

    @Test func scoresOnlyTheKindsALineLabels() {
        // A line from a set that labels uncertainty only: a predicted claim is not counted.
        let gold = [
            GoldLine(
                text: "Officials said the plant may reopen.", kinds: ["uncertainty"].compactMap(StatementKind.init),
                scored: [.uncertainty])
        ]
        let evaluation = Evaluation.run(gold, tagger: tagger)
        let claim = evaluation.kinds.first { $0.kind == .claim }
        #expect(claim?.falsePositives == 0)
        #expect(evaluation.kinds.first { $0.kind == .uncertainty }?.truePositives == 1)
    }

    @Test func rolesMatchAnyNameOfTheActorAndUncertainActionsHaveHolders() {
        let gold = [
            // The dictionary's canonical name is "UN Security Council"; its aliases count.
            GoldLine(
                text: "The Security Council failed to adopt the resolution.", kinds: [.achievement],
                holder: "United Nations Security Council"),
            // Only uncertain: the holder is whose action is uncertain.
            GoldLine(text: "China could announce a tougher target in September.", kinds: [.uncertainty], holder: "China"),
            GoldLine(text: "China could announce a tougher target in September.", kinds: [.uncertainty], holder: "India"),
            // A source named by a hedging verb ("suggests"), not by a claim.
            GoldLine(text: "An Ipsos poll suggests the far right could win.", kinds: [.claim, .uncertainty], source: "Ipsos"),
        ]
        let evaluation = Evaluation.run(gold, tagger: tagger)
        #expect(evaluation.holderCorrect == 2 && evaluation.holderTotal == 3)
        #expect(evaluation.sourceCorrect == 1 && evaluation.sourceTotal == 1)
        #expect(evaluation.roleErrors.map(\.expected) == ["India"])
    }

    @Test func countsPolarityAndWorstErrors() {
        let gold = [
            GoldLine(text: "Peru did not release the detainees.", kinds: [.achievement], polarity: ["achievement": .negated]),
            GoldLine(text: "Will the talks resume?", kinds: []),
            GoldLine(text: "Chile pledged to close its coal plants.", kinds: [.achievement]),
        ]
        let evaluation = Evaluation.run(gold, tagger: tagger)
        #expect(evaluation.polarityCorrect == 1 && evaluation.polarityTotal == 1)
        let worst = evaluation.worstErrors(5)
        #expect(worst.count == 1)
        #expect(worst.first?.missed == [.achievement] && worst.first?.spurious == [.commitment])
    }

    /// A gold line with a document is scored against the whole document's
    /// analysis: the pronoun of its second sentence resolves to the person the
    /// first names, which the sentence alone cannot do.
    @Test func linesWithADocumentAreScoredInContext() throws {
        let document = "Marta Ilves, the mayor of Tarvik, spoke on Monday.\n\nShe pledged to reopen the ferry line by May."
        let second = try #require(document.range(of: "She pledged"))
        let start = document.unicodeScalars.distance(from: document.unicodeScalars.startIndex, to: second.lowerBound)
        let end = document.unicodeScalars.count
        let line = GoldLine(
            id: "t-2", text: "She pledged to reopen the ferry line by May.", kinds: [.commitment],
            holder: "Marta Ilves", document: "tarvik.txt", start: start, end: end)
        let inContext = Evaluation.run([line], tagger: tagger, documents: ["tarvik.txt": document])
        #expect(inContext.holderCorrect == 1, "\(inContext.roleErrors)")
        let alone = Evaluation.run([line], tagger: tagger)
        #expect(alone.holderCorrect == 0)
        // Only the statements of the line's own span count: the first sentence's claim does not.
        #expect(inContext.kinds.first { $0.kind == .claim }?.falsePositives == 0)
        #expect(inContext.kinds.first { $0.kind == .commitment }?.truePositives == 1)
    }

    /// An optional kind is neither a miss nor a false alarm; a required one still is.
    @Test func optionalKindsCountNeitherWay() {
        let gold = [
            GoldLine(text: "The council said it had closed the old bridge.", kinds: [.claim], optional: [.achievement]),
            GoldLine(text: "The council said the bridge was old.", kinds: [.claim], optional: [.achievement]),
        ]
        let evaluation = Evaluation.run(gold, tagger: tagger)
        let achievement = evaluation.kinds.first { $0.kind == .achievement }
        #expect(achievement?.falsePositives == 0 && achievement?.falseNegatives == 0 && achievement?.truePositives == 0)
        #expect(evaluation.kinds.first { $0.kind == .claim }?.truePositives == 2)
    }

    /// Titles and honorifics do not change who is meant; a surname alone names
    /// the person only when the document gives the full name.
    @Test func namesMatchWithoutTitlesAndHonorifics() {
        let names = ActorNameMatch(dictionary: .standard, documentText: "Anna Berg QC, for the families, spoke. Mrs Berg added ...")
        func mention(_ name: String) -> ActorMention { ActorMention(actor: name, mention: name, start: 0, end: 0) }
        let cases: [(predicted: String, gold: String, same: Bool)] = [
            ("Anna Berg QC", "Anna Berg", true),
            ("Mrs Berg", "Anna Berg", true),
            ("Berg", "Anna Berg", true),
            ("Dr. Anna Berg", "Anna Berg", true),
            ("Lord Tennant", "Lord Tennant", true),
            ("Tennant", "Ruth Tennant", false),  // the document never names her in full
            ("Berg", "Jonas Berg", false),
            ("The Harbour Board", "Harbour Board", true),
        ]
        var failures: [String] = []
        for item in cases where names.matches(mention(item.predicted), item.gold) != item.same {
            failures.append("\(item.predicted) vs \(item.gold): expected \(item.same)")
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "; "))")
    }

    @Test func bundledLexiconLoadsWithoutErrors() throws {
        let lexicon = try Lexicon.bundled()
        #expect(lexicon.classes(of: "withdrew").contains(.past))
        #expect(lexicon.classes(of: "pledged").contains(.commit))
        #expect(lexicon.classes(of: "hasn't").isEmpty)  // contractions are split before lookup
        #expect(lexicon.classes(of: "n't").contains(.negator))
    }

    @Test func userCueFilesAreCheckedLineByLine() {
        var lexicon = Lexicon()
        #expect(throws: RuleFileError(path: "mine.tsv", line: 2, message: "unknown class 'promise-ish'")) {
            try lexicon.addCues("# my cues\nswore blind\tpromise-ish\t1\n", path: "mine.tsv")
        }
    }
}

@Suite struct SeedArticleTests {
    struct SeedKinds: Decodable {
        var sentence: Int
        var kinds: [StatementKind]
        var polarity: [String: Polarity]
        var note: String
    }

    /// Sentences where our label and the tagger still disagree, with why.
    static let knownIssues: [Int: String] = [
        20:
            "'are unlikely to get away with' reads as a hedged plan (the development set's convention for 'X is unlikely to <verb>'), not a prediction",
        24: "'was not taken to represent' is an idiom of assessment; the tagger sees a negated passive action",
    ]

    /// The whole seed article's kinds and polarity, sentence by sentence
    /// (`Fixtures/seed-kinds.jsonl`, labels with a note on each).
    @Test(.enabled(if: Fixtures.shared != nil)) func kindsPerSentence() throws {
        let url = try #require(Fixtures.shared).appendingPathComponent("corpus/seed-article.txt")
        let document = try DocumentReader().read(
            [UInt8](try Data(contentsOf: url)), format: .text, path: url.path,
            metadata: DocumentMetadata(date: CalendarDate(year: 2019, month: 1, day: 19)))
        let sentences = StatementTagger().annotate(document.text, sentences: SentenceSegmenter().sentences(in: document.text))
        let gold = try Fixtures.lines("seed-kinds.jsonl", as: SeedKinds.self)
        #expect(sentences.count == gold.count)
        for (sentence, expected) in zip(sentences, gold) {
            let kindsMatch = sentence.kinds == Set(expected.kinds)
            let polarityMatches = expected.polarity.allSatisfy { kind, polarity in
                StatementKind(rawValue: kind).flatMap(sentence.polarity(of:)) == polarity
            }
            let message =
                "[\(expected.sentence)] \(sentence.text)\n  expected \(expected.kinds) \(expected.polarity) (\(expected.note))\n  actual \(sentence.kinds.sorted()) \(sentence.statements.map { "\($0.kind.rawValue):\($0.polarity.rawValue)" })"
            if let reason = Self.knownIssues[expected.sentence] {
                withKnownIssue(Comment(rawValue: reason)) {
                    #expect(kindsMatch && polarityMatches, Comment(rawValue: message))
                }
            } else {
                #expect(kindsMatch && polarityMatches, Comment(rawValue: message))
            }
        }
    }
}

@Suite struct SeedArticleTimeTests {
    /// Times on the seed article, dated 2019-01-19 (the tracking issue's checks).
    @Test(.enabled(if: Fixtures.shared != nil)) func seedTimes() throws {
        let url = try #require(Fixtures.shared).appendingPathComponent("corpus/seed-article.txt")
        let document = try DocumentReader().read(
            [UInt8](try Data(contentsOf: url)), format: .text, path: url.path,
            metadata: DocumentMetadata(date: CalendarDate(year: 2019, month: 1, day: 19)))
        let analyzed = DocumentAnalyzer().analyze(document)
        let times = analyzed.statements.flatMap { $0 }.compactMap { statement in
            statement.time.map { (statement.kind, $0.text, $0.value, $0.role) }
        }
        #expect(times.contains { $0.0 == .commitment && $0.1 == "by the end of February" && $0.2 == "2019-02-28" && $0.3 == .deadline })
        #expect(times.contains { $0.0 == .achievement && $0.1 == "last November" && $0.2 == "2018-11" && $0.3 == .occurred })
        #expect(times.contains { $0.1 == "last June" && $0.2 == "2018-06" && $0.3 == .since })
    }
}

/// Real news, scored in context: 837 sentences of 42 BBC articles
/// (`../shared/data/bbc-news-dev`, measure only; never copied here). Guards
/// the figures reached, 0.02 below each; skipped where `../shared` is absent.
@Suite struct RealNewsEvaluationTests {
    /// Measured with `swift run tracker evaluate ../shared/data/bbc-news-dev/gold.jsonl --source BBC`
    /// (the articles' publisher, as a user ingesting them would give it).
    /// Since the kinds4 and roles4 rules (past tenses that report no deed are
    /// claims, negation in a quotation before its verb; quotation continuation,
    /// definite descriptions, inverted speakers, announcers); then kinds5
    /// (outcomes in other words, sourced statements also claims, intentions,
    /// goals, forecasts of state) and roles5 (unnamed groups, listeners,
    /// undated titles, occupations), measured merged on 2026-12-03; then kinds6
    /// (feelings, ongoing actions, things undergone or seen, reduced relatives, hedge
    /// words that doubt nothing, headlines, past attempts, participles before a noun,
    /// light verbs of saying) and roles6 (quotations carried on, place and day
    /// names, pronouns with no person in reach, definite roles of one person,
    /// honorifics with a family name), measured merged on 2026-12-03; then roles7
    /// (relative clauses before the verb of saying, reports with no subject,
    /// light verbs of saying) and kinds7 (figures stated with an outcome, futures
    /// that someone expects), measured merged on 2026-12-04; then roles8
    /// (reported pronouns, quoted names, inverted speakers going on, governing
    /// verbs' subjects, company officers) and kinds8 (hearsay passives, pledges
    /// with an infinitive the lexicon lacks, bodies that act, warnings and risks,
    /// "should" that foretells, clauses on a subject pronoun), measured merged
    /// on 2026-12-04: holders 87/190, one fewer than roles8 alone (88): kinds8's
    /// "warned that ... would" took away a false commitment whose holder happened
    /// to be the gold one.
    static let reached = (macroF1: 0.805, holder: 0.457, source: 0.710, polarity: 0.758)

    @Test(.enabled(if: Fixtures.shared != nil, "skipped: ../shared is absent, so the real-news figures cannot be measured here"))
    func bbcNewsDevInContext() throws {
        let shared = try #require(Fixtures.shared)
        let folder = shared.appendingPathComponent("data/bbc-news-dev")
        let gold = try String(decoding: Data(contentsOf: folder.appendingPathComponent("gold.jsonl")), as: UTF8.self)
            .split(separator: "\n").map { try JSONDecoder().decode(GoldLine.self, from: Data($0.utf8)) }
        var documents: [String: String] = [:]
        for name in Set(gold.compactMap(\.document)) {
            documents[name] = String(decoding: try Data(contentsOf: folder.appendingPathComponent("documents/\(name)")), as: UTF8.self)
        }
        let evaluation = Evaluation.run(
            gold, tagger: StatementTagger(), documents: documents,
            context: StatementTagger.DocumentContext(publication: "BBC"))
        #expect(evaluation.lines == 837)
        #expect(evaluation.macroF1 >= Self.reached.macroF1 - 0.02, "macro-F1 \(evaluation.macroF1)")
        #expect(evaluation.holderAccuracy >= Self.reached.holder - 0.02, "holder accuracy \(evaluation.holderAccuracy)")
        #expect(evaluation.sourceAccuracy >= Self.reached.source - 0.02, "source accuracy \(evaluation.sourceAccuracy)")
        #expect(evaluation.polarityAccuracy >= Self.reached.polarity - 0.02, "polarity accuracy \(evaluation.polarityAccuracy)")
    }
}
