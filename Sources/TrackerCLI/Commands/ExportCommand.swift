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
    @Option(help: ArgumentHelp("A new file (jsonl, csv; default: standard output) or a new or empty folder (brat).", valueName: "PATH"))
    var out: String?
    @OptionGroup var overwrite: ForceOption

    func validate() throws {
        if format == .brat, out == nil { throw ValidationError("--format brat writes a folder: give --out DIR.") }
    }

    func run() throws {
        let destination = OutputDestination(force: overwrite.force, protecting: [database.path])
        switch format {
        case .jsonl, .csv:
            var sink = try OutputSink(path: out, destination: destination)
            let store = try database.openForReading()
            let documents = document.isEmpty ? nil : document
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var count = 0
            if format == .csv {
                sink.write(
                    "statement,document,sentence,kind,polarity,certainty,holders,source,targets,action,time,topics,cues,origin,review,corrections,text\r\n"
                )
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
            // A person may have edited the .ann files in brat: a folder that holds anything is refused without --force.
            let folder = try destination.folder(out ?? ".")
            do {
                let store = try database.openForReading()
                let ids = try document.isEmpty ? store.documentIDs() : document
                try folder.write(BratDocument.configuration, named: "annotation.conf")
                for id in ids {
                    var sentences: [ExportedSentence] = []
                    try store.exportSentences(documents: [id], reviewedOnly: reviewed) { sentences.append($0) }
                    let brat = BratDocument(text: try store.cleanedDocument(id).text, sentences: sentences)
                    try folder.write(brat.text, named: "document-\(id).txt")
                    try folder.write(brat.annotations, named: "document-\(id).ann")
                }
                Diagnostics.info("exported \(ids.count) documents to \(folder.path) (brat standoff)")
            } catch {
                folder.abandon()
                throw error
            }
        }
    }

    static func csvRow(_ statement: ExportedStatement, in sentence: ExportedSentence) -> String {
        let fields: [String] = [
            String(statement.id), String(sentence.document.id), String(sentence.sentence.id), statement.kind.rawValue,
            statement.polarity.rawValue, statement.certainty.rawValue, statement.holders.map(\.actor).joined(separator: "; "),
            statement.source?.actor ?? "", statement.targets.map(\.actor).joined(separator: "; "), statement.action ?? "",
            statement.time.map { "\($0.text) (\($0.role.rawValue) \($0.value?.iso ?? "?"))" } ?? "",
            statement.topics.joined(separator: " "),
            statement.cues.map(\.text).joined(separator: "; "), statement.origin.rawValue, statement.review.rawValue,
            statement.corrections.map { "\($0.field): \($0.oldValue ?? "–") → \($0.newValue ?? "–") (\($0.author))" }.joined(
                separator: "; "),
            sentence.text,
        ]
        return fields.map(CSV.field).joined(separator: ",") + "\r\n"
    }
}
