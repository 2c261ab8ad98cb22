/// How strongly an outcome bears on a commitment, and why: the reasons
/// that add up to the score.
///
/// Every candidate has the commitment's holder (or an affiliate): that is
/// where candidates come from, so it adds nothing. The action counts 0.45,
/// the object 0.3, a shared topic 0.15 and the pledged number 0.1. A link
/// needs the action and 0.6 (the action with the object or a topic, or a
/// pledge that names no object; an action read in other words, such as a
/// realisation, needs the object too); the same object with a topic but another
/// action (0.45 or more) is a possible outcome, for a person to decide.
public struct LinkScore: Sendable, Hashable {
    /// The outcome's action is the commitment's (same group) or undoes it (opposite group).
    public enum ActionMatch: Sendable, Hashable {
        case same(String)
        case opposite(outcome: String, commitment: String)
        case other(String)
    }

    /// How the objects compare.
    public enum ObjectMatch: Sendable, Hashable {
        /// Both name it (the commitment's head).
        case same(String)
        /// The pledge names none: nothing to miss.
        case noneNamed
        case different
        /// Another noun, but the outcome counts against the pledged number ("540 of the 900 posts" of 900 doctors).
        case counted(Int)
    }

    /// Links scoring below this are not made.
    public static let linkThreshold = 0.6
    /// Candidates with the same object scoring at least this are listed as possible outcomes.
    public static let possibleThreshold = 0.4

    /// How the outcome's action group compares with the commitment's (0.45 unless another action).
    public var action: ActionMatch
    /// How the outcome's object compares with the commitment's (0.3 unless different).
    public var object: ObjectMatch
    /// Whether they share a topic key (0.15).
    public var sameTopic: Bool
    /// The pledged number the outcome counts against ("2 of 5" of a pledged 5).
    public var sameQuantity: Bool
    /// How the outcome's words were read as the action, when they differ ("completed the withdrawal → withdraw").
    public var wording: String?

    /// A score from what was compared; the number and wording default to none.
    public init(action: ActionMatch, object: ObjectMatch, sameTopic: Bool, sameQuantity: Bool = false, wording: String? = nil) {
        self.action = action
        self.object = object
        self.sameTopic = sameTopic
        self.sameQuantity = sameQuantity
        self.wording = wording
    }

    /// The score, 0 to 1 in hundredths: the sum of the weights of what matches.
    public var value: Double {
        var value = 0.0
        if isActionMatch { value += 0.45 }
        if object != .different { value += 0.3 }
        if sameTopic { value += 0.15 }
        if sameQuantity { value += 0.1 }
        // In hundredths, as shown and stored (0.45, not 0.44999999999999996).
        return min((value * 100).rounded() / 100, 1)
    }

    /// Whether it is a link: the action matches and the score reaches ``linkThreshold``. An action read
    /// in other words also needs the object: a realisation belongs to its object ("opened to traffic"
    /// builds the bridge it names, not the homes of another pledge on the same topic).
    public var isLink: Bool {
        isActionMatch && value >= Self.linkThreshold && !(wording != nil && object == .different)
    }

    /// Whether it is a possible outcome: no link, but the same object and ``possibleThreshold``.
    public var isPossible: Bool {
        if isLink { return false }
        guard case .same = object else { return false }
        return value >= Self.possibleThreshold
    }

    /// The reasons in words, in the order they count.
    public var reasons: [String] {
        var reasons = ["same holder"]
        switch action {
        case .same(let group): reasons.append("same action (\(group))")
        case .opposite(let outcome, let commitment): reasons.append("opposite action (\(outcome) against \(commitment))")
        case .other(let group): reasons.append("another action (\(group))")
        }
        if let wording { reasons.append("in other words (\(wording))") }
        if sameTopic { reasons.append("same topic") }
        if case .same(let head) = object { reasons.append("same object (\(head))") }
        if case .counted(let number) = object { reasons.append("same object (counted against the pledged \(number))") }
        if sameQuantity { reasons.append("same quantity") }
        return reasons
    }

    /// Whether the outcome's action is the commitment's own (not its opposite).
    public var isSameAction: Bool {
        if case .same = action { return true }
        return false
    }

    /// Whether both name the same object (not merely counted against the pledged number).
    var isSameObject: Bool {
        if case .same = object { return true }
        return false
    }

    /// Whether the outcome counts against the pledged number in other words ("540 of the 900 posts").
    var isCountedObject: Bool {
        if case .counted = object { return true }
        return false
    }

    var isActionMatch: Bool {
        if case .other = action { return false }
        return true
    }
}
