import Foundation
import Testing
import TrackerAnalysis

@testable import TrackerStore

/// The store's public API speaks in typed values: no kind, polarity,
/// certainty, review, role, origin, date or rule id crosses it as a `String` (a
/// property or a parameter of a public declaration), so that a caller never
/// compares against a spelling and an unknown stored value is an error where
/// it is read. The check reads the sources, so a new public `String` of one of
/// these names fails here, naming its file and line.
@Suite struct TypedStoreAPITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The store, and the analysis's tracking and time values its queries return
    /// (`TrackedCommitment`, `Evidence`, `StatusChange`, `TrackingStatement`, `PartialDate`).
    static let sources = ["Sources/TrackerStore", "Sources/TrackerAnalysis/Tracking", "Sources/TrackerAnalysis/Time"].map {
        root.appendingPathComponent($0)
    }

    /// The names (any part of a camel-case name) that must be typed.
    /// A rule id is a ``RuleID`` (`rules: [RuleID]`), never `[String]`.
    static let typedNames = [
        "kind", "polarity", "certainty", "review", "role", "origin", "date", "deadline", "published", "rule", "rules",
    ]

    /// Allowed, each with why: the cue's kind is the analysis's own `Cue.kind`
    /// (a `String` in TrackerAnalysis, an open list of the rules' cue words);
    /// the polarity by kind name is the gold-line shape `tracker evaluate`
    /// reads (`GoldLine.polarity` in TrackerAnalysis), keyed by the kind's name.
    static let allowed: Set<String> = [
        "ExportedSentence.swift: public var kind: String",
        "ExportedSentence.swift: public var polarity: [String: Polarity]",
    ]

    /// `name: String`, `name: String?`, `name: [String]`, `name: [String: Int]` in a public declaration.
    static func stringTyped(_ line: String) -> [String] {
        // An enum's raw type is not a value crossing the API.
        guard line.contains("public "), !line.contains("enum ") else { return [] }
        let pattern = #/(\w+)\s*:\s*\[?\s*String\b/#
        return line.matches(of: pattern).map { String($0.output.1) }.filter { name in
            let words =
                name.split { $0.isUppercase }.map { $0.lowercased() }
                + name.matches(of: #/[A-Z][a-z]+/#).map { $0.output.lowercased() }
            return words.contains { typedNames.contains($0) }
        }
    }

    @Test func theCheckFindsStringsOfTypedNames() {
        #expect(Self.stringTyped("    public var kind: String") == ["kind"])
        #expect(Self.stringTyped("    public var reportedDate: String?") == ["reportedDate"])
        #expect(Self.stringTyped("    public var statementsByRole: [String: Int]") == ["statementsByRole"])
        #expect(Self.stringTyped("    public func link(relation: String, role: String) throws") == ["role"])
        #expect(Self.stringTyped("    public var kind: StatementKind").isEmpty)
        #expect(Self.stringTyped("    var kind: String").isEmpty)
        #expect(Self.stringTyped("    public var action: String?").isEmpty)
        #expect(Self.stringTyped("    public var candidates: [String]").isEmpty)
        #expect(Self.stringTyped("public enum ReviewState: String, Sendable {").isEmpty)
        #expect(Self.stringTyped("    public var rules: [String]") == ["rules"])
        #expect(Self.stringTyped("    public var rule: String?") == ["rule"])
        #expect(Self.stringTyped("    public func explain(appliedRules: [String]) -> String") == ["appliedRules"])
        #expect(Self.stringTyped("    public var rules: [RuleID]").isEmpty)
    }

    @Test func noStringKindRoleOrDateCrossesTheStoreAPI() throws {
        var found: [String] = []
        let files = Self.sources.flatMap {
            FileManager.default.enumerator(at: $0, includingPropertiesForKeys: nil)?.allObjects.compactMap { $0 as? URL } ?? []
        }
        #expect(files.contains { $0.lastPathComponent == "TrackedCommitment.swift" })
        for file in files {
            guard file.pathExtension == "swift" else { continue }
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() where !Self.stringTyped(line).isEmpty {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if Self.allowed.contains("\(file.lastPathComponent): \(trimmed)") { continue }
                found.append("\(file.lastPathComponent):\(number + 1): \(trimmed)")
            }
        }
        #expect(found.isEmpty, "public String values that should be typed:\n\(found.joined(separator: "\n"))")
    }

    /// Rule ids cross the API as ``RuleID`` and are written as plain strings, so an export's bytes
    /// are those of the `[String]` it replaced; an id this tracker does not list reads back as itself.
    @Test func ruleIDsAreTypedAndWrittenAsPlainStrings() throws {
        let rules = [RuleID(.commitVerb), RuleID(rawValue: "holder.announcer"), RuleID(rawValue: "time.added-by-a-newer-tracker")]
        let json = String(decoding: try JSONEncoder().encode(rules), as: UTF8.self)
        #expect(json == #"["commitment.commit-verb","holder.announcer","time.added-by-a-newer-tracker"]"#)
        #expect(try StoredRules.decode(json) == rules)
        #expect(rules[0].taggingRule == .commitVerb)
        #expect(rules[2].taggingRule == nil)
        #expect(rules[1].family == "holder")
        #expect(throws: StoreError.unknownValue(column: "rules", value: "commitment.commit-verb")) {
            try StoredRules.decode("commitment.commit-verb")
        }
    }
}
