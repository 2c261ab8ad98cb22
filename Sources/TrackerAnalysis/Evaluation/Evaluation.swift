/// Scores the tagger against gold lines: precision, recall and F1 per kind,
/// macro-F1, polarity accuracy, a confusion summary and the worst errors.
public struct Evaluation: Sendable, Codable {
    /// The counts of one kind and the scores made from them.
    public struct KindScore: Sendable, Codable, Hashable {
        /// The kind scored.
        public var kind: StatementKind
        /// Lines where gold and tagger both have the kind.
        public var truePositives = 0
        /// Lines where the tagger has it and gold does not.
        public var falsePositives = 0
        /// Lines where gold has it and the tagger does not.
        public var falseNegatives = 0
        /// Lines on which this kind was scored.
        public var lines = 0

        /// True positives over all predicted (0 when none).
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// True positives over all in gold (0 when none).
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        /// Whether the gold labels any line with this kind or the tagger predicted it.
        public var isObserved: Bool { truePositives + falsePositives + falseNegatives > 0 }
    }

    /// One line the tagger got wrong.
    public struct Error: Sendable, Codable, Hashable {
        /// The gold line's id, if it has one.
        public var id: String?
        /// The line's text.
        public var text: String
        /// Kinds gold has and the tagger missed.
        public var missed: [StatementKind]
        /// Kinds the tagger found and gold does not have.
        public var spurious: [StatementKind]
        /// Kinds found by both with another polarity.
        public var wrongPolarity: [StatementKind]
        /// Every kind the tagger found.
        public var predicted: [StatementKind]
        /// Every kind gold has.
        public var expected: [StatementKind]
        /// How wrong the line is: one per missed, spurious or mis-polarised kind.
        public var cost: Int { missed.count + spurious.count + wrongPolarity.count }
    }

    /// Lines scored.
    public var lines = 0
    /// The scores of each kind.
    public var kinds: [KindScore]
    /// Kinds found by both whose polarity agrees.
    public var polarityCorrect = 0
    /// Kinds found by both with a gold polarity.
    public var polarityTotal = 0
    /// Lines whose gold names a holder (or source), and how many the tagger named alike.
    public var holderCorrect = 0
    /// Lines whose gold names a holder.
    public var holderTotal = 0
    /// Lines whose source the tagger named as gold does.
    public var sourceCorrect = 0
    /// Lines whose gold names a source.
    public var sourceTotal = 0
    /// The lines the tagger got wrong.
    public var errors: [Error] = []
    /// Lines where the holder or source differs: text, expected, actual.
    public var roleErrors: [RoleError] = []

    /// A holder or source the tagger got wrong.
    public struct RoleError: Sendable, Codable, Hashable {
        /// The line's text.
        public var text: String
        /// `holder` or `source`.
        public var role: String
        /// The gold actor.
        public var expected: String
        /// The tagger's actor, or `nil` when it named none.
        public var actual: String?
    }

    /// Polarity agreements over kinds found by both.
    public var polarityAccuracy: Double { ratio(polarityCorrect, polarityTotal) }
    /// Holders named right over lines with a gold holder.
    public var holderAccuracy: Double { ratio(holderCorrect, holderTotal) }
    /// Sources named right over lines with a gold source.
    public var sourceAccuracy: Double { ratio(sourceCorrect, sourceTotal) }

    /// Mean F1 over the kinds that occur (in the gold or the predictions).
    public var macroF1: Double {
        let observed = kinds.filter(\.isObserved)
        return observed.isEmpty ? 0 : observed.map(\.f1).reduce(0, +) / Double(observed.count)
    }

    /// Scores `tagger` on `gold`, counting only `only` kinds when given.
    /// `merge` maps a predicted kind onto another before scoring, for data
    /// sets whose classes join two of ours (ClimateBERT's "commitment or
    /// action": `[.achievement: .commitment]`).
    public static func run(_ gold: [GoldLine], tagger: StatementTagger, only: Set<StatementKind>? = nil,
                           merge: [StatementKind: StatementKind] = [:]) -> Evaluation {
        var evaluation = Evaluation(kinds: StatementKind.allCases.map { KindScore(kind: $0) })
        let segmenter = SentenceSegmenter()
        for line in gold {
            // A line may be a paragraph: its kinds are those of all its sentences.
            let spans = segmenter.sentences(in: line.text)
            let sentences = tagger.annotate(line.text, sentences: spans.isEmpty ? [SentenceSpan(
                start: 0, end: line.text.unicodeScalars.count, utf8Start: 0, utf8End: line.text.utf8.count,
                rule: .oneSentencePerLine)] : spans)
            var kinds = Set<StatementKind>()
            for sentence in sentences { kinds.formUnion(sentence.kinds) }
            kinds = Set(kinds.map { merge[$0] ?? $0 })
            let polarity: (StatementKind) -> Polarity? = { kind in
                sentences.lazy.compactMap { $0.polarity(of: kind) }.first
            }
            evaluation.add(line, predictedKinds: kinds, polarity: polarity, only: only)
            let statements = sentences.flatMap(\.statements)
            if let holder = line.holder {
                // Who commits or achieved; failing that, whose action is uncertain (docs/ANNOTATION.md).
                let predicted = statements.first { $0.kind == .commitment || $0.kind == .achievement }.flatMap { $0.holder }
                    ?? statements.first { $0.kind == .uncertainty && $0.holder != nil }?.holder
                evaluation.holderTotal += 1
                if sameActor(predicted, holder, in: tagger.actors) {
                    evaluation.holderCorrect += 1
                } else {
                    evaluation.roleErrors.append(RoleError(text: line.text, role: "holder", expected: holder, actual: predicted?.actor))
                }
            }
            if let source = line.source {
                // Who says it: a claim's source, else the source of any statement ("an Ipsos poll suggests ...").
                let predicted = statements.first { $0.kind == .claim && $0.source != nil }?.source
                    ?? statements.first { $0.source != nil }?.source
                evaluation.sourceTotal += 1
                if sameActor(predicted, source, in: tagger.actors) {
                    evaluation.sourceCorrect += 1
                } else {
                    evaluation.roleErrors.append(RoleError(text: line.text, role: "source", expected: source, actual: predicted?.actor))
                }
            }
        }
        return evaluation
    }

    /// A predicted actor matches a gold name by canonical name, by the text
    /// it was resolved from, or by its affiliation ("the ministry" of France);
    /// any of the dictionary's names for either counts ("UN Security Council"
    /// for "United Nations Security Council").
    static func sameActor(_ predicted: ActorMention?, _ gold: String, in dictionary: ActorDictionary = ActorDictionary()) -> Bool {
        guard let predicted else { return false }
        func fold(_ text: String) -> String {
            var lowered = text.lowercased()
            if lowered.hasPrefix("the ") { lowered.removeFirst(4) }
            return lowered
        }
        let target = fold(gold)
        var names = [predicted.actor, predicted.mention, predicted.affiliation ?? ""]
        for id in [predicted.id, predicted.affiliationID].compactMap({ $0 }) {
            if let entry = dictionary.entry(id: id) { names += [entry.name] + (entry.aliases ?? []) }
        }
        return names.contains { fold($0) == target }
    }

    mutating func add(_ line: GoldLine, predictedKinds: Set<StatementKind>, polarity: (StatementKind) -> Polarity?,
                      only: Set<StatementKind>?) {
        lines += 1
        var scored = Set(line.scored ?? StatementKind.allCases)
        if let only { scored.formIntersection(only) }
        let expected = Set(line.kinds).intersection(scored)
        let predicted = predictedKinds.intersection(scored)
        var error = Error(id: line.id, text: line.text, missed: [], spurious: [], wrongPolarity: [],
                          predicted: predicted.sorted(), expected: expected.sorted())
        for index in kinds.indices where scored.contains(kinds[index].kind) {
            let kind = kinds[index].kind
            kinds[index].lines += 1
            switch (expected.contains(kind), predicted.contains(kind)) {
            case (true, true): kinds[index].truePositives += 1
            case (false, true):
                kinds[index].falsePositives += 1
                error.spurious.append(kind)
            case (true, false):
                kinds[index].falseNegatives += 1
                error.missed.append(kind)
            case (false, false): break
            }
            if kind != .uncertainty, expected.contains(kind), predicted.contains(kind),
               let gold = line.polarity?[kind.rawValue], let actual = polarity(kind) {
                polarityTotal += 1
                if gold == actual { polarityCorrect += 1 } else { error.wrongPolarity.append(kind) }
            }
        }
        if error.cost > 0 { errors.append(error) }
    }

    /// The lines with the most errors first.
    public func worstErrors(_ count: Int) -> [Error] {
        Array(errors.enumerated().sorted { ($0.element.cost, -$0.offset) > ($1.element.cost, -$1.offset) }.prefix(count).map(\.element))
    }

    /// "missed commitment: 12, spurious claim: 30": how kinds go wrong.
    public func confusion() -> [(label: String, count: Int)] {
        var counts: [String: Int] = [:]
        for error in errors {
            for kind in error.missed { counts["missed \(kind.rawValue)", default: 0] += 1 }
            for kind in error.spurious { counts["spurious \(kind.rawValue)", default: 0] += 1 }
            for kind in error.wrongPolarity { counts["wrong polarity of \(kind.rawValue)", default: 0] += 1 }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }
}

private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}
