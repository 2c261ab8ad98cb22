import Foundation
import Testing
import TrackerAnalysis
import TrackerSources
import TrackerStore
import TrackerSyntax
import TrackerWeb

@testable import TrackerCLI

/// `Tracker.main` maps every error through one protocol, `ReportableError`:
/// one family of the tracker's errors each, the line it prints and the exit
/// status, as a user sees them (`error: ` is added by the printer). The lines
/// are the ones each error printed before the protocol carried them.
@Suite struct ReportableErrorTests {
    static let families: [(family: String, error: any Error, message: String)] = [
        (
            "store, SQLite's constraint put in words",
            StoreError.sqlite(path: "votes.sqlite", message: "UNIQUE constraint failed: actor.key"),
            "votes.sqlite: it is already stored under that name or key (in actor.key)"
        ),
        (
            "store, a name already taken",
            StoreError.alreadyExists(name: "Green Party", actor: 12),
            "'Green Party' already names actor 12; add another alias with 'tracker actors alias', "
                + "or merge with 'tracker actors merge'"
        ),
        (
            "store, a conflicting edit", StatementConflict(statementID: 7, expected: 2, current: 3),
            "statement 7 changed since you saw it (you saw version 2, it is now at version 3); reload it and decide again"
        ),
        (
            "analysis, a document", DocumentError.unsupportedFormat(path: "minutes.docx"),
            "minutes.docx: unsupported file type; expected .txt, .md or .html"
        ),
        (
            "analysis, a user's data file", RuleFileError(path: "my-cues.tsv", line: 4, message: "two columns expected"),
            "my-cues.tsv:4: two columns expected"
        ),
        (
            "sources", SourceError.httpStatus(url: "https://example.org/budget", status: 404),
            "https://example.org/budget: the server answered HTTP 404"
        ),
        ("syntax model", SyntaxModelError.notAModel, "not a tracker syntax model (bad magic bytes)"),
        (
            "web workbench", WorkbenchError("port 80 needs root; choose a port above 1023"),
            "port 80 needs root; choose a port above 1023"
        ),
        (
            "output", OutputError.notAFolder(path: "out/report.md"),
            "out/report.md: is a file, not a folder; give a new or empty folder"
        ),
    ]

    @Test func everyFamilyPrintsItsOwnLineAndFails() {
        var wrong: [String] = []
        for (family, error, message) in Self.families {
            guard let failure = ErrorMessage.failure(for: error) else {
                wrong.append("\(family): not mapped")
                continue
            }
            if failure.message != message { wrong.append("\(family): got \(failure.message), want \(message)") }
            if failure.exitCode != 1 { wrong.append("\(family): exit \(failure.exitCode)") }
            if !(error is any ReportableError) { wrong.append("\(family): not a ReportableError") }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    /// The constraint's SQL never reaches the user; the store's own line says the file.
    @Test func storeErrorsNeverShowSQL() {
        let error = StoreError.sqlite(path: "t.sqlite", message: "CHECK constraint failed: kind IN ('claim', 'commitment')")
        #expect(error.userMessage == "t.sqlite: a value is not one the database accepts (in kind)")
        #expect(!error.userMessage.contains("IN ("))
        #expect(StoreError.textMismatch(document: 3).userMessage == "document 3: the analysed text is not the stored text")
    }

    /// Foundation's errors cannot conform: they are put in words by the fallback; the parser's are left to it.
    @Test func foreignErrorsHaveAFallback() {
        let cocoa = ErrorMessage.failure(for: CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: "big.jsonl"]))
        #expect(cocoa?.message == "big.jsonl: the disk is full")
        #expect(cocoa?.exitCode == 1)
        struct Unknown: Error {}
        #expect(ErrorMessage.failure(for: Unknown()) == nil)
    }
}
