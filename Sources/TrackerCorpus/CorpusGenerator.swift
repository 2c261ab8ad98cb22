public import TrackerAnalysis

/// Builds large, deterministic corpora from a few example articles, for
/// benchmarks and load tests: documents made of the examples' sentences,
/// shuffled by a seeded generator, each with a unique headline and date so
/// that no two share a content hash.
public struct CorpusGenerator: Sendable {
    /// The sentences documents are built from.
    public let sentences: [String]
    /// The seed of the shuffle: the same seed gives the same corpus.
    public let seed: UInt64
    /// When set, every document names states of its own in place of the ones
    /// the examples name (see ``init(sentences:seed:recasting:)``).
    let cast: StateCast?

    /// A generator over `sentences`, shuffled by `seed`.
    public init(sentences: [String], seed: UInt64 = 42) {
        self.init(sentences: sentences, seed: seed, recasting: nil)
    }

    /// A generator whose documents each recast the states the sentences name
    /// (by name and demonym) with other states of `dictionary`, drawn per
    /// document, so that a large corpus spreads its statements over many
    /// actors. Without a dictionary, sentences are used as written.
    public init(sentences: [String], seed: UInt64 = 42, recasting dictionary: ActorDictionary?) {
        precondition(!sentences.isEmpty, "a corpus needs at least one sentence")
        self.sentences = sentences
        self.seed = seed
        cast = dictionary.map { StateCast(sentences: sentences, dictionary: $0) }
    }

    /// Sentences of the given documents, cleaned and segmented as the tracker would.
    public init(documents: [CleanedDocument], seed: UInt64 = 42) {
        self.init(documents: documents, seed: seed, recasting: nil)
    }

    /// Sentences of the given documents, recast per document with states of
    /// `dictionary` when one is given.
    public init(documents: [CleanedDocument], seed: UInt64 = 42, recasting dictionary: ActorDictionary?) {
        let segmenter = SentenceSegmenter()
        var collected: [String] = []
        for document in documents {
            for span in segmenter.sentences(in: document.text) {
                let text = span.text(in: document.text)
                if text.contains(" "), text.last.map({ ".!?\u{201D}\"".contains($0) }) == true {
                    collected.append(text)
                }
            }
        }
        self.init(sentences: collected, seed: seed, recasting: dictionary)
    }

    /// Document number `index`: a headline, then paragraphs of 2–5 sentences,
    /// about `words` words in all. The same index always gives the same text.
    public func document(_ index: Int, words: Int = 400) -> (text: String, date: CalendarDate) {
        var random = SplitMix64(seed: seed &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9)
        let date = CalendarDate(dayNumber: 17_897 + Int(random.next() % 2_500))  // from 2019-01-01
        // The cast is drawn after the date, so documents without recasting keep their text.
        let states = cast.map { $0.draw(using: &random) }
        var text = "Generated report \(index) of \(date.iso)\n\n"
        var count = 0
        var inParagraph = 0
        var paragraphLength = 2 + Int(random.next() % 4)
        while count < words {
            let pick = Int(random.next() % UInt64(sentences.count))
            let sentence = if let cast, let states { cast.render(pick, cast: states) } else { sentences[pick] }
            if inParagraph > 0 { text += " " }
            text += sentence
            count += WordCounter.count(in: sentence)
            inParagraph += 1
            if inParagraph == paragraphLength {
                text += "\n\n"
                inParagraph = 0
                paragraphLength = 2 + Int(random.next() % 4)
            }
        }
        return (text, date)
    }

    /// One long text of at least `words` words (documents joined by blank lines).
    public func text(words: Int) -> String {
        var text = ""
        var count = 0
        var index = 0
        while count < words {
            let document = self.document(index, words: 2_000).text
            count += WordCounter.count(in: document)
            text += document
            text += "\n\n"
            index += 1
        }
        return text
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64):
/// the same seed gives the same corpus on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
