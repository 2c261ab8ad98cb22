import Foundation
import Testing
import TrackerStore

@testable import TrackerCLI

/// Foundation's and SQLite's errors reach the user as sentences, never as
/// "NSCocoaErrorDomain error 512" or a constraint's SQL.
@Suite struct ErrorMessageTests {
    static let cases: [(error: any Error, message: String)] = [
        (CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: "out/report.md"]), "out/report.md: the file could not be written"),
        (CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: "big.jsonl"]), "big.jsonl: the disk is full"),
        (CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: "gone.txt"]), "gone.txt: no such file or folder"),
        (CocoaError(.fileWriteNoPermission), "permission denied"),
        (
            StoreError.sqlite(path: "t.sqlite", message: "CHECK constraint failed: kind IN ('state', 'organisation', 'group', 'person')"),
            "t.sqlite: a value is not one the database accepts (in kind)"
        ),
        (
            StoreError.sqlite(path: "t.sqlite", message: "UNIQUE constraint failed: actor.key"),
            "t.sqlite: it is already stored under that name or key (in actor.key)"
        ),
        (
            StoreError.sqlite(path: "t.sqlite", message: "NOT NULL constraint failed: statement.kind"),
            "t.sqlite: a required value is missing (in statement.kind)"
        ),
        (
            StoreError.sqlite(path: "t.sqlite", message: "FOREIGN KEY constraint failed"),
            "t.sqlite: it refers to something that is not stored"
        ),
        (StoreError.readOnly(path: "t.sqlite"), StoreError.readOnly(path: "t.sqlite").description),
    ]

    @Test func everyErrorIsASentence() {
        var wrong: [String] = []
        for (error, message) in Self.cases {
            let described = ErrorMessage.describe(error)
            if described != message { wrong.append("\(error): got \(described ?? "nil"), want \(message)") }
            if let described, described.contains("Domain") || described.contains("constraint failed") { wrong.append("raw: \(described)") }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    /// Errors of the argument parser are left to it (help, usage), not turned into a sentence here.
    @Test func otherErrorsAreLeftToTheParser() {
        struct Unknown: Error {}
        #expect(ErrorMessage.describe(Unknown()) == nil)
    }
}
