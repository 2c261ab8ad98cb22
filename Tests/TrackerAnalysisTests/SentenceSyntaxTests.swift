import Testing
import TrackerSyntax

@testable import TrackerAnalysis

/// The tree read through the tagger's tokens: the mapping of tokens to the
/// parser's words, and the helpers the rules ask (subject, complement,
/// passive agent, conjuncts, negation). The team's own sentences.
@Suite struct SentenceSyntaxTests {
    /// The parse of `sentence` over the tagger's tokens, and the tokens' texts.
    static func parse(_ sentence: String) -> (syntax: SentenceSyntax, words: [String]) {
        var text = sentence
        return text.withUTF8 { bytes in
            var tokens: [Token] = []
            Tokenizer().tokenize(bytes, 0..<bytes.count, into: &tokens)
            let syntax = SentenceSyntax(
                bytes: bytes, range: 0..<bytes.count, tokenRanges: tokens.map { $0.start..<$0.end },
                analyzer: SentenceSyntax.analyzer)
            let words = tokens.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.start..<$0.end]), as: UTF8.self) }
            return (syntax, words)
        }
    }

    /// One question asked of one sentence, and the tokens expected.
    struct Case: CustomTestStringConvertible {
        var sentence: String
        var ask: String
        var of: String
        var expected: [String]
        var testDescription: String { "\(ask)(\(of)) in \(sentence)" }
    }

    static let cases: [Case] = [
        // A phrase between the verb and its infinitive: the complement is still the infinitive.
        Case(
            sentence: "Chile promised during the Lima meeting last week to close two coal plants.", ask: "complement", of: "promised",
            expected: ["close"]),
        Case(sentence: "Chile promised to close two coal plants.", ask: "subject", of: "close", expected: ["Chile"]),
        // Coordinated subjects: every conjunct.
        Case(sentence: "Portugal, Ghana and Vietnam will host the next round.", ask: "subject", of: "host", expected: ["Portugal"]),
        Case(
            sentence: "Portugal, Ghana and Vietnam will host the next round.", ask: "conjuncts", of: "Portugal",
            expected: ["Ghana", "Vietnam"]),
        // A passive and its agent.
        Case(sentence: "The treaty was signed by Austria in March.", ask: "agent", of: "signed", expected: ["Austria"]),
        Case(sentence: "The treaty was signed by Austria in March.", ask: "passive", of: "signed", expected: ["yes"]),
        Case(sentence: "Austria signed the treaty in March.", ask: "passive", of: "signed", expected: ["no"]),
        // Contractions: "won't" is two tokens and two words; the negation sits on the verb.
        Case(sentence: "The council won't approve the budget.", ask: "negation", of: "approve", expected: ["n't"]),
        Case(sentence: "The union has never accepted the offer.", ask: "negation", of: "accepted", expected: ["never"]),
        // "Mr." is two tokens, one word: the subject's phrase is the whole name.
        Case(sentence: "Mr. Okafor said the plan was ready.", ask: "subject phrase", of: "said", expected: ["Mr", ".", "Okafor"]),
        // A hyphenated token stands for its head word.
        Case(sentence: "The ministry set a long-term target for the region.", ask: "head", of: "long-term", expected: ["target"]),
    ]

    @Test func helpersAnswerInTokens() {
        var failures: [String] = []
        for test in Self.cases {
            let (syntax, words) = Self.parse(test.sentence)
            guard let token = words.firstIndex(of: test.of) else {
                failures.append("\(test.testDescription): no token '\(test.of)' in \(words)"); continue
            }
            let answer: [String]
            switch test.ask {
            case "complement": answer = syntax.complement(of: token).map { [words[$0]] } ?? []
            case "subject": answer = syntax.subject(of: token).map { [words[$0]] } ?? []
            case "subject phrase": answer = syntax.subject(of: token).map { syntax.subtree(of: $0).map { words[$0] } } ?? []
            case "conjuncts": answer = syntax.conjuncts(of: token).map { words[$0] }
            case "agent": answer = syntax.agent(of: token).map { [words[$0]] } ?? []
            case "passive": answer = [syntax.isPassive(token) ? "yes" : "no"]
            case "negation": answer = syntax.negation(of: token).map { [words[$0]] } ?? []
            case "head": answer = syntax.head(of: token).map { [words[$0]] } ?? []
            default: answer = ["unknown question"]
            }
            if answer != test.expected {
                let tree = words.indices.compactMap { syntax.describe($0) }.joined(separator: " ")
                failures.append("\(test.testDescription): \(answer), expected \(test.expected); tree: \(tree)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.cases.count) wrong:\n\(failures.joined(separator: "\n"))")
    }

    @Test func everyWordTokenHasAWord() {
        let (syntax, words) = Self.parse("They didn't say whether the U.S. would pay 5% of the costs—“not yet”, she added.")
        for (token, word) in words.enumerated() {
            #expect(syntax.wordOfToken[token] != nil, "token \(token) '\(word)' has no word")
        }
        // The tree has a root, and it is a token of the sentence.
        #expect(words.indices.contains { syntax.isRoot($0) })
    }
}
