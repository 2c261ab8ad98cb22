import TrackerSyntax

/// What training reads off the treebank before learning: the tag set (UPOS
/// and Penn tag pairs), the relations, and the tag dictionary.
struct Vocabulary {
    let tags: [(tag: UniversalTag, penn: String)]
    let relations: [DependencyRelation]
    let dictionary: [UInt64: UInt8]
    let rootLabel: UInt8
    let lexicon: WordClassLexicon
    private let tagIndex: [String: UInt8]
    private let relationIndex: [DependencyRelation: UInt8]

    /// Words seen at least this often whose commonest tag covers this share of them go in the dictionary.
    static let dictionaryCount = 20
    static let dictionaryShare = 0.97

    init(_ treebank: [CoNLLUSentence], lexicon: WordClassLexicon) {
        self.lexicon = lexicon
        var tagCounts: [String: Int] = [:]
        var relationSet = Set<DependencyRelation>([.root])
        for sentence in treebank {
            for word in sentence.words {
                tagCounts[Self.tagName(word), default: 0] += 1
                relationSet.insert(DependencyRelation(label: word.deprel))
            }
        }
        let names = tagCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        tags = names.map { name in
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            return (UniversalTag(rawValue: parts[0]) ?? .x, parts.count > 1 ? parts[1] : "_")
        }
        tagIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, UInt8($0)) })
        relations = DependencyRelation.allCases.filter(relationSet.contains)
        relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, UInt8($0)) })
        rootLabel = relationIndex[.root]!
        var perWord: [UInt64: [UInt8: Int]] = [:]
        for sentence in treebank {
            for word in sentence.words {
                perWord[WordKeys(word.form, lexicon: .empty).lower, default: [:]][tagIndex[Self.tagName(word)]!, default: 0] += 1
            }
        }
        var dictionary: [UInt64: UInt8] = [:]
        for (key, counts) in perWord {
            let total = counts.values.reduce(0, +)
            guard total >= Self.dictionaryCount,
                let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                Double(top.value) / Double(total) >= Self.dictionaryShare
            else { continue }
            dictionary[key] = top.key
        }
        self.dictionary = dictionary
    }

    static func tagName(_ word: CoNLLUSentence.Word) -> String {
        "\(UniversalTag(rawValue: word.upos)?.rawValue ?? "X") \(word.xpos)"
    }

    func sentence(_ sentence: CoNLLUSentence) -> TrainingSentence {
        let n = sentence.words.count
        return TrainingSentence(
            forms: sentence.words.map(\.form),
            keys: sentence.words.map { WordKeys($0.form, lexicon: lexicon) },
            goldTags: sentence.words.map { tagIndex[Self.tagName($0)]! },
            goldHeads: sentence.words.map { $0.head == 0 ? n : $0.head - 1 },
            goldLabels: sentence.words.map { relationIndex[DependencyRelation(label: $0.deprel)]! },
            predictedTags: [],
            goldTree: sentence.tree)
    }

    /// A model of these perceptrons' averaged weights (empty parser tables when only the tagger is trained).
    func model(
        tagger: AveragedPerceptron, transitions: AveragedPerceptron? = nil, labels: AveragedPerceptron? = nil,
        prune: Float = 0
    ) throws -> SyntaxModel {
        try SyntaxModel(
            tags: tags, relations: relations, tagDictionary: dictionary, lexicon: lexicon,
            tagWeights: WeightTable(classCount: tags.count, weights: tagger.averaged(), prune: prune),
            transitionWeights: WeightTable(classCount: Transition.allCases.count, weights: transitions?.averaged() ?? [], prune: prune),
            labelWeights: WeightTable(classCount: relations.count, weights: labels?.averaged() ?? [], prune: prune))
    }
}
