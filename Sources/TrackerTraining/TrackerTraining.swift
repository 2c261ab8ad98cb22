import Foundation
import TrackerSyntax

/// Trains the syntax model from CoNLL-U treebanks:
///
///     swift run -c release TrackerTraining \
///         --train ../shared/data/ud-english/en_ewt-ud-dev.conllu ../shared/data/ud-english/en_pud-ud-test.conllu \
///         --out Sources/TrackerSyntax/Resources/english.model --seed 1
///
/// Options: `--tag-epochs N` (default 10), `--parse-epochs N` (default 15),
/// `--folds N` (jack-knifing of the tags the parser trains on, default 5),
/// `--holdout N` (keep the last N shuffled sentences out of training and
/// print their scores after every epoch: for tuning, never on test data),
/// `--prune P` (drop weights below P times a table's largest, default 0.001),
/// `--min-updates N` (updates a feature takes part in before it has weights, default 2),
/// `--wordnet DIR` (WordNet 3.0's dict files, e.g. /usr/share/wordnet from
/// Debian's wordnet-base: open-class bits for words the treebanks lack).
/// The same data and seed give a byte-identical model.
@main
struct TrackerTraining {
    struct Options {
        var train: [String] = []
        var out: String?
        var seed: UInt64 = 1
        var tagEpochs = 10
        var parseEpochs = 15
        var folds = 5
        var holdout = 0
        /// Weights below this share of a table's largest are dropped (smaller model, fewer cache misses).
        var prune: Float = 0.001
        /// Updates a feature must take part in before it gets weights.
        var minimumUpdates = 2
        /// WordNet's dictionary files, for the word class lexicon.
        var wordnet: String?
    }

    static func main() {
        do {
            let options = try parse(Array(CommandLine.arguments.dropFirst()))
            try run(options)
        } catch {
            // write(contentsOf:) throws where write(_: Data) traps; a failed write to standard
            // error has nowhere left to be reported, so it is dropped.
            try? FileHandle.standardError.write(contentsOf: Data("TrackerTraining: \(error)\n".utf8))
            exit(1)
        }
    }

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var k = 0
        func value() throws -> String {
            k += 1
            guard k < arguments.count else { throw TrainingError("\(arguments[k - 1]) needs a value") }
            return arguments[k]
        }
        func number() throws -> Int {
            let text = try value()
            guard let n = Int(text), n >= 0 else { throw TrainingError("\(arguments[k - 1]) needs a whole number, not '\(text)'") }
            return n
        }
        while k < arguments.count {
            switch arguments[k] {
            case "--train":
                while k + 1 < arguments.count, !arguments[k + 1].hasPrefix("--") { k += 1; options.train.append(arguments[k]) }
            case "--out": options.out = try value()
            case "--seed": options.seed = UInt64(try number())
            case "--tag-epochs": options.tagEpochs = try number()
            case "--parse-epochs": options.parseEpochs = try number()
            case "--folds": options.folds = try number()
            case "--holdout": options.holdout = try number()
            case "--wordnet": options.wordnet = try value()
            case "--min-updates": options.minimumUpdates = max(try number(), 1)
            case "--prune":
                let text = try value()
                guard let p = Float(text), p >= 0, p < 1 else { throw TrainingError("--prune needs a share below 1, not '\(text)'") }
                options.prune = p
            default: throw TrainingError("unknown option '\(arguments[k])'")
            }
            k += 1
        }
        guard !options.train.isEmpty else { throw TrainingError("give the treebanks with --train FILE...") }
        guard options.out != nil || options.holdout > 0 else { throw TrainingError("give --out FILE (or --holdout N to tune)") }
        return options
    }

    static func run(_ options: Options) throws {
        let start = Date()
        var treebank: [CoNLLUSentence] = []
        for path in options.train {
            guard let data = FileManager.default.contents(atPath: path) else { throw TrainingError("cannot read \(path)") }
            treebank += try CoNLLUReader(file: path).sentences(in: String(decoding: data, as: UTF8.self))
        }
        let lexicon = try options.wordnet.map(WordNetReader.lexicon) ?? .empty
        let vocabulary = Vocabulary(treebank, lexicon: lexicon)
        var all = treebank.map(vocabulary.sentence)
        var rng = SeededGenerator(seed: options.seed)
        all.seededShuffle(&rng)
        let held = Array(all.suffix(min(options.holdout, all.count / 2)))
        var training = Array(all.dropLast(held.count))
        log(
            "\(training.count) training sentences, \(training.reduce(0) { $0 + $1.keys.count }) words; \(held.count) held out; "
                + "\(vocabulary.tags.count) tags, \(vocabulary.relations.count) relations, \(vocabulary.dictionary.count) dictionary words")

        // Tags for parser training come from taggers that did not see the sentence.
        var tagger = TaggerTrainer(tagCount: vocabulary.tags.count, dictionary: vocabulary.dictionary)
        tagger.minimumUpdates = options.minimumUpdates
        let folds = max(options.folds, 1)
        if folds > 1 {
            for fold in 0..<folds {
                let rest = training.indices.filter { $0 % folds != fold }.map { training[$0] }
                let model = try vocabulary.model(tagger: tagger.train(rest, epochs: options.tagEpochs, rng: &rng))
                for i in training.indices where i % folds == fold {
                    training[i].predictedTags = training[i].keys.withUnsafeBufferPointer { model.tagClasses($0) }
                }
            }
        } else {
            for i in training.indices { training[i].predictedTags = training[i].goldTags }
        }
        log(String(format: "jack-knifed tags in %.1f s", Date().timeIntervalSince(start)))
        let tagWeights = tagger.train(training, epochs: options.tagEpochs, rng: &rng) { epoch, perceptron in
            guard !held.isEmpty, let model = try? vocabulary.model(tagger: perceptron) else { return }
            log(String(format: "tagger epoch %d: held-out UPOS %.4f", epoch, score(held, model).tagAccuracy))
        }
        var parser = ParserTrainer(relationCount: vocabulary.relations.count, rootLabel: vocabulary.rootLabel)
        parser.minimumUpdates = options.minimumUpdates
        let (transitions, labels) = parser.train(training, epochs: options.parseEpochs, rng: &rng) { epoch, transitions, labels in
            guard !held.isEmpty,
                let model = try? vocabulary.model(
                    tagger: tagWeights, transitions: transitions, labels: labels,
                    prune: options.prune)
            else { return }
            let result = score(held, model)
            log(
                String(
                    format: "parser epoch %d: held-out UPOS %.4f UAS %.4f LAS %.4f", epoch,
                    result.tagAccuracy, result.unlabelledAttachment, result.labelledAttachment))
        }
        let model = try vocabulary.model(tagger: tagWeights, transitions: transitions, labels: labels, prune: options.prune)
        log("features: tagger \(tagWeights.featureCount), transitions \(transitions.featureCount), labels \(labels.featureCount)")
        log(
            "tables: tagger \(model.tagWeights.byteCount) B, transitions \(model.transitionWeights.byteCount) B, labels \(model.labelWeights.byteCount) B"
        )
        if let out = options.out {
            let bytes = model.serialized()
            try Data(bytes).write(to: URL(fileURLWithPath: out))
            log("wrote \(out): \(bytes.count) bytes")
        }
        log(String(format: "done in %.1f s", Date().timeIntervalSince(start)))
    }

    static func score(_ sentences: [TrainingSentence], _ model: SyntaxModel) -> SyntaxEvaluation {
        let analyzer = SyntaxAnalyzer(model: model)
        var evaluation = SyntaxEvaluation()
        for sentence in sentences {
            evaluation.add(gold: sentence.goldTree, predicted: analyzer.parse(words: sentence.forms))
        }
        return evaluation
    }

    static func log(_ message: String) {
        try? FileHandle.standardError.write(contentsOf: Data("\(message)\n".utf8))
    }
}

struct TrainingError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
