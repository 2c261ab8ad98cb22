/// Outcomes reported with no holder ("The second summit between the two
/// leaders was held in Hanoi"), each given to the one commitment whose action
/// and object it matches: a passive names what was done, not who did it, and
/// when a single party had pledged that very thing, the outcome is theirs.
///
/// The object is read from the sentence's subject (the words before the
/// action), so "held in Hanoi" is compared as "held the second summit ... in
/// Hanoi". An outcome that matches the pledges of two parties, or none, stays
/// unattributed; an opposite action ("was still closed") is never given (a
/// market still closed is no act of the party that promised to reopen it).
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
        guard let range = ActionWords.range(of: action, in: sentence) else { return nil }
        // The clause before the action: past the last comma, the auxiliaries and adverbs of its verb dropped.
        var before = sentence[..<range.lowerBound]
        if let comma = before.lastIndex(where: { $0 == "," || $0 == ";" || $0 == ":" }) {
            before = before[before.index(after: comma)...]
        }
        var words = before.split(separator: " ").map(String.init)
        var passive = false
        while let last = words.last, auxiliaries.contains(last.lowercased()) {
            passive = passive || beForms.contains(last.lowercased())
            words.removeLast()
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

    static let beForms: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]

    /// Words that, right after a verb, show it has no object ("opened to traffic", "walked free", "took place").
    static let objectless: Set<String> = [
        "to", "in", "on", "at", "for", "from", "with", "by", "into", "after", "before", "free", "place", "again", "early",
        "late", "ahead", "off", "down", "up", "out",
    ]

    /// Words between a subject and its verb ("was still", "has now been").
    static let auxiliaries: Set<String> = [
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "still", "also", "now",
        "finally", "already", "duly", "formally", "officially", "eventually", "at", "last",
    ]

    /// An affirmed achievement with no holder as it is compared with the
    /// pledges: its action read with its sentence's subject
    /// (``withSubject(_:sentence:)``) and normalised as the verb and that
    /// object's head; nil for any other row, or when the sentence names
    /// nothing before a passive. Its action group
    /// (``CommitmentLinker/facts(of:)``) is the only group of pledges it can
    /// be given to (which lets a store keep the attribution by group).
    public func comparable(_ row: TrackingStatement, sentence: String) -> TrackingStatement? {
        guard row.kind == .achievement, row.polarity == .affirmed, let action = row.action,
            let rewritten = Self.withSubject(action, sentence: sentence)
        else { return nil }
        let verb = (row.normalized ?? action).split(separator: " ").first.map(String.init) ?? ""
        // The object's head as the action with its subject names it ("hold" + "summit").
        let probe = TrackingStatement(
            id: row.id, kind: .achievement, action: rewritten, normalized: verb,
            holderID: 0, holder: "", date: row.date)
        // The normalised action names the verb and the object's head, as the tagger writes it.
        let normalized = verb + (linker.facts(of: probe).head.map { " " + $0 } ?? "")
        return TrackingStatement(
            id: row.id, kind: .achievement, polarity: row.polarity, certainty: row.certainty,
            action: rewritten, normalized: normalized, holderID: 0, holder: "",
            date: row.date, time: row.time, timeRole: row.timeRole, evidence: row.evidence,
            topics: row.topics, group: row.group, sentenceID: row.sentenceID)
    }

    /// Each of `outcomes` (affirmed achievements with no holder, with their
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
            guard let made = comparable(row, sentence: sentence), let action = made.action, let normalized = made.normalized
            else { continue }
            let rewritten = action
            let facts = linker.facts(of: made)
            // The pledges it is an outcome of: the same action on the same (named) object.
            let content = linker.content(of: made)
            var found: [Int] = []
            for entry in byGroup[facts.group] ?? [] {
                guard let first = entry.indices.first else { continue }
                let place = linker.memoScore(made, content, facts, against: entry.content, pledgeFacts[first])
                guard let score = linker.memo.scores[Int(place)], score.isLink, score.isSameAction, case .same = score.object
                else { continue }
                found += entry.indices.filter { linker.admits(made, against: pledges[$0]) }
            }
            let matches = found.sorted().map { pledges[$0] }
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
                assigned.append(given)
            }
        }
        return assigned
    }
}
