import ArgumentParser
import Foundation
import TrackerAnalysis
import TrackerStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write stored statements with their actors, cues, times and corrections.",
        discussion: """
            jsonl: one sentence a line with its statements, offsets and the text they cover, \
            each statement with its correction history. The lines are also gold lines \
            ({"text", "kinds", "polarity", "holder", "source"}): with --reviewed, only the \
            sentences a person reviewed, so 'tracker evaluate' scores the tagger on an \
            annotator's corrections; and 'tracker import' reads them back.
            csv: one statement a row.
            brat: a .txt and .ann pair per document and an annotation.conf, in --out DIR, for \
            the brat annotation tool: statements as text-bound annotations with kind, polarity, \
            certainty and review as attributes, holder/source/target and cues as relations.

            Examples:
              tracker export > statements.jsonl
              tracker export --reviewed --out reviewed.jsonl && tracker evaluate reviewed.jsonl
              tracker export --format csv --document 3 > doc3.csv
              tracker export --format brat --out brat/
            """
    )

    enum Format: String, ExpressibleByArgument { case jsonl, csv, brat }

    @OptionGroup var database: DatabaseOptions
    @Option(help: "jsonl, csv or brat.") var format: Format = .jsonl
    @Option(help: ArgumentHelp("Only these documents (repeatable).", valueName: "ID")) var document: [Int64] = []
    @Flag(help: "Only sentences a person reviewed (corrected, confirmed, rejected or added statements).") var reviewed = false
    @Flag(help: "Also sentences without statements (jsonl).") var allSentences = false
    @Option(help: ArgumentHelp("A file (jsonl, csv; default: standard output) or a folder (brat).", valueName: "PATH")) var out: String?

    func validate() throws {
        if format == .brat, out == nil { throw ValidationError("--format brat writes a folder: give --out DIR.") }
    }

    func run() throws {
        let store = try database.openForReading()
        let documents = document.isEmpty ? nil : document
        switch format {
        case .jsonl, .csv:
            var sink = try OutputSink(path: out)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var count = 0
            if format == .csv {
                sink.write("statement,document,sentence,kind,polarity,certainty,holders,source,targets,action,time,topics,cues,origin,review,corrections,text\r\n")
            }
            try store.exportSentences(documents: documents, reviewedOnly: reviewed, withoutStatements: allSentences) { sentence in
                if format == .jsonl {
                    sink.write(String(decoding: try encoder.encode(sentence), as: UTF8.self) + "\n")
                } else {
                    for statement in sentence.statements { sink.write(Self.csvRow(statement, in: sentence)) }
                }
                count += 1
            }
            try sink.close()
            Diagnostics.info("exported \(count) sentences\(out.map { " to \($0)" } ?? "")")
        case .brat:
            let folder = URL(fileURLWithPath: out ?? ".")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(BratDocument.configuration.utf8).write(to: folder.appendingPathComponent("annotation.conf"))
            let ids = try documents ?? store.documentIDs()
            for id in ids {
                var sentences: [ExportedSentence] = []
                try store.exportSentences(documents: [id], reviewedOnly: reviewed) { sentences.append($0) }
                let brat = BratDocument(text: try store.cleanedDocument(id).text, sentences: sentences)
                try Data(brat.text.utf8).write(to: folder.appendingPathComponent("document-\(id).txt"))
                try Data(brat.annotations.utf8).write(to: folder.appendingPathComponent("document-\(id).ann"))
            }
            Diagnostics.info("exported \(ids.count) documents to \(folder.path) (brat standoff)")
        }
    }

    static func csvRow(_ statement: ExportedStatement, in sentence: ExportedSentence) -> String {
        let fields: [String] = [
            String(statement.id), String(sentence.document.id), String(sentence.sentence.id), statement.kind.rawValue,
            statement.polarity.rawValue, statement.certainty.rawValue, statement.holders.map(\.actor).joined(separator: "; "),
            statement.source?.actor ?? "", statement.targets.map(\.actor).joined(separator: "; "), statement.action ?? "",
            statement.time.map { "\($0.text) (\($0.role) \($0.value ?? "?"))" } ?? "", statement.topics.joined(separator: " "),
            statement.cues.map(\.text).joined(separator: "; "), statement.origin, statement.review,
            statement.corrections.map { "\($0.field): \($0.oldValue ?? "–") → \($0.newValue ?? "–") (\($0.author))" }.joined(separator: "; "),
            sentence.text,
        ]
        return fields.map(CSV.field).joined(separator: ",") + "\r\n"
    }
}

/// Standard output or a file written through a temporary name, so a failed
/// export never leaves half a file where the user asked for one.
struct OutputSink {
    private var output = StandardOutput()
    private var file: FileHandle?
    private var temporary: URL?
    private let destination: URL?

    init(path: String?) throws {
        guard let path else { destination = nil; return }
        let url = URL(fileURLWithPath: path)
        destination = url
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw CLIError("\(path): cannot write here")
        }
        self.temporary = temporary
        file = handle
    }

    mutating func write(_ text: String) {
        if let file { file.write(Data(text.utf8)) } else { output.write(text) }
    }

    mutating func close() throws {
        output.flush()
        guard let file, let temporary, let destination else { return }
        try file.close()
        if FileManager.default.fileExists(atPath: destination.path) { try FileManager.default.removeItem(at: destination) }
        try FileManager.default.moveItem(at: temporary, to: destination)
    }
}
