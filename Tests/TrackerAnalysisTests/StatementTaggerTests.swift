import Foundation
import Testing
import TrackerAnalysis

@Suite struct StatementTaggerTests {
    let tagger = StatementTagger()

    struct Expectation: CustomTestStringConvertible {
        var sentence: String
        var kind: StatementKind
        var polarity: Polarity
        var testDescription: String { sentence }
    }

    /// The sentences the tagger issue names, each with its kind and polarity.
    static let named: [Expectation] = [
        .init(sentence: "North Korea has not made any commitment to halt any weapons development", kind: .commitment, polarity: .negated),
        .init(sentence: "North Korea hasn't conducted a missile test since the summit", kind: .achievement, polarity: .negated),
        .init(sentence: "It's also dismantled a nuclear testing site", kind: .achievement, polarity: .affirmed),
        .init(sentence: "It's still not clear how many nuclear facilities still exist", kind: .uncertainty, polarity: .affirmed),
        .init(
            sentence: "The US is going to continue to keep pressure and sanctions on North Korea", kind: .commitment, polarity: .affirmed),
        .init(sentence: "Speculation is mounting that it could be held in Vietnam", kind: .uncertainty, polarity: .affirmed),
    ]

    @Test(arguments: named) func namedSentences(_ expectation: Expectation) {
        let annotated = tagger.annotate(sentence: expectation.sentence)
        #expect(annotated.kinds.contains(expectation.kind), "kinds: \(annotated.kinds)")
        #expect(annotated.polarity(of: expectation.kind) == expectation.polarity || expectation.kind == .uncertainty)
    }

    @Test func everyStatementShowsItsCues() {
        let annotated = tagger.annotate(sentence: "Peru pledged to release 200 detainees, the ministry said.")
        #expect(annotated.kinds == [.commitment, .claim])
        for statement in annotated.statements {
            #expect(!statement.cues.isEmpty)
            #expect(!statement.rules.isEmpty)
        }
        let commitment = annotated.statements.first { $0.kind == .commitment }
        #expect(commitment?.cues.map(\.text) == ["pledged"])
        #expect(commitment?.action == "release 200 detainees")
        #expect(commitment?.normalizedAction == "release detainees")
    }

    @Test func coordinatedObjectsAndVerbsGiveOneStatementEach() {
        let achievements = tagger.annotate(sentence: "It has dismantled a nuclear testing site and a key missile engine facility.")
            .statements.filter { $0.kind == .achievement }
        #expect(achievements.map(\.action) == ["dismantled a nuclear testing site", "dismantled a key missile engine facility"])
        let commitments = tagger.annotate(sentence: "Iran has made no commitment to halt enrichment or shut down its centrifuges.")
            .statements.filter { $0.kind == .commitment }
        #expect(commitments.count == 2)
        #expect(commitments.allSatisfy { $0.polarity == .negated })
        #expect(commitments.map(\.normalizedAction) == ["halt enrichment", "shut down centrifuges"])
    }

    @Test func questionsAndGreetingsAssertNothing() {
        for sentence in ["Will the ceasefire hold?", "Thank you all for coming.", "What did the minister promise?"] {
            #expect(tagger.annotate(sentence: sentence).statements.isEmpty, "\(sentence)")
        }
    }

    @Test func cueOffsetsPointIntoTheDocument() throws {
        let text = "Héllo wörld.\n\nThe firm vowed to cut costs."
        let spans = SentenceSegmenter().sentences(in: text)
        let sentences = tagger.annotate(text, sentences: spans)
        let cue = try #require(sentences.last?.statements.first?.cues.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[cue.start..<cue.end])) == "vowed")
    }
}
