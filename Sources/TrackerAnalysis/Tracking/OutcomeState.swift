/// An outcome said as the state its subject is in or came into, not as a
/// deed: "are now in service", "went into service on May 6", "is 60 percent
/// complete". The subject is what was pledged ("Ten of the 12 patrol boats",
/// "Work on the landing site"), so the state is compared with pledges as the
/// verb that brings it about, done to the subject: in service is
/// commissioned, complete is completed (`outcome-verbs.tsv` says for which
/// objects each realises a pledge: a commissioned boat is deployed, a
/// completed plant built).
///
/// In the three dated stories of `Tests/TrackerStoreTests/Fixtures/stories`,
/// 5 of the 22 missed links were outcomes of this shape with no holder named.
public struct OutcomeState: Sendable, Hashable {
    /// The verb that brings the state about ("commission", "complete").
    public var verb: String
    /// How far, as written ("60 percent"), when the state is partial; empty otherwise.
    public var amount: [String]

    /// The state an outcome's action states, or nil for an action that is
    /// not one ("opened to boats", "held in Kisumu" are deeds).
    public static func read(_ action: String) -> OutcomeState? {
        let words = action.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first else { return nil }
        var index = 1
        if Self.copulas.contains(first) {
            // "is now", "are fully", "has been": the adverbs and auxiliaries before the state.
            while index < words.count, Self.adverbs.contains(words[index]) { index += 1 }
        } else if Self.verbsOfEntering.contains(first) {
            // "went into service", "entered service", "came into operation".
            if index < words.count, words[index] == "into" { index += 1 }
            guard index < words.count, Self.serviceNouns.contains(words[index]) else { return nil }
            return OutcomeState(verb: "commission", amount: [])
        } else {
            return nil
        }
        // "60 percent", "60 per cent", "60%": how far.
        var amount: [String] = []
        if index < words.count, ProgressShare.number(words[index].trimmingSuffix("%")) != nil {
            if words[index].hasSuffix("%") {
                amount = [words[index]]
                index += 1
            } else if index + 1 < words.count, words[index + 1] == "percent" {
                amount = Array(words[index...(index + 1)])
                index += 2
            } else if index + 2 < words.count, words[index + 1] == "per", words[index + 2] == "cent" {
                amount = Array(words[index...(index + 2)])
                index += 3
            } else {
                return nil
            }
        }
        guard index < words.count else { return nil }
        let word = words[index].trimmingSuffix(",")
        if Self.doneStates.contains(word) { return OutcomeState(verb: "complete", amount: amount) }
        if word == "operational", amount.isEmpty { return OutcomeState(verb: "commission", amount: []) }
        if word == "in", amount.isEmpty, index + 1 < words.count, Self.serviceNouns.contains(words[index + 1].trimmingSuffix(",")) {
            return OutcomeState(verb: "commission", amount: [])
        }
        return nil
    }

    /// The outcome as a deed done to its subject: "commission Ten of the 12 boats", "complete 60 percent of Work
    /// on the site" (the amount before the subject, so that the subject's head stays the object's head).
    public func action(subject: [String]) -> String {
        ([verb] + amount + (amount.isEmpty ? [] : ["of"]) + subject).joined(separator: " ")
    }

    /// Forms of "be" and "have been" that a state follows.
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "has", "have", "had"]
    /// Words between the copula and the state ("is now", "has been", "are fully").
    static let adverbs: Set<String> = ["now", "been", "fully", "already", "finally", "officially", "all", "both"]
    /// Verbs that bring a thing into a state of use: "went into service", "entered service".
    static let verbsOfEntering: Set<String> = [
        "go", "goes", "went", "gone", "come", "comes", "came", "enter", "enters", "entered", "put",
    ]
    /// What a thing is in once it works: "in service", "into operation".
    static let serviceNouns: Set<String> = ["service", "operation", "use"]
    /// A state that says the work is done. ("nearly complete" is not: "nearly" is no adverb read past.)
    static let doneStates: Set<String> = ["complete", "completed", "finished"]
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
