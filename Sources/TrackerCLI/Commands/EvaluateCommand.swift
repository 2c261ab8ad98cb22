import ArgumentParser
import Foundation
import TrackerAnalysis

struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the tagger on labelled sentences.",
        discussion: """
            GOLD.jsonl holds one labelled sentence a line:
              {"text": "...", "kinds": ["commitment"], "polarity": {"commitment": "negated"},
               "scored": ["commitment"]}
            polarity and scored are optional; scored names the kinds the line labels (default: all \
            four), for data sets that label one kind only. Prints precision, recall and F1 per kind, \
            macro-F1, polarity accuracy, how kinds go wrong, and the worst errors.

            A line may hold several sentences (a paragraph): it carries the kinds of all of them.

            In context: a line with "document", "start" and "end" (Unicode scalar offsets into that \
            document) is scored against the analysis of the whole document, read from --documents DIR \
            (default: the documents/ folder beside GOLD.jsonl), so pronouns and short names resolve as \
            in use. "optional" lists kinds acceptable either way (neither a miss nor a false alarm). \
            A holder or source matches by any name of the actor, titles and honorifics aside \
            ("Anna Berg QC" is "Anna Berg"; "Mr Berg" is her when the document names her in full).

            Examples:
              tracker evaluate Tests/TrackerAnalysisTests/Fixtures/statements-test.jsonl
              tracker evaluate bioscope.jsonl --kinds uncertainty --format json
              tracker evaluate climate.jsonl --kinds commitment --merge achievement:commitment
              tracker evaluate news/gold.jsonl --documents news/documents
            """
    )

    @Argument(help: ArgumentHelp("Labelled sentences, JSON Lines.", valueName: "GOLD.jsonl"))
    var gold: String

    @Option(help: ArgumentHelp("Score only these kinds (comma-separated).", valueName: "K,..."))
    var kinds: String?

    @Option(
        help: ArgumentHelp(
            "Count a predicted kind as another, e.g. achievement:commitment for data sets whose "
                + "positive class is 'commitment or action'.", valueName: "FROM:TO"))
    var merge: [String] = []

    @Option(
        help: ArgumentHelp(
            "Where the documents named by gold lines are (default: documents/ beside GOLD.jsonl).",
            valueName: "DIR"))
    var documents: String?

    @Flag(help: "Score every line alone, even where it names its document.")
    var lineByLine = false

    @OptionGroup var metadata: MetadataOptions

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @Option(help: "How many of the worst errors to show.")
    var errors = 15

    enum ReportFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        var only: Set<StatementKind>?
        if let kinds {
            only = try Set(
                kinds.split(separator: ",").map { name in
                    guard let kind = StatementKind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                        throw ValidationError("unknown kind '\(name)'; use claim, commitment, achievement, uncertainty")
                    }
                    return kind
                })
        }
        var merged: [StatementKind: StatementKind] = [:]
        for pair in merge {
            let parts = pair.split(separator: ":").map { StatementKind(rawValue: String($0)) }
            guard parts.count == 2, let from = parts[0], let to = parts[1] else {
                throw ValidationError("--merge takes FROM:TO with two kinds, e.g. achievement:commitment")
            }
            merged[from] = to
        }
        let lines = try GoldFile.read(gold)
        let texts = lineByLine ? [:] : try GoldFile.documents(of: lines, gold: gold, folder: documents)
        let context = StatementTagger.DocumentContext(date: metadata.date, publication: metadata.source, country: metadata.country)
        let evaluation = Evaluation.run(
            lines, tagger: try analysis.tagger(), only: only, merge: merged,
            documents: texts, context: context)
        var out = StandardOutput()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            struct Summary: Encodable {
                var lines: Int
                var macroF1: Double
                var polarityAccuracy: Double
                var holderAccuracy: Double
                var sourceAccuracy: Double
                var roleErrors: [Evaluation.RoleError]
                var kinds: [String: [String: Double]]
                var confusion: [String: Int]
                var worstErrors: [Evaluation.Error]
            }
            var kindTable: [String: [String: Double]] = [:]
            for score in evaluation.kinds where score.isObserved {
                kindTable[score.kind.rawValue] = [
                    "precision": score.precision, "recall": score.recall, "f1": score.f1,
                    "tp": Double(score.truePositives), "fp": Double(score.falsePositives),
                    "fn": Double(score.falseNegatives),
                ]
            }
            let summary = Summary(
                lines: evaluation.lines, macroF1: evaluation.macroF1,
                polarityAccuracy: evaluation.polarityAccuracy, holderAccuracy: evaluation.holderAccuracy,
                sourceAccuracy: evaluation.sourceAccuracy, roleErrors: Array(evaluation.roleErrors.prefix(errors)),
                kinds: kindTable,
                confusion: Dictionary(uniqueKeysWithValues: evaluation.confusion().map { ($0.label, $0.count) }),
                worstErrors: evaluation.worstErrors(errors))
            out.write(String(decoding: try encoder.encode(summary), as: UTF8.self) + "\n")
        case .text:
            let inContext = lines.filter { $0.document != nil && texts[$0.document ?? ""] != nil }.count
            out.write(
                "\(evaluation.lines) lines from \(TerminalEscaping.escaped(gold))"
                    + (inContext > 0 ? ", \(inContext) scored in context of \(texts.count) documents" : "") + "\n\n")
            out.write("kind          precision  recall  f1     tp    fp    fn\n")
            for score in evaluation.kinds where score.isObserved {
                out.write(
                    score.kind.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                        + fixed(score.precision, 11) + fixed(score.recall, 8) + fixed(score.f1, 7)
                        + String(score.truePositives).padding(toLength: 6, withPad: " ", startingAt: 0)
                        + String(score.falsePositives).padding(toLength: 6, withPad: " ", startingAt: 0)
                        + String(score.falseNegatives) + "\n")
            }
            out.write(
                "\nmacro-F1 \(fixed(evaluation.macroF1, 0))  polarity accuracy \(fixed(evaluation.polarityAccuracy, 0)) "
                    + "(\(evaluation.polarityCorrect)/\(evaluation.polarityTotal))\n")
            if evaluation.holderTotal + evaluation.sourceTotal > 0 {
                out.write(
                    "holder accuracy \(fixed(evaluation.holderAccuracy, 0)) (\(evaluation.holderCorrect)/\(evaluation.holderTotal))"
                        + "  source accuracy \(fixed(evaluation.sourceAccuracy, 0)) (\(evaluation.sourceCorrect)/\(evaluation.sourceTotal))\n"
                )
            }
            let confusion = evaluation.confusion()
            if !confusion.isEmpty {
                out.write("\nerrors: " + confusion.map { "\($0.label) \($0.count)" }.joined(separator: ", ") + "\n")
            }
            let worst = evaluation.worstErrors(errors)
            if !worst.isEmpty { out.write("\nworst errors:\n") }
            for error in worst {
                out.write(
                    "- "
                        + TerminalEscaping.escaped(
                            "\(error.id.map { "[\($0)] " } ?? "")\(Self.place(error.document, error.start, error.end))\(error.text)") + "\n"
                )
                out.write(
                    "    expected \(error.expected.map(\.rawValue)), got \(error.predicted.map(\.rawValue))"
                        + (error.wrongPolarity.isEmpty ? "" : ", wrong polarity of \(error.wrongPolarity.map(\.rawValue))") + "\n")
            }
            let roles = evaluation.roleErrors.prefix(errors)
            if !roles.isEmpty { out.write("\nholder and source errors (first \(roles.count) of \(evaluation.roleErrors.count)):\n") }
            for error in roles {
                out.write("- \(error.id.map { "[\($0)] " } ?? "")\(Self.place(error.document, error.start, error.end))\(error.text)\n")
                out.write("    \(error.role): expected \(error.expected), got \(error.actual ?? "none")\n")
            }
        }
        try out.flush()
    }

    /// "politics_248.txt 26-135: " for a line scored in context.
    static func place(_ document: String?, _ start: Int?, _ end: Int?) -> String {
        guard let document else { return "" }
        return "\(document) \(start.map(String.init) ?? "?")-\(end.map(String.init) ?? "?"): "
    }

    private func fixed(_ value: Double, _ width: Int) -> String {
        String(format: "%.3f", value).padding(toLength: max(width, 5), withPad: " ", startingAt: 0)
    }
}

/// Reads JSON Lines gold files with errors that name the line.
enum GoldFile {
    static func read(_ path: String) throws -> [GoldLine] {
        let bytes = try InputFile.read(path: path)
        let decoder = JSONDecoder()
        var lines: [GoldLine] = []
        for (number, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            do {
                lines.append(try decoder.decode(GoldLine.self, from: Data(line.utf8)))
            } catch {
                throw CLIError("\(path):\(number + 1): not a gold line (need \"text\" and \"kinds\"): \(error.localizedDescription)")
            }
        }
        if lines.isEmpty { throw CLIError("\(path): no gold lines") }
        return lines
    }

    /// The text of every document the lines name, read from `folder` (default:
    /// `documents/` beside the gold file); a document that cannot be read is an error.
    static func documents(of lines: [GoldLine], gold: String, folder: String?) throws -> [String: String] {
        let names = Set(lines.compactMap(\.document))
        guard !names.isEmpty else { return [:] }
        let directory = folder ?? URL(fileURLWithPath: gold).deletingLastPathComponent().appendingPathComponent("documents").path
        var texts: [String: String] = [:]
        for name in names.sorted() {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else {
                throw CLIError("\(gold): document '\(name)' not found in \(directory) (give --documents DIR, or --line-by-line)")
            }
            let text = String(decoding: try InputFile.read(path: path), as: UTF8.self)
            let length = text.unicodeScalars.count
            if let line = lines.first(where: { $0.document == name && ($0.end ?? 0) > length }) {
                throw CLIError(
                    "\(gold): line \(line.id ?? line.text.prefix(40) + "...") ends at \(line.end ?? 0), "
                        + "past the end of \(path) (\(length) characters)")
            }
            texts[name] = text
        }
        return texts
    }
}
