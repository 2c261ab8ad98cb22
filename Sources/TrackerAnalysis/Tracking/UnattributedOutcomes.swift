/// Outcomes reported with no holder ("The second summit between the two
/// leaders was held in Hanoi"), each given to the one commitment whose action
/// and object it matches: a passive names what was done, not who did it, and
/// when a single party had pledged that very thing, the outcome is theirs.
///
/// The object is read from the sentence's subject (the words before the
/// action), so "held in Hanoi" is compared as "held the second summit ... in
/// Hanoi". An outcome that matches the pledges of two parties, or none, stays
/// unattributed. An opposite action is given only as a state that still holds
/// ("was still closed", ``TrackingStatement/stillHolds``), and a denial
/// ("no prisoners have been released") only of the same action: a market
/// still closed is no act of the party that promised to reopen it, but it
/// says the pledge is not done.
public struct UnattributedOutcomes {
    /// The linker whose vocabulary and scores decide which pledge an outcome matches.
    public let linker: CommitmentLinker

    /// Assigns outcomes with the vocabulary and scoring of `linker`.
    public init(linker: CommitmentLinker) {
        self.linker = linker
    }

    /// The reason shown in place of "same holder" for an outcome given this way.
    public static let reason = "no holder named (the only pledge of this action and object)"

    /// The action with its sentence's subject as its object, when the verb is
    /// passive or has no object: "held in Hanoi" of "The second summit ... was
    /// held in Hanoi" → "held The second summit ... in Hanoi". An active verb
    /// with an object is left as it is; nil when the sentence names nothing
    /// before a passive.
    public static func withSubject(_ action: String, sentence: String) -> String? {
        guard var words = clause(before: action, in: sentence) else { return nil }
        var passive = false
        while let last = words.last, auxiliaries.contains(last.lowercased()) {
            passive = passive || beForms.contains(last.lowercased())
            words.removeLast()
        }
        // "Ten of the 12 patrol boats are now in service": the state's verb, done to the subject.
        if let state = OutcomeState.read(action) {
            guard !words.isEmpty, words.count <= 24 else { return nil }
            return state.action(subject: words)
        }
        let verb = action.split(separator: " ")
        guard let first = verb.first else { return nil }
        // An active verb with an object of its own ("the government has delivered 6,100 homes"): the
        // subject is who did it, not what was done. A passive ("was held") or a verb with no object
        // ("opened to traffic") is about its subject.
        let intransitive = verb.count == 1 || objectless.contains(verb[1].lowercased())
        guard passive || intransitive else { return action }
        guard !words.isEmpty, words.count <= 24 else { return nil }
        return ([String(first)] + words + verb.dropFirst().map(String.init)).joined(separator: " ")
    }

    /// The words of the clause before the action, past the last comma; nil when the action is not in the sentence.
    static func clause(before action: String, in sentence: String) -> [String]? {
        guard let range = ActionWords.range(of: action, in: sentence) else { return nil }
        var before = sentence[..<range.lowerBound]
        // A comma between digits is a number's ("the first 2,000 of the 10,000 homes"), not a clause's end.
        var end = before.endIndex
        while let comma = before[..<end].lastIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }) {
            let next = before.index(after: comma)
            let inNumber =
                comma > before.startIndex && before[before.index(before: comma)].isNumber && next < before.endIndex && before[next].isNumber
            if !inNumber {
                before = before[next...]
                break
            }
            end = comma
        }
        return before.split(separator: " ").map(String.init)
    }

    /// Whether the sentence reports the action as a state that still holds: "was still closed", "remains
    /// closed", "stayed shut" (the words between the subject and the action). A pledge to end that state
    /// ("reopen the market") is not done yet: evidence for overdue, never an act of the party.
    public static func statesStillHolding(_ action: String, sentence: String) -> Bool {
        guard let words = clause(before: action, in: sentence) else { return false }
        return words.suffix(3).contains { stateWords.contains($0.lowercased()) }
    }

    /// Words that say a state goes on, before its participle ("still closed", "remains shut").
    static let stateWords: Set<String> = ["still", "remain", "remains", "remained", "stay", "stays", "stayed"]

    /// Forms of "be", and the verbs of a state that goes on ("remains closed"), before a participle: a passive.
    static let beForms: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "remain", "remains", "remained", "stay", "stays", "stayed",
    ]

    /// Words that, right after a verb, show it has no object ("opened to traffic", "walked free", "took place").
    static let objectless: Set<String> = [
        "to", "in", "on", "at", "for", "from", "with", "by", "into", "after", "before", "free", "place", "again", "early",
        "late", "ahead", "off", "down", "up", "out",
    ]

    /// Words between a subject and its verb ("was still", "has now been").
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "still", "also", "now",
        "finally", "already", "duly", "formally", "officially", "eventually", "at", "last", "remain", "remains",
        "remained", "stay", "stays", "stayed",
    ]

    /// An achievement with no holder, affirmed or denied, as it is compared
    /// with the pledges: its action read with its sentence's subject
    /// (``withSubject(_:sentence:)``) and normalised as the verb and that
    /// object's head, marked when it states a thing still undone ("was still
    /// closed"); nil for any other row, or when the sentence names nothing
    /// before a passive. ``groups(of:)`` are the only groups of pledges it
    /// can be given to (which lets a store keep the attribution by group).
    public func comparable(_ row: TrackingStatement, sentence: String) -> TrackingStatement? {
        guard row.kind == .achievement, let action = row.action, let rewritten = Self.withSubject(action, sentence: sentence)
        else { return nil }
        let verb =
            OutcomeState.read(action)?.verb ?? (row.normalized ?? action).split(separator: " ").first.map(String.init) ?? ""
        // The object's head as the action with its subject names it ("hold" + "summit").
        let probe = TrackingStatement(
            id: row.id, kind: .achievement, action: rewritten, normalized: verb,
            holderID: 0, holder: "", date: row.date)
        // The normalised action names the verb and the object's head, as the tagger writes it.
        let normalized = verb + (linker.facts(of: probe).head.map { " " + $0 } ?? "")
        let made = TrackingStatement(
            id: row.id, kind: .achievement, polarity: row.polarity, certainty: row.certainty,
            action: rewritten, normalized: normalized, holderID: 0, holder: "",
            date: row.date, time: row.time, timeRole: row.timeRole, evidence: row.evidence,
            topics: row.topics, group: row.group, sentenceID: row.sentenceID)
        made.stillHolds = row.polarity == .affirmed && Self.statesStillHolding(action, sentence: sentence)
        return made
    }

    /// The action groups whose pledges a ``comparable(_:sentence:)`` outcome
    /// is compared with: its own; for a thing still undone, the groups
    /// opposite its own ("closed" bears on "reopen").
    public func groups(of comparable: TrackingStatement) -> Set<String> {
        groups(of: comparable, facts: linker.facts(of: comparable))
    }

    /// ``groups(of:)`` with the outcome's facts already read.
    func groups(of comparable: TrackingStatement, facts: ActionFacts) -> Set<String> {
        comparable.stillHolds ? linker.groups.opposites(of: facts.group) : [facts.group]
    }

    /// Each of `outcomes` (achievements with no holder, with their
    /// sentence's text) that matches exactly one party's pledge among
    /// `commitments`, as an outcome of that party, its action read with its
    /// subject. The rows keep their statement ids.
    public func assign(
        _ outcomes: [(row: TrackingStatement, sentence: String)],
        among commitments: [TrackingStatement]
    ) -> [TrackingStatement] {
        let pledges = commitments.filter { $0.kind == .commitment && $0.polarity == .affirmed }
        guard !pledges.isEmpty else { return [] }
        let pledgeFacts = pledges.map(linker.facts(of:))
        // The pledges of each group by content, in their order: an outcome is scored once against each
        // content (``LinkMemo``), not against each of the thousands of reports of a pledge in a large store.
        var byGroup: [String: [(content: Int, indices: [Int])]] = [:]
        var slots: [Int: (group: String, slot: Int)] = [:]
        for (index, pledge) in pledges.enumerated() {
            let content = linker.content(of: pledge)
            if let known = slots[content] {
                byGroup[known.group]?[known.slot].indices.append(index)
            } else {
                let group = pledgeFacts[index].group
                slots[content] = (group, byGroup[group]?.count ?? 0)
                byGroup[group, default: []].append((content, [index]))
            }
        }
        var assigned: [TrackingStatement] = []
        for (row, sentence) in outcomes {
            guard let made = comparable(row, sentence: sentence), let rewritten = made.action, let normalized = made.normalized
            else { continue }
            let stillHolds = made.stillHolds
            let facts = linker.facts(of: made)
            // Whether it states a share of the pledged number outright ("540 of the 900").
            func namesTotal(_ pledge: ActionFacts) -> Bool {
                guard let stated = made.progressReading?.stated, !stated.isPercentage else { return false }
                return stated.total == pledge.meaning.quantity
            }
            // The pledges it is an outcome of: the same action on the same (named) object.
            let content = linker.content(of: made)
            var found: [Int] = []
            // A state that still holds bears on the pledges of the opposite groups ("closed" on "reopen").
            let groups = groups(of: made, facts: facts).sorted()
            for entry in groups.flatMap({ byGroup[$0] ?? [] }) {
                guard let first = entry.indices.first else { continue }
                let place = linker.memoScore(made, content, facts, against: entry.content, pledgeFacts[first])
                // The same action; or, for a state that still holds, the opposite one ("still closed" of "reopen").
                // The same object, or counted against the pledged number it names ("filled 540 of the 900
                // family-doctor posts" of "hire 900 family doctors"; not "at least four permits" of a pledge
                // whose number is a date's 31). Or what became of a pledge of this action, naming no
                // object ("the withdrawal was delayed").
                guard let score = linker.memo.scores[Int(place)], score.isSameAction != stillHolds,
                    (score.isLink && (score.isSameObject || (score.isCountedObject && namesTotal(pledgeFacts[first]))))
                        || linker.isHeadlessTurn(facts, score)
                else { continue }
                found += entry.indices.filter { linker.admits(made, against: pledges[$0]) }
            }
            var matches = found.sorted().map { pledges[$0] }
            // Two parties' pledges: the one whose object is the outcome's own head wins over one it names only in
            // passing ("The landing site opened to boats" is the site's pledge, not the pledge of boats).
            if Set(matches.map(\.holderID)).count > 1, let head = facts.head {
                let own = matches.filter { pledge in
                    linker.facts(of: pledge).head.map { $0 == head || linker.vocabulary.sameObject($0, head) } ?? false
                }
                if Set(own.map(\.holderID)).count == 1 { matches = own }
            }
            // One party's pledge (however often reported), or one statement of several holders ("both leaders agreed").
            let holders = Set(matches.map(\.holderID))
            guard !matches.isEmpty, holders.count == 1 || Set(matches.map(\.id)).count == 1 else { continue }
            for holderID in holders.sorted() {
                guard let pledge = matches.first(where: { $0.holderID == holderID }) else { continue }
                let given = TrackingStatement(
                    id: row.id, kind: .achievement, polarity: row.polarity, certainty: row.certainty,
                    action: rewritten, normalized: normalized, holderID: pledge.holderID,
                    holder: pledge.holder, date: row.date, time: row.time, timeRole: row.timeRole,
                    evidence: row.evidence, topics: row.topics, group: row.group,
                    sentenceID: row.sentenceID)
                given.unattributed = true
                given.stillHolds = stillHolds
                assigned.append(given)
            }
        }
        return assigned
    }
}
