import Foundation
import Testing

@testable import TrackerAnalysis

/// The kind rules that read the dependency tree, class by class, on the
/// team's own sentences (`Fixtures/kinds-syntax.jsonl`): for each, the kinds
/// the sentence carries, the polarity of its first kind, the rule that must
/// decide it, and the tree relation that rule reads. One table; every
/// failure is reported at once.
@Suite struct KindRuleTests {
    struct Row: Decodable {
        var `class`: String
        var sentence: String
        var kinds: [StatementKind]
        var polarity: Polarity
        var rule: String
        var relation: String
    }

    @Test func everyClassOfConstruction() throws {
        try check("kinds-syntax.jsonl")
    }

    /// The classes of construction found wrong on real news (`Fixtures/kinds-real-news.jsonl`):
    /// feelings, ongoing actions, things undergone or seen, reduced relatives, hedge words that
    /// doubt nothing, headlines.
    @Test func everyClassFoundOnRealNews() throws {
        try check("kinds-real-news.jsonl")
    }

    private func check(_ fixture: String) throws {
        let rows = try Fixtures.lines(fixture, as: Row.self)
        let tagger = StatementTagger()
        var failures: [String] = []
        for row in rows {
            let annotated = tagger.annotate(sentence: row.sentence)
            var problems: [String] = []
            if annotated.kinds != Set(row.kinds) {
                problems.append("kinds \(annotated.kinds.map(\.rawValue).sorted()), expected \(row.kinds.map(\.rawValue).sorted())")
            }
            if let first = row.kinds.first, let statement = annotated.statements.first(where: { $0.kind == first }),
                statement.polarity != row.polarity
            {
                problems.append("\(first.rawValue) \(statement.polarity.rawValue), expected \(row.polarity.rawValue)")
            }
            if !annotated.statements.contains(where: { $0.rules.contains(RuleID(rawValue: row.rule)) }) {
                problems.append("no statement by \(row.rule) (rules: \(annotated.statements.map { $0.rules.map(\.rawValue) }))")
            }
            let (syntax, words) = SentenceSyntaxTests.parse(row.sentence)
            if !words.indices.contains(where: { syntax.relation($0)?.rawValue == row.relation }) {
                problems.append(
                    "the tree has no \(row.relation): \(words.indices.compactMap { syntax.describe($0) }.joined(separator: " "))")
            }
            if !problems.isEmpty { failures.append("[\(row.class)] \(row.sentence): \(problems.joined(separator: "; "))") }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(rows.count) wrong:\n\(failures.joined(separator: "\n"))")
    }
}
