import ArgumentParser
import Foundation
import TrackerSyntax

enum EvaluationFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct EvaluateSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-syntax",
        abstract: "Score the tagger and parser against a gold CoNLL-U treebank, on its own words.",
        discussion: """
            Tags and parses each gold sentence's words (gold tokenisation) and prints UPOS accuracy, \
            UAS and LAS over every word (punctuation included), then precision, recall and F1 of \
            labelled attachment for each relation seen at least 20 times.

            Examples:
              tracker evaluate-syntax ../shared/data/ud-english/en_ewt-ud-test.conllu
              tracker evaluate-syntax gold.conllu --format json
            """
    )

    @Argument(help: ArgumentHelp("A CoNLL-U file with gold trees.", valueName: "GOLD.conllu"))
    var gold: String

    @Option(help: "text or json.")
    var format: EvaluationFormat = .text

    func run() throws {
        let bytes = try InputFile.read(path: gold)
        let sentences: [CoNLLUSentence]
        do {
            sentences = try CoNLLUReader(file: gold).sentences(in: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CLIError(error.description)
        }
        guard !sentences.isEmpty else { throw CLIError("\(gold): no sentences") }
        let analyzer = try SyntaxAnalyzer.english
        var evaluation = SyntaxEvaluation()
        for sentence in sentences {
            evaluation.add(gold: sentence.tree, predicted: analyzer.parse(words: sentence.words.map(\.form)))
        }
        var out = StandardOutput()
        let shown = evaluation.relations.filter { $0.gold >= 20 }
        switch format {
        case .json:
            var object: [String: Any] = [
                "sentences": evaluation.sentences, "words": evaluation.words,
                "upos": evaluation.tagAccuracy, "uas": evaluation.unlabelledAttachment, "las": evaluation.labelledAttachment,
            ]
            object["relations"] = shown.map {
                [
                    "relation": $0.relation.rawValue, "gold": $0.gold, "predicted": $0.predicted, "correct": $0.correct,
                    "precision": $0.precision, "recall": $0.recall, "f1": $0.f1,
                ] as [String: Any]
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            out.write(String(decoding: data, as: UTF8.self) + "\n")
        case .text:
            out.write("\(evaluation.sentences) sentences, \(evaluation.words) words (gold tokens)\n")
            out.write(
                String(
                    format: "UPOS %.4f  UAS %.4f  LAS %.4f\n\n", evaluation.tagAccuracy,
                    evaluation.unlabelledAttachment, evaluation.labelledAttachment))
            out.write("relation          gold   pred     P      R      F1\n")
            for score in shown {
                out.write(
                    score.relation.rawValue.padding(15)
                        + String(
                            format: " %6d %6d  %.3f  %.3f  %.3f\n",
                            score.gold, score.predicted, score.precision, score.recall, score.f1))
            }
        }
        try out.flush()
    }
}
