import Testing
import TrackerAnalysis

/// Sources that are not known actors (issue 14, point 4; ANNOTATION.md,
/// "Clarifications"), on the team's own sentences
/// (`Fixtures/unnamed-sources.jsonl`): an unnamed group is kept as written
/// ("analysts said"), and the one told is a listener, never the speaker nor
/// the holder ("told the BBC"). One table; every failure is reported at once.
@Suite struct UnnamedSourceTests {
    struct Row: Decodable {
        var `class`: String
        var text: String
        /// The source of the first statement with one; nil: no statement has one.
        var source: String?
        /// When the row has one: the holder of the first commitment ("" for none).
        var holder: String?
        /// The rule that must have decided the source, when the row names one.
        var rule: String?
    }

    @Test func sourcesThatAreNoKnownActor() throws {
        let rows = try Fixtures.lines("unnamed-sources.jsonl", as: Row.self)
        let tagger = StatementTagger()
        var failures: [String] = []
        for row in rows {
            let statements = tagger.annotate(row.text, sentences: SentenceSegmenter().sentences(in: row.text)).flatMap(\.statements)
            let source = statements.first { $0.source != nil }?.source
            if source?.actor != row.source {
                failures.append("[\(row.class)] \(row.text): source expected \(row.source ?? "none"), got \(source?.actor ?? "none")")
            }
            if let expected = row.holder {
                let holder = statements.first { $0.kind == .commitment }?.holder?.actor ?? ""
                if holder != expected {
                    failures.append("[\(row.class)] \(row.text): holder expected '\(expected)', got '\(holder)'")
                }
            }
            if let rule = row.rule, !statements.contains(where: { $0.rules.contains(RuleID(rawValue: rule)) }) {
                failures.append(
                    "[\(row.class)] \(row.text): no statement by \(rule) (rules: \(statements.map { $0.rules.map(\.rawValue) }))")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(rows.count) failed:\n\(failures.joined(separator: "\n"))")
    }
}
