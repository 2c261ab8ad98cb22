/// The four kinds of statement (see docs/ANNOTATION.md).
public enum StatementKind: String, Sendable, Codable, CaseIterable, Comparable {
    case claim, commitment, achievement, uncertainty

    /// Kinds in the order reports list them.
    public static func < (lhs: StatementKind, rhs: StatementKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Whether a statement is asserted (`affirmed`) or denied, refused or reported undone (`negated`).
public enum Polarity: String, Sendable, Codable, CaseIterable {
    case affirmed, negated
}

/// Whether a hedge governs the statement (`uncertain`: "reportedly", "may have").
public enum Certainty: String, Sendable, Codable, CaseIterable {
    case certain, uncertain
}

/// A word or phrase that justifies a tag: what a user sees as the reason.
public struct Cue: Sendable, Hashable, Codable {
    /// `commitment`, `achievement`, `claim`, `hedge`, `negation`, `source`, `deadline`, ...
    public var kind: String
    /// The words as written.
    public var text: String
    /// Offsets in Unicode scalars of the cleaned document text.
    public var start: Int
    /// One past the cue's last Unicode scalar.
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
    /// One past the mention's last Unicode scalar.
    public var end: Int
    /// The actor's stable id ("north-korea"), from the dictionary or made from the name.
    public var id: String?
    /// What the actor is, when known.
    public var kind: ActorKind?
    /// The state or body the actor belongs to ("United States" for Sarah Sanders).
    public var affiliation: String?
    /// The affiliation's id ("united-states").
    public var affiliationID: String?

    /// A mention resolved to `actor`.
    public init(
        actor: String, mention: String, start: Int, end: Int, id: String? = nil, kind: ActorKind? = nil,
        affiliation: String? = nil, affiliationID: String? = nil
    ) {
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
    /// Claim, commitment, achievement or uncertainty.
    public var kind: StatementKind
    /// Affirmed or negated.
    public var polarity: Polarity
    /// Certain, or uncertain when hedged.
    public var certainty: Certainty
    /// Who commits or achieved, or whose action is uncertain (the first of `holders`).
    public var holder: ActorMention?
    /// Every holder, when a coordinated subject names several.
    public var holders: [ActorMention]
    /// Who says it.
    public var source: ActorMention?
    /// To or about whom the action is.
    public var targets: [ActorMention]
    /// The verb phrase committed to or achieved, as written.
    public var action: String?
    /// Verb lemma + head noun, for matching commitments with outcomes ("halt development").
    public var normalizedAction: String?
    /// Topic keys from the topic list.
    public var topics: [String]
    /// When: a deadline for a commitment, when an achievement occurred
    /// (offsets in the cleaned document).
    public var time: TimeExpression?
    /// The words that justify the tag, with the rules that used them.
    public var cues: [Cue]
    /// How sure the rules are, from 0 to 1, from the cues' weights.
    public var confidence: Double
    /// The clause the statement covers (Unicode scalar offsets).
    public var clauseStart: Int
    /// One past the clause's last Unicode scalar.
    public var clauseEnd: Int
    /// Ids of the rules that made the decision, in order.
    public var rules: [RuleID]
}

/// A sentence and the statements found in it.
public struct AnnotatedSentence: Sendable {
    /// The sentence's position in the document, from 0.
    public var index: Int
    /// Where the sentence is in the cleaned text.
    public var span: SentenceSpan
    /// The sentence's text.
    public var text: String
    /// What the tagger found in it, in the order of the text.
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
