import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read corrections (a 'tracker export' file) or gold lines back into the database.",
        discussion: """
            Lines from 'tracker export --format jsonl' find their document by content and their \
            sentence by offsets; every statement a person reviewed is set as the line says \
            (kind, polarity, certainty, roles, rejected), with its correction history. \
            Statements a person added are added. Gold lines ({"text", "kinds", "polarity", \
            "holder", "source"}, as 'tracker evaluate' reads) apply to every stored sentence with \
            that text: other kinds are rejected, missing ones added, matching ones confirmed. \
            A line is read by its shape: one with "statements", "document" or "sentence" is an \
            exported sentence and must be a valid one, any other a gold line; --as-gold reads \
            every line as a gold line. A line that is neither stops the import, naming the line, \
            and nothing is imported. \
            Every change is recorded as yours (--author, else $TRACKER_AUTHOR, else $USER), now, \
            with the import (file, its SHA-256, who, when); the file's authors and times are kept \
            as "reported by". The whole file is one transaction: it lands whole or not at all. \
            Importing the same file again changes nothing. Human outcome links are not carried \
            by the file.

            Examples:
              tracker export --reviewed --out reviewed.jsonl --db annotator.sqlite
              tracker import reviewed.jsonl --db team.sqlite
              tracker import gold.jsonl --as-gold --author "gold set v2"
            """
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "A JSONL file, or - for standard input.") var file: String
    @Option(help: "Who the import's changes are recorded as (default: $TRACKER_AUTHOR, else $USER).") var author: String?
    @Flag(help: "Read every line as a gold line, even an exported sentence.") var asGold = false

    func run() throws {
        let bytes = try InputFile.read(path: file)
        var lines: [ImportLine] = []
        for (number, line) in String(decoding: bytes, as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
        {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                lines.append(try ImportLine.decode(line, reading: asGold ? .gold : .byShape))
            } catch {
                throw CLIError("\(file):\(number + 1): \(error); nothing imported")
            }
        }
        let store = try database.openExisting()
        let summary = try store.importLines(lines, from: ImportSource(file: file, bytes: bytes), author: author ?? Author.current)
        for id in summary.unmatched.prefix(10) { Diagnostics.warn("\(file): \(id): no such sentence stored; skipped") }
        if summary.unmatched.count > 10 { Diagnostics.warn("\(file): and \(summary.unmatched.count - 10) more lines not stored") }
        Diagnostics.info(
            "\(summary.matched) sentences matched, \(summary.unmatched.count) not stored; statements: "
                + "\(summary.corrected) corrected, \(summary.added) added, \(summary.rejected) rejected, \(summary.unchanged) unchanged")
    }
}
