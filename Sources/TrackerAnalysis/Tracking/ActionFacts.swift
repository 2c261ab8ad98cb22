/// What linking compares of a statement, worked out once: the meaning of
/// its normalised action (``ActionMeaning``) and its topics.
public struct ActionFacts: Sendable, Hashable {
    /// Its action group, object head, aspect, quantity and other words, as ``ActionVocabulary`` reads them.
    public var meaning: ActionMeaning
    /// A handful at most: comparing arrays beats building sets.
    public var topics: [String]
    /// What it says became of a pledge itself (dropped, missed, put off), if anything.
    public var turn: PledgeTurn?
    /// It reports the action not done: a denial of it ("no prisoners have been released") or a state that
    /// still holds ("the crossing was still closed"). Evidence that a pledge is not kept, never a fulfilment.
    public var undone = false

    /// The facts of a statement, with no pledge turn (set ``turn`` when it reports one).
    public init(meaning: ActionMeaning, topics: [String]) {
        self.meaning = meaning
        self.topics = topics
    }

    /// The action group.
    public var group: String { meaning.group }
    /// The object's head noun, nil for a bare verb.
    public var head: String? { meaning.head }

    /// Whether the two share a topic.
    public func sharesTopic(with other: ActionFacts) -> Bool {
        topics.contains { other.topics.contains($0) }
    }
}
