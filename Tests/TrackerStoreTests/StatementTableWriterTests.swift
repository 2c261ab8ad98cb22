import Foundation
import Testing

/// New rows of the statement tables are written in one place
/// (`StatementWriter`), for the analyzer's statements and a person's alike,
/// so the denormalised `linking_time` and `topic_keys` columns cannot be
/// forgotten by a second writer. The check reads the sources: an `INSERT
/// INTO` one of these tables anywhere else fails here, naming the file.
@Suite struct StatementTableWriterTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/TrackerStore")

    static let tables = ["statement", "statement_actor", "statement_topic", "time_expression", "cue"]

    /// The tables a source text inserts into, among ``tables``.
    static func inserted(in text: String) -> Set<String> {
        Set(text.matches(of: #/INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)/#).map { String($0.output.1) }.filter(tables.contains))
    }

    @Test func theCheckSeesInserts() {
        #expect(Self.inserted(in: #"INSERT OR IGNORE INTO statement_topic (a) VALUES (?)"#) == ["statement_topic"])
        #expect(Self.inserted(in: "INSERT INTO statement (id) VALUES (1); INSERT INTO topic (key) VALUES ('x')") == ["statement"])
    }

    @Test func onlyStatementWriterInsertsStatementRows() throws {
        var elsewhere: [String] = []
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift", file.lastPathComponent != "StatementWriter.swift" else { continue }
            let found = Self.inserted(in: try String(contentsOf: file, encoding: .utf8))
            if !found.isEmpty { elsewhere.append("\(file.lastPathComponent): \(found.sorted().joined(separator: ", "))") }
        }
        #expect(elsewhere.isEmpty, "inserts outside StatementWriter:\n\(elsewhere.joined(separator: "\n"))")
    }
}
