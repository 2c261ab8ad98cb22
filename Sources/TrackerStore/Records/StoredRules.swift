import Foundation
import TrackerAnalysis

/// The `statement.rules` column: the ids of the rules that made a statement,
/// as a JSON array of strings (`["commit.pledge-verb","role.subject"]`).
enum StoredRules {
    /// The column's text for `rules`.
    static func encode(_ rules: [RuleID]) -> String {
        "[" + rules.map { JSONText.quoted($0.rawValue) }.joined(separator: ",") + "]"
    }

    /// The rule ids a column holds ([] for NULL); text that is not a JSON
    /// array of strings is an error naming it, never an empty list.
    static func decode(_ text: String?) throws -> [RuleID] {
        guard let text else { return [] }
        do {
            return try JSONDecoder().decode([RuleID].self, from: Data(text.utf8))
        } catch {
            throw StoreError.unknownValue(column: "rules", value: text)
        }
    }
}
