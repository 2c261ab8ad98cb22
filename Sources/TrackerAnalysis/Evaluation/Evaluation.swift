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
        /// The gold line's document, when it is scored in context.
        public var document: String?
        /// Where the line starts in its document (Unicode scalars).
        public var start: Int?
        /// Where the line ends in its document (Unicode scalars).
        public var end: Int?
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
        /// The gold line's id, if it has one.
        public var id: String?
        /// The line's text.
        public var text: String
        /// `holder` or `source`.
        public var role: String
        /// The gold actor.
        public var expected: String
        /// The tagger's actor, or `nil` when it named none.
        public var actual: String?
        /// Where the line is, when scored in context.
        public var document: String?
        /// The line's first Unicode scalar in ``document``, when scored in context.
        public var start: Int?
        /// The offset just past the line's last Unicode scalar in ``document`` (the span is half-open).
        public var end: Int?

        init(_ line: GoldLine, role: String, expected: String, actual: String?) {
            id = line.id
            text = line.text
            self.role = role
            self.expected = expected
            self.actual = actual
            document = line.document
            start = line.start
            end = line.end
        }
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
    ///
    /// A line with a `document` found in `documents` (name to text) is scored
    /// in context: the whole document is analysed once, as in use (pronouns
    /// and short names resolve from the sentences before), and the line is
    /// compared with the statements whose clauses overlap its span. Other
    /// lines are analysed alone.
    public static func run(
        _ gold: [GoldLine], tagger: StatementTagger, only: Set<StatementKind>? = nil,
        merge: [StatementKind: StatementKind] = [:], documents: [String: String] = [:],
        context: StatementTagger.DocumentContext = StatementTagger.DocumentContext()
    ) -> Evaluation {
        var evaluation = Evaluation(kinds: StatementKind.allCases.map { KindScore(kind: $0) })
        let segmenter = SentenceSegmenter()
        var analysed: [String: [AnnotatedSentence]] = [:]
        for line in gold {
            if let name = line.document, let text = documents[name], let start = line.start, let end = line.end {
                let sentences =
                    analysed[name]
                    ?? tagger.annotate(
                        text, sentences: segmenter.sentences(in: text),
                        context: context)
                analysed[name] = sentences
                // Statements whose clause overlaps the gold span: where the
                // segmenter joins two gold sentences, each gets its own clauses.
                let statements = sentences.lazy.filter { $0.span.start < end && $0.span.end > start }
                    .flatMap(\.statements).filter { $0.clauseStart < end && $0.clauseEnd > start }
                evaluation.score(
                    line, statements: Array(statements), merge: merge, only: only,
                    names: ActorNameMatch(dictionary: tagger.actors, documentText: text))
            } else {
                // A line may be a paragraph: its kinds are those of all its sentences.
                let spans = segmenter.sentences(in: line.text)
                let sentences = tagger.annotate(
                    line.text,
                    sentences: spans.isEmpty
                        ? [
                            SentenceSpan(
                                start: 0, end: line.text.unicodeScalars.count, utf8Start: 0, utf8End: line.text.utf8.count,
                                rule: .oneSentencePerLine)
                        ] : spans)
                evaluation.score(
                    line, statements: sentences.flatMap(\.statements), merge: merge, only: only,
                    names: ActorNameMatch(dictionary: tagger.actors))
            }
        }
        return evaluation
    }

    /// Scores one gold line against the statements predicted for it: kinds,
    /// polarity, holder and source.
    mutating func score(
        _ line: GoldLine, statements: [Statement], merge: [StatementKind: StatementKind],
        only: Set<StatementKind>?, names: ActorNameMatch
    ) {
        // The kinds a sentence carries: each statement's, and uncertainty when any is uncertain.
        var kinds = Set(statements.map(\.kind))
        if statements.contains(where: { $0.certainty == .uncertain }) { kinds.insert(.uncertainty) }
        kinds = Set(kinds.map { merge[$0] ?? $0 })
        add(line, predictedKinds: kinds, polarity: { kind in statements.first { $0.kind == kind }?.polarity }, only: only)
        if let holder = line.holder {
            // Who commits or achieved; failing that, whose action is uncertain (ANNOTATION.md).
            let predicted =
                statements.first { $0.kind == .commitment || $0.kind == .achievement }.flatMap { $0.holder }
                ?? statements.first { $0.kind == .uncertainty && $0.holder != nil }?.holder
            holderTotal += 1
            if names.matches(predicted, holder) {
                holderCorrect += 1
            } else {
                roleErrors.append(RoleError(line, role: "holder", expected: holder, actual: predicted?.actor))
            }
        }
        if let source = line.source {
            // Who says it: a claim's source, else the source of any statement ("an Ipsos poll suggests ...").
            let predicted =
                statements.first { $0.kind == .claim && $0.source != nil }?.source
                ?? statements.first { $0.source != nil }?.source
            sourceTotal += 1
            if names.matches(predicted, source) {
                sourceCorrect += 1
            } else {
                roleErrors.append(RoleError(line, role: "source", expected: source, actual: predicted?.actor))
            }
        }
    }

    /// A predicted actor matches a gold name by canonical name, by the text
    /// it was resolved from, or by its affiliation ("the ministry" of France);
    /// any of the dictionary's names for either counts ("UN Security Council"
    /// for "United Nations Security Council"); titles and honorifics aside.
    static func sameActor(_ predicted: ActorMention?, _ gold: String, in dictionary: ActorDictionary = ActorDictionary()) -> Bool {
        ActorNameMatch(dictionary: dictionary).matches(predicted, gold)
    }

    mutating func add(
        _ line: GoldLine, predictedKinds: Set<StatementKind>, polarity: (StatementKind) -> Polarity?,
        only: Set<StatementKind>?
    ) {
        lines += 1
        var scored = Set(line.scored ?? StatementKind.allCases)
        if let only { scored.formIntersection(only) }
        // An optional kind the gold does not require counts neither way.
        scored.subtract(Set(line.optional ?? []).subtracting(line.kinds))
        let expected = Set(line.kinds).intersection(scored)
        let predicted = predictedKinds.intersection(scored)
        var error = Error(
            id: line.id, text: line.text, missed: [], spurious: [], wrongPolarity: [],
            predicted: predicted.sorted(), expected: expected.sorted(),
            document: line.document, start: line.start, end: line.end)
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
                let gold = line.polarity?[kind.rawValue], let actual = polarity(kind)
            {
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
