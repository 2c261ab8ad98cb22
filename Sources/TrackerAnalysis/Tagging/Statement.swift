/// The four kinds of statement (see docs/ANNOTATION.md).
public enum StatementKind: String, Sendable, Codable, CaseIterable, Comparable {
    case claim, commitment, achievement, uncertainty

    public static func < (lhs: StatementKind, rhs: StatementKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum Polarity: String, Sendable, Codable, CaseIterable {
    case affirmed, negated
}

public enum Certainty: String, Sendable, Codable, CaseIterable {
    case certain, uncertain
}

/// A word or phrase that justifies a tag: what a user sees as the reason.
public struct Cue: Sendable, Hashable, Codable {
    /// `commitment`, `achievement`, `claim`, `hedge`, `negation`, `source`, `deadline`, ...
    public var kind: String
    public var text: String
    /// Offsets in Unicode scalars of the cleaned document text.
    public var start: Int
    public var end: Int
    /// The rule that used it.
    public var rule: String
}

/// An actor as mentioned in the text, resolved to who it is.
public struct ActorMention: Sendable, Hashable, Codable {
    /// The canonical name, e.g. "North Korea".
    public var actor: String
    /// The text it was resolved from, e.g. "Pyongyang" or "It".
    public var mention: String
    /// Offsets of the mention in the cleaned document (Unicode scalars).
    public var start: Int
    public var end: Int
    /// The actor's stable id ("north-korea"), from the dictionary or made from the name.
    public var id: String?
    public var kind: ActorKind?
    /// The state or body the actor belongs to ("United States" for Sarah Sanders).
    public var affiliation: String?
    /// The affiliation's id ("united-states").
    public var affiliationID: String?

    public init(actor: String, mention: String, start: Int, end: Int, id: String? = nil, kind: ActorKind? = nil,
                affiliation: String? = nil, affiliationID: String? = nil) {
        self.actor = actor
        self.mention = mention
        self.start = start
        self.end = end
        self.id = id
        self.kind = kind
        self.affiliation = affiliation
        self.affiliationID = affiliationID
    }
}

/// One tagged proposition inside a sentence.
public struct Statement: Sendable, Hashable, Codable {
    public var kind: StatementKind
    public var polarity: Polarity
    public var certainty: Certainty
    public var holder: ActorMention?
    public var holders: [ActorMention]
    public var source: ActorMention?
    public var targets: [ActorMention]
    /// The verb phrase committed to or achieved, as written.
    public var action: String?
    /// Verb lemma + head noun, for matching commitments with outcomes ("halt development").
    public var normalizedAction: String?
    public var topics: [String]
    /// When: a deadline for a commitment, when an achievement occurred
    /// (offsets in the cleaned document).
    public var time: TimeExpression?
    public var cues: [Cue]
    public var confidence: Double
    /// The clause the statement covers (Unicode scalar offsets).
    public var clauseStart: Int
    public var clauseEnd: Int
    /// Ids of the rules that made the decision, in order.
    public var rules: [String]
}

/// A sentence and the statements found in it.
public struct AnnotatedSentence: Sendable {
    public var index: Int
    public var span: SentenceSpan
    public var text: String
    public var statements: [Statement]

    /// The kinds this sentence carries when sentences are counted by kind:
    /// each statement's kind, and `uncertainty` when any statement is uncertain.
    public var kinds: Set<StatementKind> {
        var kinds = Set(statements.map(\.kind))
        if statements.contains(where: { $0.certainty == .uncertain }) { kinds.insert(.uncertainty) }
        return kinds
    }

    /// The polarity of the first statement of `kind`.
    public func polarity(of kind: StatementKind) -> Polarity? {
        statements.first { $0.kind == kind }?.polarity
    }
}
